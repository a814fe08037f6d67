using System.Collections.Immutable;
using System.Globalization;
using TrialLint.Diagnostics;
using TrialLint.Model;
using Percent = TrialLint.Analyzers.ResultsRules.WrittenPercent.Percent;

namespace TrialLint.Analyzers.ResultsRules;

/// <summary>
/// TL0711: the counts of the baseline table fit in their denominator. A count of participants with a
/// characteristic is at most the arm's baseline n (or the characteristic's own n_with_data, which is itself at
/// most the arm's n); the categories of one characteristic (female / male, NYHA class II / III), each participant
/// being in one of them at most, add up to at most that n, and their percentages to at most 100 (plus what
/// rounding may add). Categories a participant can be in several of (<c>exclusive: false</c>) are not added up,
/// and counts of something other than participants (eyes, lesions) are compared only with their own n_with_data.
/// </summary>
public sealed class TL0711BaselineCountExceedsDenominator : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0711", "Baseline counts exceed their denominator",
        "In {subject}, arm '{arm}': {problem}",
        DiagnosticCategory.Results, DiagnosticSeverity.Error,
        "The baseline table counts participants of each arm: no count can exceed the participants the arm has in the table, and the categories of one characteristic (each participant in one of them) cannot add up to more than that, nor their percentages to more than 100%. A larger number is a typing error, a count of something else than participants, or a denominator that is not the one reported, and it makes the table's description of the groups unreliable.",
        ["CONSORT-2025:25"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override ImmutableArray<string> Reads { get; } = ["baseline"];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterReportAction(Analyze);

    private static void Analyze(ReportAnalysisContext context)
    {
        var baseline = context.Report.Baseline;
        var sizes = BaselineTable.ArmSizes(baseline);
        bool applies = false;
        // The arms of each characteristic already reported, so that an impossible count is not reported again as an impossible sum.
        var reported = new HashSet<(int, string)>();
        foreach (var row in BaselineTable.Rows(baseline))
        {
            var value = row.Value;
            long? armN = BaselineTable.ArmSize(row, sizes);
            string arm = value.Arm ?? "?";
            if (value.NWithData is long withData && armN is long an)
            {
                applies = true;
                if (withData > an)
                {
                    Report(context, row, "n_with_data", $"{withData} participants with data, but the arm has {an} in the baseline table; check n_with_data and the arm's baseline n");
                    reported.Add((row.Index, arm));
                    continue;
                }
            }
            if (value.N is not long count) continue;
            (long N, string Of)? denominator = value.NWithData is long m ? (m, "with data") : armN is long a ? (a, "in the arm's baseline") : null;
            if (denominator is not { } d) continue;
            applies = true;
            if (count <= d.N) continue;
            Report(context, row, "n", $"{count} counted, but only {d.N} participants {d.Of}; check the count and its denominator");
            reported.Add((row.Index, arm));
        }

        if (baseline is not null)
        {
            for (int i = 0; i < baseline.Characteristics.Length; i++)
            {
                var characteristic = baseline.Characteristics[i];
                if (characteristic.Categories.Length < 2 || characteristic.Exclusive == false) continue;
                foreach (var arm in characteristic.Categories.SelectMany(c => c.Values).Select(v => v.Arm).OfType<string>().Distinct(StringComparer.Ordinal))
                {
                    if (reported.Contains((i, arm))) continue;
                    applies |= CheckSums(context, characteristic, i, arm, sizes);
                }
            }
        }
        // Nothing to compare: no baseline count or percentage has a denominator.
        if (!applies) context.ReportNotApplicable(Descriptor);
    }

    /// <summary>The categories of one arm add up to at most their common denominator, and their percentages to at most 100.</summary>
    private static bool CheckSums(ReportAnalysisContext context, BaselineCharacteristic characteristic, int index, string arm, Dictionary<string, long> sizes)
    {
        var values = characteristic.Categories.SelectMany(c => c.Values.Where(v => v.Arm == arm).Take(1)).ToList();
        if (values.Count < 2) return false;
        // One denominator for all the categories: the same n_with_data in each, or the arm's n when none gives one.
        var withData = values.Select(v => v.NWithData).Distinct().ToList();
        (long N, string Of)? denominator = withData is [long m] ? (m, "with data")
            : withData is [null] && BaselineTable.CountsParticipants(characteristic) && sizes.TryGetValue(arm, out long n) ? (n, "in the arm's baseline")
            : null;
        if (denominator is null && withData.Count > 1) return false;
        string subject = BaselineTable.Describe(characteristic, index);
        bool applies = false;

        var counts = values.Where(v => v.N is not null).ToList();
        if (denominator is { } d && counts.Count >= 2)
        {
            applies = true;
            long sum = counts.Sum(v => v.N!.Value);
            if (sum > d.N)
            {
                context.ReportDiagnostic(Descriptor, context.LocationOf(characteristic, "categories"), ("subject", subject), ("arm", arm),
                    ("problem", $"its {counts.Count} categories add up to {sum} participants, but only {d.N} participants {d.Of}; a participant is in one category at most (set exclusive: false if participants can be in several), so check the counts and the denominator"));
                return true;
            }
        }

        var percentages = new List<Percent>();
        foreach (var value in values)
        {
            if (value.Percentage is not double percentage) continue;
            if (WrittenPercent.TryRead(context.Tree, value, percentage, out _, out var p)) percentages.Add(p);
        }
        if (percentages.Count < 2) return applies;
        decimal total = 0, rounding = 0;
        foreach (var p in percentages)
        {
            var (v, r) = p.Exact();
            total += v;
            rounding += r;
        }
        if (total <= 100 + rounding) return true;
        string shown = total.ToString("0.##########", CultureInfo.InvariantCulture);
        context.ReportDiagnostic(Descriptor, context.LocationOf(characteristic, "categories"), ("subject", subject), ("arm", arm),
            ("problem", $"the percentages of its {percentages.Count} categories add up to {shown}%, more than 100% even allowing for rounding; a participant is in one category at most (set exclusive: false if participants can be in several), so check the percentages"));
        return true;
    }

    private static void Report(ReportAnalysisContext context, BaselineTable.Row row, string field, string problem) =>
        context.ReportDiagnostic(Descriptor, context.LocationOf(row.Value, field), ("subject", row.Name), ("arm", row.Value.Arm ?? "?"), ("problem", problem));
}
