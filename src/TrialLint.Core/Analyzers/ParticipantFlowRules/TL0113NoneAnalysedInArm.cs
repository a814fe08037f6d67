using System.Collections.Immutable;
using TrialLint.Diagnostics;

namespace TrialLint.Analyzers.ParticipantFlowRules;

/// <summary>
/// TL0113: an arm that had participants is analysed with nobody in it (<c>analysed: 0</c>) and the report gives no
/// reason: no exclusion from the analysis with a reason, and no statement for the arm in any period.
/// </summary>
public sealed class TL0113NoneAnalysedInArm : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0113", "No participants analysed in an arm",
        "No participants are analysed in {where}, although {entered}; give the reasons under 'excluded_from_analysis' or explain in the arm's statement why the arm was not analysed",
        DiagnosticCategory.ParticipantFlow, DiagnosticSeverity.Error,
        "An arm with participants but nobody in the analysis leaves a randomised comparison without one of its groups. Readers need to know why (the arm was closed early, its data were lost, it was analysed only for harms): each participant left out of the analysis is listed with a reason.",
        ["CONSORT-2025:22a", "CONSORT-2025:22b"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override ImmutableArray<string> Reads { get; } = ["flow.periods"];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterReportAction(Analyze);

    /// <summary>
    /// Whether the arm had participants, none of them is analysed, and nothing says why: no exclusion from the
    /// analysis with a reason and no statement in any of the arm's groups.
    /// </summary>
    internal static bool IsUnexplained(ArmFlow arm) =>
        arm.AnalysedIn?.Analysed == 0
        && arm.Entered > 0
        && !arm.Groups.Any(g => g.ExcludedFromAnalysis.Any(e => !string.IsNullOrWhiteSpace(e.Reason)) || !string.IsNullOrWhiteSpace(g.Statement));

    private static void Analyze(ReportAnalysisContext context)
    {
        if (FlowNumbers.NotApplicableWithoutFlow(context, Descriptor)) return;
        foreach (var arm in ArmFlow.Summarise(context.Report))
        {
            if (!IsUnexplained(arm)) continue;
            context.ReportDiagnostic(Descriptor, context.LocationOf(arm.AnalysedIn!, "analysed"),
                ("where", FlowText.Where(context.Report, arm.AnalysedIn!, arm.AnalysedPeriod)), ("entered", arm.DescribeEntered()));
        }
    }
}
