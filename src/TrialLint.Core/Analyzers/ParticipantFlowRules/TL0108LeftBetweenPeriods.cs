using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Model;

namespace TrialLint.Analyzers.ParticipantFlowRules;

/// <summary>
/// TL0108: participants who completed one period of an arm start the next one, unless the report says why not.
/// More starting a later period is fine: participants may enter late (e.g. an extension or a later stage). Not
/// applicable when no arm continues from one period into the next (one period, or stages with arms of their own).
/// </summary>
public sealed class TL0108LeftBetweenPeriods : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0108", "Participants vanish between periods",
        "In arm '{arm}', {completed} completed period '{previous}' but only {started} started period '{next}': {missing} unaccounted for between periods",
        DiagnosticCategory.ParticipantFlow, DiagnosticSeverity.Warning,
        "Participants who complete one period either start the next one or are listed as lost or discontinued. Participants who join in a later period are not a mismatch.",
        ["CONSORT-2025:22b", "CONSORT-Harms-2022:13b"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.RegisterReportAction(AnalyzeApplicability);
        context.RegisterFlowGroupAction(Analyze);
    }

    private static void AnalyzeApplicability(ReportAnalysisContext context)
    {
        if (FlowNumbers.NotApplicableWithoutFlow(context, Descriptor)) return;
        var periods = context.Report.Flow!.Periods;
        for (int p = 1; p < periods.Length; p++)
        {
            var before = periods[p - 1].Groups.Select(g => g.Arm).OfType<string>().ToHashSet(StringComparer.Ordinal);
            if (periods[p].Groups.Any(g => g.Arm is not null && before.Contains(g.Arm))) return;
        }
        context.ReportNotApplicable(Descriptor);
    }

    private static void Analyze(ModelAnalysisContext<FlowGroup> context)
    {
        if (context.PeriodIndex == 0 || context.Report.Flow is not { } flow) return;
        var group = context.Node;
        if (group.Allocated is not long started || group.Arm is null) return;
        var previousPeriod = flow.Periods[context.PeriodIndex - 1];
        var previous = previousPeriod.Groups.FirstOrDefault(g => g.Arm == group.Arm);
        if (previous?.Completed is not long completed || started >= completed) return;
        context.ReportDiagnostic(Descriptor, context.LocationOf(group, "allocated"),
            ("arm", group.Arm), ("completed", completed), ("previous", previousPeriod.Id ?? previousPeriod.Title ?? $"{context.PeriodIndex}"),
            ("started", started), ("next", context.Period?.Id ?? context.Period?.Title ?? $"{context.PeriodIndex + 1}"),
            ("missing", FlowText.Participants(completed - started)));
    }
}
