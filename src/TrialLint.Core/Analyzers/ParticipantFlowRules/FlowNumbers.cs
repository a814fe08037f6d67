using TrialLint.Diagnostics;
using TrialLint.Model;

namespace TrialLint.Analyzers.ParticipantFlowRules;

/// <summary>
/// Whether a report gives participant flow numbers at all. Without them (no flow, prose only, periods without
/// numbers per arm) TL0110 reports the missing flow and the rules that reconcile flow numbers are not applicable.
/// </summary>
internal static class FlowNumbers
{
    /// <summary>Whether the flow gives the number enrolled or at least one number for an arm.</summary>
    public static bool AreReported(ParticipantFlow? flow) =>
        flow is not null && (flow.Enrolled is not null || flow.Periods.Any(p => p.Groups.Any(HasNumbers)));

    /// <summary>Whether a group gives any count: allocated, received, completed, analysed, or a list of reasoned counts.</summary>
    public static bool HasNumbers(FlowGroup group) =>
        group.Allocated is not null || group.Received is not null || group.Completed is not null || group.Analysed is not null
        || group.Has("did_not_receive") || group.Has("lost_to_follow_up") || group.Has("discontinued") || group.Has("excluded_from_analysis");

    /// <summary>
    /// Marks <paramref name="descriptor"/> not applicable when the report gives no flow numbers, and says whether it did.
    /// </summary>
    public static bool NotApplicableWithoutFlow(ReportAnalysisContext context, DiagnosticDescriptor descriptor)
    {
        if (AreReported(context.Report.Flow)) return false;
        context.ReportNotApplicable(descriptor);
        return true;
    }
}
