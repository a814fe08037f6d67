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
    public void Every_seed_is_read_by_the_fast_path_and_matches_YamlDotNet()
    {
        var seeds = YamlSamples.Seeds().ToList();
        var (handled, failures, fellBack) = FastPathCheck.RunAll(seeds);

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(fellBack.Count == 0, "fell back on: " + string.Join(", ", fellBack));
        Assert.Equal(seeds.Count, handled);
    }

    [Fact]
    public void Generated_reports_match_YamlDotNet_and_at_least_99_percent_take_the_fast_path()
    {
        var (handled, failures, fellBack) = FastPathCheck.RunAll(YamlSamples.Generated());
        output.WriteLine($"fast path read {handled} of {YamlSamples.GeneratedCount}; fell back on {string.Join(", ", fellBack)}");

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        Assert.True(handled >= YamlSamples.GeneratedCount * 0.99, $"only {handled} of {YamlSamples.GeneratedCount} read by the fast path; fell back on {string.Join(", ", fellBack.Take(20))}");
    }

    [Fact]
    public void Rule_fixtures_match_YamlDotNet_or_fall_back()
    {
        var fixtures = YamlSamples.RuleFixtures().ToList();
        var (handled, failures, fellBack) = FastPathCheck.RunAll(fixtures);
        output.WriteLine($"fast path read {handled} of {fixtures.Count}; fell back on {string.Join(", ", fellBack)}");

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        // The fixtures are hand-written reports in the same style: nearly all of them are in the subset.
        Assert.True(handled >= fixtures.Count * 0.95, $"only {handled} of {fixtures.Count} read by the fast path; fell back on {string.Join(", ", fellBack.Take(20))}");
    }

    [Fact]
    public void Doc_examples_match_YamlDotNet_or_fall_back()
    {
        var examples = YamlSamples.DocExamples().ToList();
        var (handled, failures, fellBack) = FastPathCheck.RunAll(examples);
        output.WriteLine($"fast path read {handled} of {examples.Count}; fell back on {string.Join(", ", fellBack)}");

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }
}
