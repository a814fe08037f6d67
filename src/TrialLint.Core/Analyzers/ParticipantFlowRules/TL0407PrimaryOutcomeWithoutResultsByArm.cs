using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Model;

namespace TrialLint.Analyzers.ParticipantFlowRules;

/// <summary>
/// TL0407: every primary outcome has a numeric result (value, events or percentage) for every arm that is owed one,
/// and the message names the arms without one. An effect estimate does not replace the results by arm; a missing
/// n_analysed is TL0411's. In a multi-stage trial whose stages list their arms, every arm of at least one stage is
/// owed a result. An arm that the participant flow shows only from a later period (new entrants, an extension
/// group) did not exist when the primary outcome was assessed and is owed none. A C# analyzer (it was a rule file)
/// because it names the arms and reads the flow's periods.
/// </summary>
public sealed class TL0407PrimaryOutcomeWithoutResultsByArm : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0407", "Primary outcome without results by arm",
        "The primary outcome '{outcome}' has no numeric result for {arms}; for each arm give the result (mean, median or proportion, or the number with the event) with the number analysed",
        DiagnosticCategory.FollowUpAndOutcomes, DiagnosticSeverity.Warning,
        "The result of the primary outcome in each group is the main finding of a trial. CONSORT asks for the result for each group as well as the estimated effect between groups: an effect estimate alone (a difference, a ratio) hides how participants in each group fared, which readers need to judge the size and clinical importance of the effect and to use the trial in meta-analyses.",
        ["CONSORT-2025:26", "CONSORT-Harms-2022:17a", "CONSORT-DEFINE-2023:17a"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override ImmutableArray<string> Reads { get; } = ["outcomes"];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterReportAction(Analyze);

    private static void Analyze(ReportAnalysisContext context)
    {
        var report = context.Report;
        var primary = report.Outcomes.Where(o => o.Type == "primary").ToList();
        if (primary.Count == 0)
        {
            context.ReportNotApplicable(Descriptor);
            return;
        }
        foreach (var outcome in primary)
        {
            var missing = Missing(report, outcome);
            if (missing is null) continue;
            context.ReportDiagnostic(Descriptor, context.LocationOf(outcome, "results"),
                ("outcome", outcome.Title ?? outcome.Id), ("arms", Describe(missing)));
        }
    }

    /// <summary>The arms the outcome owes a numeric result (empty: every arm), or null when it owes none.</summary>
    private static List<string>? Missing(TrialReport report, Outcome outcome)
    {
        if (outcome.Results.IsEmpty) return [];
        var numeric = outcome.Results.Where(r => r.Value is not null || r.Events is not null || r.Percentage is not null).ToList();
        var withoutNumber = outcome.Results.Except(numeric).Select(r => r.Arm ?? "?").Distinct().ToList();
        var covered = numeric.Select(r => r.Arm).OfType<string>().ToHashSet(StringComparer.Ordinal);

        List<string> owedMissing;
        var stages = report.Design?.Stages.Where(s => !s.Arms.IsEmpty).ToList() ?? [];
        if (stages.Count > 0)
        {
            // Every arm of at least one stage: name the gaps of the stage the results are for (the most arms with a
            // result, then the fewest gaps).
            var closest = stages.OrderByDescending(s => s.Arms.Count(covered.Contains)).ThenBy(s => s.Arms.Count(a => !covered.Contains(a))).First();
            owedMissing = closest.Arms.Where(a => !covered.Contains(a)).ToList();
        }
        else
        {
            var laterOnly = ArmFlow.Summarise(report).Where(a => report.Flow!.Periods.IndexOf(a.FirstPeriod) > 0).Select(a => a.Arm).ToHashSet(StringComparer.Ordinal);
            owedMissing = report.Arms.Select(a => a.Id).OfType<string>().Where(id => !laterOnly.Contains(id) && !covered.Contains(id)).ToList();
        }
        var missing = withoutNumber.Concat(owedMissing.Where(a => !withoutNumber.Contains(a))).ToList();
        return missing.Count == 0 ? null : missing;
    }

    private static string Describe(List<string> arms) => arms.Count switch
    {
        0 => "any arm",
        1 => $"arm '{arms[0]}'",
        _ => "arms " + string.Join(", ", arms.Take(arms.Count - 1).Select(a => $"'{a}'")) + $" and '{arms[^1]}'",
    };
}
