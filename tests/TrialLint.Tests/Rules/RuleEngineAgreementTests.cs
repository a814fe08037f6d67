using TrialLint.Diagnostics;
using TrialLint.Engine;
using TrialLint.Rules;
using TrialLint.Tests.Infrastructure;
using TrialLint.Tests.Rules.Interpreter;

namespace TrialLint.Tests.Rules;

/// <summary>
/// Differential test of the rule engine: every built-in rule file run through its compiled expressions and
/// through Scriban's interpreter (as the product ran them before) must give the same findings (ids, locations,
/// messages) and the same outcomes on every report: all rule fixtures (valid, invalid, not-applicable and edge
/// cases of every rule) and the seed reports. Set TRIALLINT_AGREEMENT_CORPUS to a folder (such as a generated
/// bench corpus) to check it too.
/// </summary>
public sealed class RuleEngineAgreementTests
{
    private static IEnumerable<string> Reports()
    {
        var files = Directory.EnumerateFiles(RepoPaths.Combine("tests", "rules"), "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".yaml", StringComparison.Ordinal) && !f.EndsWith(".expect.yaml", StringComparison.Ordinal)) || (f.EndsWith(".json", StringComparison.Ordinal) && !f.Contains("_registry", StringComparison.Ordinal)))
            .Concat(Directory.EnumerateFiles(RepoPaths.Combine("seeds"), "*.yaml"));
        if (Environment.GetEnvironmentVariable("TRIALLINT_AGREEMENT_CORPUS") is { Length: > 0 } extra)
            files = files.Concat(Directory.EnumerateFiles(extra, "*.trial.yaml"));
        return files.Order(StringComparer.Ordinal);
    }

    [Fact]
    public void Compiled_rules_give_the_interpreters_findings_on_every_fixture_and_seed()
    {
        var rules = RuleSet.BuiltIn.Rules;
        var compiled = new LintEngine([new RuleFileAnalyzer(rules)]);
        var interpreted = new LintEngine([new ScribanRuleFileAnalyzer(rules)]);
        var files = Reports().ToList();
        var differences = new List<string>();
        int findings = 0;

        foreach (var (expected, actual) in interpreted.LintFiles(files).Zip(compiled.LintFiles(files)))
        {
            Assert.Equal(expected.Path, actual.Path);
            var want = Describe(expected.Diagnostics);
            var got = Describe(actual.Diagnostics);
            findings += want.Count;
            if (!want.SequenceEqual(got))
                differences.Add($"{expected.Path}:\n  interpreter: {string.Join("\n               ", want.Except(got))}\n  compiled:    {string.Join("\n               ", got.Except(want))}");
            var outcomes = expected.Outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}={o.Value}");
            var actualOutcomes = actual.Outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}={o.Value}");
            if (!outcomes.SequenceEqual(actualOutcomes))
                differences.Add($"{expected.Path}: outcomes differ: {string.Join(", ", outcomes.Except(actualOutcomes))}");
        }

        Assert.True(files.Count > 700, $"only {files.Count} reports found");
        Assert.True(findings > 500, $"only {findings} findings: the corpus no longer exercises the rules");
        Assert.True(differences.Count == 0, $"{differences.Count} reports differ:\n" + string.Join("\n", differences.Take(20)));
    }

    private static List<string> Describe(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => $"{d.Id} {d.Location.Pointer} {d.Location.StartLine}:{d.Location.StartColumn} {d.Message}").Order(StringComparer.Ordinal)];
}
