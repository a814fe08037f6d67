using System.Collections.Immutable;
using TrialLint.Diagnostics;

namespace TrialLint.Analyzers;

/// <summary>The findings of the analyzers on one report, and each selected rule's outcome.</summary>
/// <param name="Diagnostics">Findings.</param>
/// <param name="Outcomes">Outcome per rule id (passed, failed, not applicable) for the rules that ran.</param>
public sealed record AnalysisResult(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyDictionary<string, RuleOutcome> Outcomes)
{
    /// <summary>What each rule read, by rule id, when the run collects evidence; else empty.</summary>
    public IReadOnlyDictionary<string, RuleEvidence> Evidence { get; init; } = System.Collections.Frozen.FrozenDictionary<string, RuleEvidence>.Empty;
}
