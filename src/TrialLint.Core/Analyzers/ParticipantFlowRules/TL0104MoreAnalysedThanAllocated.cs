using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Model;

namespace TrialLint.Analyzers.ParticipantFlowRules;

/// <summary>
/// TL0104: no arm analyses more participants than were allocated to it. The number analysed is compared with the
/// allocation where the arm first appears, so an intention-to-treat analysis given in a later period is fine;
/// participants who join the arm in a later period, and in a crossover the participants of every period, count too.
/// </summary>
public sealed class TL0104MoreAnalysedThanAllocated : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0104", "More participants analysed than allocated",
        "In {where}, {analysed} participants are analysed but only {entered}",
        DiagnosticCategory.ParticipantFlow, DiagnosticSeverity.Error,
        "An arm cannot analyse more participants than were allocated to it. This usually means a typing error, or that participants were moved between arms without saying so.",
        ["CONSORT-2025:22a", "CONSORT-Harms-2022:13a"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override ImmutableArray<string> Reads { get; } = ["flow.periods"];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterReportAction(Analyze);

    private static void Analyze(ReportAnalysisContext context)
    {
        if (FlowNumbers.NotApplicableWithoutFlow(context, Descriptor)) return;
        foreach (var arm in ArmFlow.Summarise(context.Report))
        {
            if (arm.MostParticipants is not long most || arm.AnalysedIn?.Analysed is not long analysed || analysed <= most) continue;
            context.ReportDiagnostic(Descriptor, context.LocationOf(arm.AnalysedIn, "analysed"),
                ("where", FlowText.Where(context.Report, arm.AnalysedIn, arm.AnalysedPeriod)), ("analysed", analysed), ("entered", arm.DescribeMost()));
        }
    }
}
