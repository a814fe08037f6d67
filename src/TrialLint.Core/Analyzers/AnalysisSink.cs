using System.Collections.Frozen;
using TrialLint.Diagnostics;

namespace TrialLint.Analyzers;

/// <summary>
/// Collects what one analyzer reports on one report: findings (only for descriptors it declared and that are
/// selected for the report) and rules it marked not applicable.
/// </summary>
internal sealed class AnalysisSink(FrozenSet<string> supported, Func<string, bool> isSelected)
{
    public List<Diagnostic> Diagnostics { get; } = [];

    public HashSet<string> NotApplicable { get; } = new(StringComparer.Ordinal);

    /// <summary>What each rule read, by rule id; null when the run does not collect evidence.</summary>
    public Dictionary<string, RuleEvidence>? Evidence { get; init; }

    public void AddEvidence(string id, RuleEvidence evidence)
    {
        if (Evidence is null) return;
        Evidence[id] = Evidence.TryGetValue(id, out var earlier) ? earlier.Merge(evidence) : evidence;
    }

    public bool IsSelected(DiagnosticDescriptor descriptor) => isSelected(descriptor.Id);

    public void Report(Diagnostic diagnostic)
    {
        if (!supported.Contains(diagnostic.Id))
            throw new InvalidOperationException($"{diagnostic.Id} is not among the analyzer's supported diagnostics.");
        // Rule-file failures are about the rules, and input findings (a text too long to check) about the file, so
        // both are kept although no pack selects them.
        if (isSelected(diagnostic.Id) || diagnostic.Descriptor.Category is DiagnosticCategory.Configuration or DiagnosticCategory.Input) Diagnostics.Add(diagnostic);
    }

    public void MarkNotApplicable(DiagnosticDescriptor descriptor) => NotApplicable.Add(descriptor.Id);
}
