using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Model;

namespace TrialLint.Analyzers.ParticipantFlowRules;

/// <summary>
/// TL0111: every participant allocated to an arm who is not analysed is explained by a listed non-receipt, loss,
/// discontinuation or exclusion from the analysis, in any period of the arm. Participants who must have joined the
/// arm in a later period (more started it than started the period before) count among those to analyse. An arm
/// with nobody analysed and no reason at all is left to TL0113.
/// </summary>
public sealed class TL0111NotAnalysedWithoutReason : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0111", "Participants not analysed without a reason",
        "In {where}, {entered} and {analysed} analysed; {unexplained} of the {missing} not analysed are not explained by any listed loss, discontinuation or exclusion",
        DiagnosticCategory.ParticipantFlow, DiagnosticSeverity.Error,
        "Each allocated participant who is not analysed should appear, with a reason, among those who did not receive the intervention, were lost to follow-up, discontinued, or were excluded from the analysis.",
        ["CONSORT-2025:22a", "CONSORT-2025:22b", "CONSORT-Harms-2022:13b"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterReportAction(Analyze);

    private static void Analyze(ReportAnalysisContext context)
    {
        if (FlowNumbers.NotApplicableWithoutFlow(context, Descriptor)) return;
        bool noneAnalysedReported = context.IsEnabled(TL0113NoneAnalysedInArm.Descriptor);
        foreach (var arm in ArmFlow.Summarise(context.Report))
        {
            // Everyone who entered the arm: allocated, plus any who joined it in a later period.
            if (arm.Entered is not long entered || arm.AnalysedIn?.Analysed is not long analysed || analysed >= entered) continue;
            long missing = entered - analysed;
            if (arm.Explained >= missing) continue;
            // An arm with nobody analysed and no word on why is TL0113's finding; say it once.
            if (noneAnalysedReported && TL0113NoneAnalysedInArm.IsUnexplained(arm)) continue;
            context.ReportDiagnostic(Descriptor, context.LocationOf(arm.AnalysedIn, "analysed"),
                ("where", FlowText.Where(context.Report, arm.AnalysedIn, arm.AnalysedPeriod)), ("entered", arm.DescribeEntered()), ("analysed", analysed),
                ("unexplained", FlowText.Participants(missing - arm.Explained)), ("missing", missing));
        }
    }
}
