using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Model;

namespace TrialLint.Analyzers.ParticipantFlowRules;

/// <summary>
/// TL0108: participants who completed one period of an arm start the next one, unless the report says why not.
/// More starting a later period is fine: participants may enter late (e.g. an extension or a later stage).
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
    public override void Initialize(AnalysisContext context) => context.RegisterFlowGroupAction(Analyze);

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
