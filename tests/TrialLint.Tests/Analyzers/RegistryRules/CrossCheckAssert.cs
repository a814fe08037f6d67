using TrialLint.Diagnostics;
using TrialLint.Engine;
using TrialLint.Registry;
using TrialLint.Rules;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Analyzers.RegistryRules;

/// <summary>
/// Lints inline reports against the illustrative registration tests/rules/_registry/als-registered.json
/// (NCT09000002: primary outcome "Change in ALS Functional Rating Scale–Revised (ALSFRS-R) score" at 6 months,
/// secondary FVC and survival; 64 enrolled; registered 2011-05-20; arms experimental and active comparator).
/// </summary>
internal static class CrossCheckAssert
{
    private static readonly Lazy<LintEngine> Engine = new(() =>
    {
        var (studies, problems) = RegistrationFile.Load(RepoPaths.Combine("tests", "rules", "_registry", "als-registered.json"));
        Assert.Empty(problems);
        return new LintEngine(RuleSet.BuiltIn, new LintOptions { Registry = new RegistryOptions { Registrations = studies } });
    });

    /// <summary>A report of the registered trial with the given outcomes (YAML list items, indented two spaces) and extra sections.</summary>
    public static string Report(string outcomes, string extra = "", string id = "NCT09000002") => $$"""
        format_version: 1
        registration:
          id: "{{id}}"
        arms:
          - {id: msc, role: experimental}
          - {id: control, role: active-comparator}
        outcomes:
        {{outcomes}}
        {{extra}}
        """;

    public static FileResult Lint(string yaml)
    {
        var result = Engine.Value.LintText("test.trial.yaml", yaml);
        var invalid = result.Diagnostics.Where(d => d.Descriptor.Category is DiagnosticCategory.Input or DiagnosticCategory.Internal).ToList();
        Assert.True(invalid.Count == 0, "The test report is not a valid report:\n" + string.Join("\n", invalid));
        return result;
    }

    public static IReadOnlyList<Diagnostic> Findings(string yaml, string id) => Lint(yaml).Diagnostics.Where(d => d.Id == id).ToList();

    public static Diagnostic Single(string yaml, string id)
    {
        var findings = Findings(yaml, id);
        Assert.True(findings.Count == 1, $"Expected exactly one {id}, got {findings.Count}:\n" + string.Join("\n", findings));
        return findings[0];
    }

    public static void Passes(string yaml, string id)
    {
        var result = Lint(yaml);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == id);
        Assert.Equal(RuleOutcome.Passed, result.Outcomes[id]);
    }

    public static void NotApplicable(string yaml, string id)
    {
        var result = Lint(yaml);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == id);
        Assert.Equal(RuleOutcome.NotApplicable, result.Outcomes[id]);
    }
}
