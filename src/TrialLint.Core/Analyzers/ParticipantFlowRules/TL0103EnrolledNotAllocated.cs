using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Model;

namespace TrialLint.Analyzers.ParticipantFlowRules;

/// <summary>
/// TL0103: the number enrolled equals the numbers allocated to the arms. Each arm counts once, in the first
/// period it appears in, so crossovers (the same arms in later periods) and multi-stage trials (new arms in a
/// later stage) add up.
/// </summary>
public sealed class TL0103EnrolledNotAllocated : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0103", "Enrolled participants do not match the allocations",
        "{enrolled} participants were enrolled, but the numbers allocated to the arms add up to {allocated} ({breakdown})",
        DiagnosticCategory.ParticipantFlow, DiagnosticSeverity.Error,
        "The participants enrolled (randomised, in a randomised trial) are the participants allocated to the arms. When the sum over arms differs, participants appear or disappear at allocation.",
        ["CONSORT-2025:22a", "CONSORT-Harms-2022:13a"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterReportAction(Analyze);

    private static void Analyze(ReportAnalysisContext context)
    {
        if (FlowNumbers.NotApplicableWithoutFlow(context, Descriptor)) return;
        if (context.Report.Flow is not { Enrolled: long enrolled } flow || flow.Periods.IsEmpty) return;
        var firstAllocation = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var period in flow.Periods)
        {
            foreach (var group in period.Groups)
            {
                if (group.Arm is null || firstAllocation.ContainsKey(group.Arm)) continue;
                // An arm whose first appearance gives no number cannot be summed: say nothing rather than guess.
                if (group.Allocated is not long allocated) return;
                firstAllocation[group.Arm] = allocated;
            }
        }
        if (firstAllocation.Count == 0) return;
        long sum = firstAllocation.Values.Sum();
        if (sum == enrolled) return;
        string breakdown = string.Join(" + ", firstAllocation.Select(kv => $"{kv.Value} in '{kv.Key}'"));
        context.ReportDiagnostic(Descriptor, context.LocationOf(flow, "enrolled"), ("enrolled", enrolled), ("allocated", sum), ("breakdown", breakdown));
    }
}
