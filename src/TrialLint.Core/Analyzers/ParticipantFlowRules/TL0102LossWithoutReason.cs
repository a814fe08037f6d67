using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Model;

namespace TrialLint.Analyzers.ParticipantFlowRules;

/// <summary>
/// TL0102: every participant who did not receive the intervention, was lost, discontinued, or was excluded
/// (before allocation or from analysis) is listed with a reason.
/// </summary>
public sealed class TL0102LossWithoutReason : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0102", "Loss or exclusion without a reason",
        "{count} {what} in {where} without a reason",
        DiagnosticCategory.ParticipantFlow, DiagnosticSeverity.Error,
        "CONSORT asks for the reasons behind every loss and exclusion, in each group. Readers judge the risk of attrition bias from them: participants who left because of side effects are not the same as participants who moved away.",
        ["CONSORT-2025:22b", "CONSORT-Harms-2022:13b"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.RegisterReportAction(AnalyzeScreening);
        context.RegisterFlowGroupAction(AnalyzeGroup);
    }

    private static void AnalyzeScreening(ReportAnalysisContext context)
    {
        if (FlowNumbers.NotApplicableWithoutFlow(context, Descriptor)) return;
        if (context.Report.Flow is { } flow)
            Check(context, flow.ExcludedBeforeAllocation, "excluded before allocation", "the screening");
    }

    private static void AnalyzeGroup(ModelAnalysisContext<FlowGroup> context)
    {
        var group = context.Node;
        string where = FlowText.Where(context.Report, group, context.Period);
        Check(context, group.DidNotReceive, "did not receive the intervention", where);
        Check(context, group.LostToFollowUp, "lost to follow-up", where);
        Check(context, group.Discontinued, "discontinued", where);
        Check(context, group.ExcludedFromAnalysis, "excluded from the analysis", where);
    }

    private static void Check(ReportAnalysisContext context, ImmutableArray<ReasonedCount> counts, string what, string where)
    {
        foreach (var entry in counts)
        {
            // An entry of 0 participants has nobody to explain.
            if (!string.IsNullOrWhiteSpace(entry.Reason) || entry.N == 0) continue;
            string count = entry.N is long n ? FlowText.Participants(n) : "Participants";
            context.ReportDiagnostic(Descriptor, context.LocationOf(entry, "reason"), ("count", count), ("what", what), ("where", where));
        }
    }
}
