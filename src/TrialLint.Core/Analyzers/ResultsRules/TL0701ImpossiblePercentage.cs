using System.Collections.Immutable;
using System.Globalization;
using TrialLint.Diagnostics;
using TrialLint.Model;
using TrialLint.Syntax;
using Percent = TrialLint.Analyzers.ResultsRules.WrittenPercent.Percent;

namespace TrialLint.Analyzers.ResultsRules;

/// <summary>
/// TL0701: a percentage given for an outcome result is possible for its denominator (the GRIM test, Brown and
/// Heathers 2016). With the number of decimals as written, some whole number of participants k out of the n
/// analysed must give the percentage after rounding; when the number with the event is given, the percentage
/// must be that number over n, rounded. A percentage of the participants with data (n_with_data) is accepted too.
/// The same holds for the counts and percentages of the baseline table: their denominator is the arm's baseline n
/// (for counts of participants) or the characteristic's own n_with_data.
/// </summary>
public sealed class TL0701ImpossiblePercentage : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0701", "Percentage impossible for its denominator",
        "In {subject}, arm '{arm}': {problem}",
        DiagnosticCategory.Results, DiagnosticSeverity.Error,
        "A percentage of participants is a whole number of participants divided by the number analysed. With a small denominator only some percentages can occur: of 99 participants, 41 is 41.4% and 42 is 42.4%, so 42.0% cannot be right (the GRIM test, Brown and Heathers 2016). An impossible percentage means that the percentage, the number analysed or the number with the event is wrong. The same holds for the percentages of the baseline table, whose denominator is the arm's baseline n.",
        ["CONSORT-2025:26", "CONSORT-2025:25"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override ImmutableArray<string> Reads { get; } = ["outcomes", "baseline"];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterReportAction(Analyze);

    private static void Analyze(ReportAnalysisContext context)
    {
        var report = context.Report;
        bool applies = false;
        for (int o = 0; o < report.Outcomes.Length; o++)
        {
            var outcome = report.Outcomes[o];
            foreach (var result in outcome.Results)
            {
                if (result.Percentage is not double percentage || result.NAnalysed is not long n || n <= 0) continue;
                applies = true;
                if (!WrittenPercent.TryRead(context.Tree, result, percentage, out string written, out var p)) continue;
                long? withData = result.NWithData is long m && m > 0 && m != n ? m : null;
                string? problem = result.Events is long events ? CheckEvents(p, written, events, n, withData) : CheckGrim(p, written, n, withData);
                if (problem is null) continue;
                context.ReportDiagnostic(Descriptor, context.LocationOf(result, "percentage"),
                    ("subject", TL0705OutcomeAnalysedExceedsAllocation.OutcomeName(outcome, o)), ("arm", result.Arm ?? "?"), ("problem", problem));
            }
        }
        applies |= AnalyzeBaseline(context);
        // Nothing to check: no result gives a percentage together with the number analysed, and no baseline
        // percentage has a denominator.
        if (!applies) context.ReportNotApplicable(Descriptor);
    }

    /// <summary>The percentages of the baseline table, against the arm's baseline n or their own n_with_data.</summary>
    private static bool AnalyzeBaseline(ReportAnalysisContext context)
    {
        var sizes = BaselineTable.ArmSizes(context.Report.Baseline);
        bool applies = false;
        foreach (var row in BaselineTable.Rows(context.Report.Baseline))
        {
            var value = row.Value;
            if (value.Percentage is not double percentage) continue;
            long? armN = BaselineTable.ArmSize(row, sizes);
            long? withData = value.NWithData is long m && m > 0 ? m : null;
            if (armN is null && withData is null) continue;
            applies = true;
            if (!WrittenPercent.TryRead(context.Tree, value, percentage, out string written, out var p)) continue;
            // The first denominator is the one the report names for this value; the arm's n is accepted too.
            var denominators = new List<(long N, string Of)>();
            if (withData is long md) denominators.Add((md, "with data"));
            if (armN is long an && an != withData) denominators.Add((an, "in the arm"));
            string? problem = value.N is long count ? BaselineCount(p, written, count, denominators) : BaselineGrim(p, written, denominators);
            if (problem is null) continue;
            context.ReportDiagnostic(Descriptor, context.LocationOf(value, "percentage"), ("subject", row.Name), ("arm", value.Arm ?? "?"), ("problem", problem));
        }
        return applies;
    }

    /// <summary>The count is given: the percentage must be the count over one of the denominators, rounded.</summary>
    private static string? BaselineCount(Percent p, string written, long count, List<(long N, string Of)> denominators)
    {
        if (denominators.Any(d => p.Matches(count, d.N))) return null;
        var (n, of) = denominators[0];
        string alternatives = string.Concat(denominators.Skip(1).Select(d => $" (and {count} of the {d.N} {d.Of} is {Percent.Show(count, d.N, p.Decimals)}%)"));
        return $"{count} of the {n} {of} is {Percent.Show(count, n, p.Decimals)}%, not {written}%{alternatives}; check the count, its denominator and the percentage";
    }

    /// <summary>Only the percentage is given: some whole number of participants must give it (GRIM).</summary>
    private static string? BaselineGrim(Percent p, string written, List<(long N, string Of)> denominators)
    {
        if (denominators.Any(d => p.PossibleFor(d.N))) return null;
        var (n, of) = denominators[0];
        long below = p.CountBelow(n);
        string alternatives = string.Concat(denominators.Skip(1).Select(d => $", nor with the {d.N} {d.Of}"));
        return $"{written}% is not possible with the {n} participants {of}{alternatives}: {below} of {n} is {Percent.Show(below, n, p.Decimals)}% and {below + 1} of {n} is {Percent.Show(below + 1, n, p.Decimals)}%; check the percentage and its denominator";
    }

    /// <summary>The events are given: the percentage must be events / n (or events / n with data), rounded.</summary>
    private static string? CheckEvents(Percent p, string written, long events, long n, long? withData)
    {
        if (p.Matches(events, n) || (withData is long m && p.Matches(events, m))) return null;
        string alternative = withData is long md ? $" (and {events} of the {md} with data is {Percent.Show(events, md, p.Decimals)}%)" : "";
        return $"{events} of {n} is {Percent.Show(events, n, p.Decimals)}%, not {written}%{alternative}; check the number with the event, the number analysed and the percentage";
    }

    /// <summary>Only the percentage is given: some whole number of participants must give it (GRIM).</summary>
    private static string? CheckGrim(Percent p, string written, long n, long? withData)
    {
        if (p.PossibleFor(n) || (withData is long m && p.PossibleFor(m))) return null;
        long below = p.CountBelow(n);
        string alternative = withData is long md ? $", nor with the {md} with data" : "";
        return $"{written}% is not possible with {n} participants analysed{alternative}: {below} of {n} is {Percent.Show(below, n, p.Decimals)}% and {below + 1} of {n} is {Percent.Show(below + 1, n, p.Decimals)}%; check the percentage and the number analysed";
    }
}
