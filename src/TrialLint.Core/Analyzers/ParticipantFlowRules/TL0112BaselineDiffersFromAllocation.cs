using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using TrialLint.Diagnostics;

namespace TrialLint.Analyzers.ParticipantFlowRules;

/// <summary>
/// TL0112: the baseline table of an arm describes the participants allocated to it. The baseline n is compared
/// with the allocation where the arm first appears in the flow. A difference is explained when the baseline
/// statement gives the baseline number, or defines the participants the table describes by what they did ("all
/// participants who received at least one dose"), as a registry record's baseline population description does; a
/// name alone ("the safety population") is not enough. In a crossover a baseline of everyone enrolled is also fine,
/// since every participant receives every treatment.
/// </summary>
public sealed partial class TL0112BaselineDiffersFromAllocation : ReportAnalyzer
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
            if (Mentions(statement, n) || DefinesParticipants().IsMatch(statement)) continue;
            string difference = n < allocated
                ? $"{FlowText.Participants(allocated - n)} fewer"
                : $"{FlowText.Participants(n - allocated)} more";
            context.ReportDiagnostic(Descriptor, context.LocationOf(group, "n"),
                ("arm", group.Arm), ("n", n), ("allocated", allocated), ("difference", difference));
        }
        // Nothing to compare: no baseline numbers, or no allocation for their arms.
        if (!compared) context.ReportNotApplicable(Descriptor);
    }

    /// <summary>Whether <paramref name="text"/> gives <paramref name="n"/> as a number of its own (97 in "the 97 treated", not in "1970").</summary>
    private static bool Mentions(string text, long n) =>
        Numbers().Matches(text).Any(m => m.Value == n.ToString(CultureInfo.InvariantCulture));

    [GeneratedRegex(@"(?<![\d.,])\d+(?![\d]|[.,]\d)")]
    private static partial Regex Numbers();

    /// <summary>"participants who received ...", "patients who were treated ...": the statement says which participants.</summary>
    [GeneratedRegex(@"\b(?:participants|patients|subjects|children|people|persons|those)\s+(?:who|that)\s+(?:were\s+|had\s+)?(?:received|took|started|completed|enrolled|randomi[sz]ed|treated|dosed|exposed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DefinesParticipants();
}
