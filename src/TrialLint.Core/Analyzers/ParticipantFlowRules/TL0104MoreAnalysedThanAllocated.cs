using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Model;

namespace TrialLint.Analyzers.ParticipantFlowRules;

/// <summary>
/// TL0104: no arm analyses more participants than were allocated to it. The number analysed is compared with the
/// allocation where the arm first appears, so an intention-to-treat analysis given in a later period is fine.
/// </summary>
public sealed class TL0104MoreAnalysedThanAllocated : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0104", "More participants analysed than allocated",
        "In {where}, {analysed} participants are analysed but only {allocated} were allocated",
        DiagnosticCategory.ParticipantFlow, DiagnosticSeverity.Error,
        "An arm cannot analyse more participants than were allocated to it. This usually means a typing error, or that participants were moved between arms without saying so.",
        ["CONSORT-2025:22a", "CONSORT-Harms-2022:13a"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterReportAction(Analyze);

    private static void Analyze(ReportAnalysisContext context)
    {
        if (context.Report.Flow is not { } flow) return;
        foreach (var arm in ArmFlow.Summarise(flow))
        {
            if (arm.First.Allocated is not long allocated || arm.AnalysedIn?.Analysed is not long analysed || analysed <= allocated) continue;
            context.ReportDiagnostic(Descriptor, context.LocationOf(arm.AnalysedIn, "analysed"),
                ("where", FlowText.Where(context.Report, arm.AnalysedIn, arm.AnalysedPeriod)), ("analysed", analysed), ("allocated", allocated));
        }
    }
}
