using System.Collections.Immutable;
using System.Globalization;
using TrialLint.Analyzers;
using TrialLint.Diagnostics;
using TrialLint.Text;

namespace TrialLint.Testing;

/// <summary>What linting one fixture gave for the rule under test.</summary>
/// <param name="RuleId">The rule under test.</param>
/// <param name="Outcome">The rule's outcome; null when it did not run (its packs were not selected).</param>
/// <param name="Findings">The rule's findings, sorted by position.</param>
/// <param name="Broken">Problems with the fixture itself (input, configuration and internal errors).</param>
/// <param name="Source">The fixture's text, when it could be read.</param>
/// <param name="SetupProblems">Problems with the fixture's sidecar (a bad date, a registry record that does not load).</param>
public sealed record FixtureObservation(
    string RuleId,
    RuleOutcome? Outcome,
    ImmutableArray<Diagnostic> Findings,
    ImmutableArray<Diagnostic> Broken,
    SourceText? Source,
    ImmutableArray<string> SetupProblems)
{
    /// <summary>
    /// The snapshot text: the outcome, then one line per finding (<c>start line:col-end line:col severity id
    /// pointer: message</c>), in position order.
    /// </summary>
    public string Snapshot()
    {
        var text = new System.Text.StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{RuleId} {DescribeOutcome(Outcome)}\n");
        foreach (var d in Findings)
        {
            var l = d.Location;
            text.Append(CultureInfo.InvariantCulture, $"{l.StartLine}:{l.StartColumn}-{l.EndLine}:{l.EndColumn} {d.Severity.ToString().ToLowerInvariant()} {d.Id} {l.Pointer}{(d.IsSuppressed ? " (suppressed)" : "")}: {d.Message}\n");
        }
        return text.ToString();
    }

    /// <summary>What the rule did, in words: <c>passed</c>, <c>failed</c>, <c>not applicable</c> or <c>did not run</c>.</summary>
    public static string DescribeOutcome(RuleOutcome? outcome) => outcome switch
    {
        RuleOutcome.Passed => "passed",
        RuleOutcome.Failed => "failed",
        RuleOutcome.NotApplicable => "not applicable",
        _ => "did not run",
    };
}
