using Xunit.Abstractions;

namespace TrialLint.Tests.Syntax;

/// <summary>
/// The YAML fast path against YamlDotNet on every real YAML file in the repository and on generated reports: it
/// either falls back or builds exactly the same tree. The coverage checks keep the tests from passing by falling
/// back on everything.
/// </summary>
public class YamlFastPathDifferentialTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_seed_is_read_by_the_fast_path_and_matches_YamlDotNet() =>
        AssertMatches(YamlSamples.Seeds().ToList(), minimumFastShare: 1.0);

    [Fact]
    public void Generated_reports_match_YamlDotNet_and_at_least_99_percent_take_the_fast_path() =>
        AssertMatches(YamlSamples.Generated().ToList(), minimumFastShare: 0.99);

    /// <summary>The fixtures are hand-written reports in the same style: nearly all of them are in the subset.</summary>
    [Fact]
    public void Rule_fixtures_match_YamlDotNet_or_fall_back() =>
        AssertMatches(YamlSamples.RuleFixtures().ToList(), minimumFastShare: 0.95);

    /// <summary>Many doc examples are indented fragments of a report, which fall back: no coverage is asked of them.</summary>
    [Fact]
    public void Doc_examples_match_YamlDotNet_or_fall_back() =>
        AssertMatches(YamlSamples.DocExamples().ToList(), minimumFastShare: 0);

    /// <summary>Asserts no sample is read differently, and that at least <paramref name="minimumFastShare"/> of them take the fast path.</summary>
    private void AssertMatches(List<(string Name, string Text)> samples, double minimumFastShare)
    {
        var (handled, failures, fellBack) = FastPathCheck.RunAll(samples);
        string fellBackOn = "fell back on: " + string.Join(", ", fellBack.Take(40));
        output.WriteLine($"fast path read {handled} of {samples.Count}; {fellBackOn}");

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        Assert.True(handled >= samples.Count * minimumFastShare, $"only {handled} of {samples.Count} read by the fast path; {fellBackOn}");
    }
}
