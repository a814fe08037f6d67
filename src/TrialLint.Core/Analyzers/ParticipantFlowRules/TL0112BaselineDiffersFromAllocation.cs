using System.Collections.Immutable;
using TrialLint.Diagnostics;

namespace TrialLint.Analyzers.ParticipantFlowRules;

/// <summary>
/// TL0112: the baseline table of an arm describes the participants allocated to it. The baseline n is compared
/// with the allocation where the arm first appears in the flow. A difference is explained when the baseline
/// statement defines the participants the table describes (<see cref="TL0112PopulationText"/>: "all participants
/// who received at least one dose", "the per-protocol population", "excluding 2 who withdrew consent"), as a
/// registry record's baseline population description does; a number alone ("men 22 of 57") is not enough. In a
/// crossover a baseline of everyone enrolled is also fine, since every participant receives every treatment.
/// </summary>
public sealed class TL0112BaselineDiffersFromAllocation : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0112", "Baseline numbers differ from the numbers allocated",
        "The baseline data of arm '{arm}' describe {n} participants, but {allocated} were allocated to it ({difference}); say in the baseline statement which {n} participants the baseline table describes and why it differs",
        DiagnosticCategory.ParticipantFlow, DiagnosticSeverity.Warning,
        "The baseline table normally describes everyone allocated to each arm, so readers can judge whether randomisation produced comparable groups. When it describes a subset (those treated, those analysed) or a different number, the report should say which participants it describes and why, because a selected subset may no longer be comparable.",
        ["CONSORT-2025:25", "CONSORT-2025:22a"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override ImmutableArray<string> Reads { get; } = ["baseline", "flow.periods"];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterReportAction(Analyze);

    private static void Analyze(ReportAnalysisContext context)
    {
        var report = context.Report;
        var arms = ArmFlow.Summarise(report).ToDictionary(a => a.Arm, StringComparer.Ordinal);
        string statement = report.Baseline?.Statement ?? "";
        bool compared = false;
        foreach (var group in report.Baseline?.Groups ?? [])
        {
            if (group.Arm is null || group.N is not long n || !arms.TryGetValue(group.Arm, out var arm) || arm.Allocated is not long allocated) continue;
            compared = true;
            if (n == allocated) continue;
            if (arm.Crossover && report.Flow?.Enrolled == n) continue;
            if (TL0112PopulationText.DefinesPopulation(statement)) continue;
            string difference = n < allocated
                ? $"{FlowText.Participants(allocated - n)} fewer"
                : $"{FlowText.Participants(n - allocated)} more";
            context.ReportDiagnostic(Descriptor, context.LocationOf(group, "n"),
                ("arm", group.Arm), ("n", n), ("allocated", allocated), ("difference", difference));
        }
        // Nothing to compare: no baseline numbers, or no allocation for their arms.
        if (!compared) context.ReportNotApplicable(Descriptor);
    }
}
