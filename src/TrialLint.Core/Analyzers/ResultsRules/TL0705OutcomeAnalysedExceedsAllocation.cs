using System.Collections.Immutable;
using TrialLint.Analyzers.ParticipantFlowRules;
using TrialLint.Diagnostics;
using TrialLint.Model;

namespace TrialLint.Analyzers.ResultsRules;

/// <summary>
/// TL0705: an outcome result does not analyse more participants in an arm than were allocated to it. The number
/// is compared with the allocation where the arm first appears in the flow, plus anyone who joined the arm in a
/// later period; in a crossover, where every participant may contribute to every treatment, with the participants
/// of all its periods. The outcome's population description (on ClinicalTrials.gov) can account for more: when the
/// flow's arms hold fewer than were enrolled (its STARTED counts a narrower set, such as those with an efficacy
/// assessment) and the description defines the population analysed ("all participants who received at least one
/// dose"), up to the enrolled participants missing from the flow may be analysed; and a description that says
/// the data combine participants from elsewhere (another study, pooled arms) is not compared with one arm.
/// </summary>
public sealed class TL0705OutcomeAnalysedExceedsAllocation : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0705", "More analysed for an outcome than were allocated",
        "The results of {outcome} analyse {n} participants in arm '{arm}', but only {entered}; check the number analysed against the participant flow",
        DiagnosticCategory.Results, DiagnosticSeverity.Error,
        "The number analysed for an outcome in an arm cannot exceed the participants allocated to that arm. A larger number is a typing error, a denominator that counts something else (visits, eyes, events), or participants moved between arms, and it makes every percentage and estimate built on it suspect.",
        ["CONSORT-2025:26", "CONSORT-2025:22a"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override ImmutableArray<string> Reads { get; } = ["outcomes", "flow.periods"];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterReportAction(Analyze);

    private static void Analyze(ReportAnalysisContext context)
    {
        var report = context.Report;
        var arms = ArmFlow.Summarise(report).ToDictionary(a => a.Arm, StringComparer.Ordinal);
        bool compared = false;
        // Enrolled participants the flow's arms do not hold (0 when the flow accounts for everyone enrolled).
        long outsideFlow = report.Flow?.Enrolled is long enrolled && arms.Values.All(a => a.Allocated is not null)
            ? Math.Max(0, enrolled - arms.Values.Sum(a => a.Allocated ?? 0)) : 0;
        for (int o = 0; o < report.Outcomes.Length; o++)
        {
            var outcome = report.Outcomes[o];
            foreach (var result in outcome.Results)
            {
                if (result.Arm is null || result.NAnalysed is not long n || !arms.TryGetValue(result.Arm, out var arm) || arm.MostParticipants is not long most) continue;
                compared = true;
                if (n <= most) continue;
                if (TL0112PopulationText.CombinesOtherParticipants(result.Statement)) continue;
                if (n - most <= outsideFlow && TL0112PopulationText.DefinesPopulation(result.Statement)) continue;
                context.ReportDiagnostic(Descriptor, context.LocationOf(result, "n_analysed"),
                    ("outcome", OutcomeName(outcome, o)), ("n", n), ("arm", result.Arm), ("entered", arm.DescribeMost()));
            }
        }
        // Nothing to compare: no outcome gives a number analysed for an arm whose allocation is known.
        if (!compared) context.ReportNotApplicable(Descriptor);
    }

    /// <summary>"outcome 'responders'", or the title, or its position.</summary>
    internal static string OutcomeName(Outcome outcome, int index) =>
        outcome.Id is { } id ? $"outcome '{id}'" : outcome.Title is { } title ? $"outcome '{title}'" : $"outcome {index + 1}";
}
