using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Model;

namespace TrialLint.Analyzers.ParticipantFlowRules;

/// <summary>TL0109: a reason given for a loss or exclusion says how many participants it applies to.</summary>
public sealed class TL0109ReasonWithoutNumber : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0109", "Reason without a number",
        "The reason '{reason}' does not say how many participants it applies to",
        DiagnosticCategory.ParticipantFlow, DiagnosticSeverity.Warning,
        "Each reason for a loss or exclusion comes with the number of participants it applies to (n), so the flow can be added up.",
        ["CONSORT-2025:22b"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.RegisterReportAction(c =>
        {
            if (!FlowNumbers.NotApplicableWithoutFlow(c, Descriptor)) Check(c, c.Report.Flow?.ExcludedBeforeAllocation ?? []);
        });
        context.RegisterFlowGroupAction(c =>
        {
            Check(c, c.Node.DidNotReceive);
            Check(c, c.Node.LostToFollowUp);
            Check(c, c.Node.Discontinued);
            Check(c, c.Node.ExcludedFromAnalysis);
        });
    }

    private static void Check(ReportAnalysisContext context, ImmutableArray<ReasonedCount> counts)
    {
        foreach (var entry in counts)
        {
            if (entry.N is not null || string.IsNullOrWhiteSpace(entry.Reason)) continue;
            context.ReportDiagnostic(Descriptor, context.LocationOf(entry, "n"), ("reason", entry.Reason));
        }
    }
}
