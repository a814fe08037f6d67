using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Model;

namespace TrialLint.Analyzers.ParticipantFlowRules;

/// <summary>
/// TL0111: every participant allocated to an arm who is not analysed is explained by a listed non-receipt, loss,
/// discontinuation or exclusion from the analysis, in any period of the arm.
/// </summary>
public sealed class TL0111NotAnalysedWithoutReason : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0111", "Participants not analysed without a reason",
        "In {where}, {allocated} were allocated and {analysed} analysed; {unexplained} of the {missing} not analysed are not explained by any listed loss, discontinuation or exclusion",
        DiagnosticCategory.ParticipantFlow, DiagnosticSeverity.Error,
        "Each allocated participant who is not analysed should appear, with a reason, among those who did not receive the intervention, were lost to follow-up, discontinued, or were excluded from the analysis.",
        ["CONSORT-2025:22a", "CONSORT-2025:22b", "CONSORT-Harms-2022:13b"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterReportAction(Analyze);

    private static void Analyze(ReportAnalysisContext context)
    {
        if (context.Report.Flow is not { } flow) return;
        foreach (var arm in ArmFlow.Summarise(flow))
        {
            if (arm.First.Allocated is not long allocated || arm.AnalysedIn?.Analysed is not long analysed || analysed >= allocated) continue;
            long missing = allocated - analysed;
            if (arm.Explained >= missing) continue;
            context.ReportDiagnostic(Descriptor, context.LocationOf(arm.AnalysedIn, "analysed"),
                ("where", FlowText.Where(context.Report, arm.AnalysedIn, arm.AnalysedPeriod)), ("allocated", allocated), ("analysed", analysed),
                ("unexplained", FlowText.Participants(missing - arm.Explained)), ("missing", missing));
        }
    }
}
