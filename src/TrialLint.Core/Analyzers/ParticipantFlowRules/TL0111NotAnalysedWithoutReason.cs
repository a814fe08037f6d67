using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Model;

namespace TrialLint.Analyzers.ParticipantFlowRules;

/// <summary>
/// TL0111: every participant who entered an arm and is not analysed is accounted for. Where the report gives
/// <c>excluded_from_analysis</c> for the arm (the CONSORT Analysis box: "Analysed (n=) / Excluded from analysis
/// (give reasons) (n=)"), it lists everyone not analysed, losses and discontinuations included, so analysed +
/// excluded must equal those who entered: losses are not added on top, or the same participants are counted twice.
/// Where it lists nobody (left out, or none while fewer are analysed: the author may mean "no one else"), the rule
/// cannot tell the overlap and a listed non-receipt, loss or discontinuation in any period of the arm may explain
/// a participant not analysed. Participants who must have joined the arm in a later period (more started it than
/// started the period before) count among those to analyse. An arm with nobody analysed and no reason at all is
/// left to TL0113.
/// </summary>
public sealed class TL0111NotAnalysedWithoutReason : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0111", "Participants not analysed without a reason",
        "In {where}, {entered} and {analysed} analysed; {gap}",
        DiagnosticCategory.ParticipantFlow, DiagnosticSeverity.Error,
        "Each allocated participant who is not analysed should appear, with a reason, among those excluded from the analysis (analysed + excluded from analysis = allocated, as in the CONSORT flow diagram); where the exclusions are not given, among those who did not receive the intervention, were lost to follow-up or discontinued.",
        ["CONSORT-2025:22a", "CONSORT-2025:22b", "CONSORT-Harms-2022:13b"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override ImmutableArray<string> Reads { get; } = ["flow.periods"];

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
            string gap;
            if (arm.Groups.Any(g => !g.ExcludedFromAnalysis.IsEmpty))
            {
                // CONSORT's Analysis box: analysed + excluded from analysis = allocated, each participant once. An
                // analysis in a later period is judged against those who started that period when fewer did.
                if (arm.AnalysedIn.Allocated is long started && started < entered)
                {
                    if (analysed >= started) continue;
                    missing = started - analysed;
                }
                long excluded = arm.Groups.Sum(g => g.ExcludedFromAnalysis.Total());
                if (excluded >= missing) continue;
                gap = $"{FlowText.Participants(excluded)} {(excluded == 1 ? "is" : "are")} listed as excluded from the analysis, which leaves "
                    + $"{FlowText.Participants(missing - excluded)} of the {missing} not analysed unaccounted for (losses and discontinuations not analysed belong among the exclusions, not on top of them)";
            }
            else
            {
                if (arm.Explained >= missing) continue;
                gap = $"{FlowText.Participants(missing - arm.Explained)} of the {missing} not analysed are not explained by any listed loss, discontinuation or exclusion";
            }
            // An arm with nobody analysed and no word on why is TL0113's finding; say it once.
            if (noneAnalysedReported && TL0113NoneAnalysedInArm.IsUnexplained(arm)) continue;
            context.ReportDiagnostic(Descriptor, context.LocationOf(arm.AnalysedIn, "analysed"),
                ("where", FlowText.Where(context.Report, arm.AnalysedIn, arm.AnalysedPeriod)), ("entered", arm.DescribeEntered()), ("analysed", analysed),
                ("gap", gap));
        }
    }
}
