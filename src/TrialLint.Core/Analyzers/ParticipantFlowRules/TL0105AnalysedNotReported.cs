using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Model;

namespace TrialLint.Analyzers.ParticipantFlowRules;

/// <summary>
/// TL0105: for each arm in the flow, the number analysed is given (in the flow, or as n analysed of an outcome).
/// </summary>
public sealed class TL0105AnalysedNotReported : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0105", "Number analysed not reported",
        "The number of participants analysed in arm '{arm}' is not reported",
        DiagnosticCategory.ParticipantFlow, DiagnosticSeverity.Error,
        "CONSORT asks, for each group, how many participants were analysed for the primary outcome. Without it a reader cannot tell whether the results describe everyone who was treated or a selected subset.",
        ["CONSORT-2025:22a", "CONSORT-2025:26", "CONSORT-Harms-2022:16"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override ImmutableArray<string> Reads { get; } = ["flow.periods"];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterReportAction(Analyze);

    private static void Analyze(ReportAnalysisContext context)
    {
        if (FlowNumbers.NotApplicableWithoutFlow(context, Descriptor) || context.Report.Flow is not { } flow) return;
        var analysedInOutcomes = context.Report.Outcomes
            .SelectMany(o => o.Results)
            .Where(r => r.NAnalysed is not null && r.Arm is not null)
            .Select(r => r.Arm!)
            .ToHashSet(StringComparer.Ordinal);

        // The last group of each arm is where the number analysed belongs.
        var lastGroup = new Dictionary<string, FlowGroup>(StringComparer.Ordinal);
        var analysed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in flow.Periods.SelectMany(p => p.Groups))
        {
            if (group.Arm is null) continue;
            lastGroup[group.Arm] = group;
            if (group.Analysed is not null) analysed.Add(group.Arm);
        }
        foreach (var (arm, group) in lastGroup)
        {
            if (analysed.Contains(arm) || analysedInOutcomes.Contains(arm)) continue;
            context.ReportDiagnostic(Descriptor, context.LocationOf(group, "analysed"), ("arm", arm));
        }
    }
}
