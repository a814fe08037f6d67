using System.Text.RegularExpressions;
using TrialLint.Analyzers;
using TrialLint.Diagnostics;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Analyzers;

/// <summary>
/// Assertions shared by the analyzer tests. Every inline report is first checked to be a valid report (no reading,
/// syntax, schema or internal findings), so a test cannot pass merely because its YAML was rejected before the
/// analyzers ran; then only the findings of the analyzer under test are looked at.
/// </summary>
internal static partial class AnalyzerAssert
{
    /// <summary>Lints <paramref name="yaml"/>, asserts it is a valid report, and returns the findings with <paramref name="id"/>.</summary>
    public static IReadOnlyList<Diagnostic> Findings(string yaml, string id)
    {
        var result = Lint.Text(yaml);
        var invalid = result.Diagnostics
            .Where(d => d.Descriptor.Category is DiagnosticCategory.Input or DiagnosticCategory.Internal)
            .ToList();
        Assert.True(invalid.Count == 0, "The test report is not a valid report:\n" + string.Join("\n", invalid));
        Assert.NotNull(result.Report);
        return result.Diagnostics.Where(d => d.Id == id).ToList();
    }

    /// <summary>Asserts exactly one finding with <paramref name="id"/>, starting at 1-based <paramref name="line"/> and <paramref name="column"/>.</summary>
    public static Diagnostic Single(string yaml, string id, int line, int column)
    {
        var findings = Findings(yaml, id);
        Assert.True(findings.Count == 1, $"Expected exactly one {id}, got {findings.Count}:\n" + string.Join("\n", findings));
        var finding = findings[0];
        AssertAt(finding, line, column);
        return finding;
    }

    /// <summary>Asserts that a finding starts at 1-based <paramref name="line"/> and <paramref name="column"/>.</summary>
    public static void AssertAt(Diagnostic finding, int line, int column) =>
        Assert.True(finding.Location.StartLine == line && finding.Location.StartColumn == column,
            $"Expected {finding.Id} at {line}:{column}, found it at {finding.Location.StartLine}:{finding.Location.StartColumn}: {finding.Message}");

    /// <summary>Asserts that the report is valid and has no finding with <paramref name="id"/>.</summary>
    public static void Quiet(string yaml, string id)
    {
        var findings = Findings(yaml, id);
        Assert.True(findings.Count == 0, $"Expected no {id}, got:\n" + string.Join("\n", findings.Select(f => $"{f}  [{f.Location.Pointer}]")));
    }

    /// <summary>Asserts that the report is valid and that rule <paramref name="id"/> ran and was not applicable (no finding either).</summary>
    public static void NotApplicable(string yaml, string id)
    {
        Assert.Empty(Findings(yaml, id));
        var outcomes = Lint.Text(yaml).Outcomes;
        Assert.True(outcomes.TryGetValue(id, out var outcome), $"{id} did not run.");
        Assert.Equal(TrialLint.Diagnostics.RuleOutcome.NotApplicable, outcome);
    }

    /// <summary>Asserts that the report is valid and that rule <paramref name="id"/> applied and passed.</summary>
    public static void Passes(string yaml, string id)
    {
        Quiet(yaml, id);
        var outcomes = Lint.Text(yaml).Outcomes;
        Assert.True(outcomes.TryGetValue(id, out var outcome), $"{id} did not run.");
        Assert.Equal(TrialLint.Diagnostics.RuleOutcome.Passed, outcome);
    }

    /// <summary>
    /// Asserts that <paramref name="analyzer"/> declares at least one descriptor and that every id it declares is
    /// the TL#### prefix of its class name (TL0101AllocationNotAccountedFor declares TL0101 only).
    /// </summary>
    public static void SupportsOnlyOwnId(ReportAnalyzer analyzer)
    {
        string name = analyzer.GetType().Name;
        var prefix = IdPrefix().Match(name);
        Assert.True(prefix.Success, $"{name} does not start with a TL#### id.");
        Assert.NotEmpty(analyzer.SupportedDiagnostics);
        Assert.All(analyzer.SupportedDiagnostics, d => Assert.Equal(prefix.Value, d.Id));
        Assert.Contains(BuiltInAnalyzers.Create(), a => a.GetType() == analyzer.GetType());
    }

    [GeneratedRegex("^TL[0-9]{4}")]
    private static partial Regex IdPrefix();
}
