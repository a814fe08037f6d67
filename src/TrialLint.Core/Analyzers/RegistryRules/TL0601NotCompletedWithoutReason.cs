using System.Collections.Immutable;
using TrialLint.Analyzers.ParticipantFlowRules;
using TrialLint.Diagnostics;
using TrialLint.Model;

namespace TrialLint.Analyzers.RegistryRules;

/// <summary>
/// TL0601: everyone who started a period of an arm and did not complete it is accounted for by the reasons for not
/// completing (on ClinicalTrials.gov: the NOT COMPLETED milestone against the period's drop/withdraw reasons). In the
/// report model: <c>allocated</c> − <c>completed</c> = the sum of <c>lost_to_follow_up</c> and <c>discontinued</c>.
/// For a registry record the finding points at the group's NOT COMPLETED count. A period that gives no reasons at
/// all is accounted for when another period of the arm recaps the whole study ("Complete Study": the arm's
/// participants from the start, with every reason for not completing), as some records do instead of giving the
/// reasons period by period.
/// </summary>
public sealed class TL0601NotCompletedWithoutReason : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0601", "Participants who did not complete are not accounted for by reasons",
        "In {where}, {started} started and {completed} completed, so {notCompleted} did not complete, but the reasons for not completing account for {explained}: {difference}",
        DiagnosticCategory.Registry, DiagnosticSeverity.Error,
        "Every participant who starts a period and does not complete it has a reason (adverse event, lost to follow-up, withdrawal by the participant ...), and the reasons add up to the number who did not complete. On ClinicalTrials.gov the NOT COMPLETED count of each group must equal the sum of its drop/withdraw reasons; in a report, allocated minus completed equals those lost to follow-up plus those who discontinued. Participants without a reason hide attrition that may differ between arms.",
        ["CONSORT-2025:22b", "CONSORT-Harms-2022:13b"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.RegisterReportAction(c =>
        {
            // Nothing to compare unless some group gives both the number who started and the number who completed.
            bool comparable = c.Report.Flow?.Periods.SelectMany(p => p.Groups).Any(g => g.Allocated is not null && g.Completed is not null) ?? false;
            if (!comparable) c.ReportNotApplicable(Descriptor);
        });
        context.RegisterFlowGroupAction(Analyze);
    }

    private static void Analyze(ModelAnalysisContext<FlowGroup> context)
    {
        var group = context.Node;
        if (group.Allocated is not long started || group.Completed is not long completed) return;
        long notCompleted = started - completed;
        long explained = group.LostToFollowUp.Total() + group.Discontinued.Total();
        if (notCompleted == explained) return;
        if (explained == 0 && !group.Has("discontinued") && !group.Has("lost_to_follow_up") && RecappedElsewhere(context.Report, group, notCompleted)) return;
        string difference = notCompleted < 0 ? $"more completed than started"
            : explained == 0 && !group.Has("discontinued") && !group.Has("lost_to_follow_up") ? "no reasons are given"
            : explained < notCompleted ? $"{FlowText.Participants(notCompleted - explained)} without a reason"
            : $"the reasons count {FlowText.Participants(explained - notCompleted)} more";
        var location = context.LocationOf(group, group.Has("not_completed") ? "not_completed" : "completed");
        context.ReportDiagnostic(Descriptor, location,
            ("where", FlowText.Where(context.Report, group, context.Period)), ("started", started), ("completed", completed),
            ("notCompleted", notCompleted), ("explained", explained), ("difference", difference));
    }

    /// <summary>
    /// Whether a later period of the group's arm recaps the whole study: it starts with everyone who first started
    /// the arm, ends with no more than completed this period, and its reasons account for all of its non-completers,
    /// at least as many as did not complete here.
    /// </summary>
    private static bool RecappedElsewhere(TrialReport report, FlowGroup group, long notCompleted)
    {
        var groups = report.Flow?.Periods.SelectMany(p => p.Groups).Where(g => g.Arm == group.Arm).ToList() ?? [];
        if (groups.Count < 2 || groups[0].Allocated is not long first) return false;
        return groups.Skip(1).Any(g => !ReferenceEquals(g, group) && g.Allocated == first && g.Completed is long done && done <= group.Completed
            && g.LostToFollowUp.Total() + g.Discontinued.Total() is var reasons && reasons > 0 && reasons == first - done && reasons >= notCompleted);
    }
}
