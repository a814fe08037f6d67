using System.Globalization;
using System.Text.RegularExpressions;
using TrialLint.Rules;

namespace TrialLint.Registry;

/// <summary>
/// Compares time frames written in different units: "6 months", "24 weeks", "26 weeks" and "week 26" are the same
/// assessment time. Every duration in a text is read in months with the rule language's <c>months()</c>
/// (<see cref="RuleFunctions.Months"/>: a week is 7/30.4375 of a month, a year 12 months), "week 24" as "24 weeks";
/// two time frames are the same when their longest durations differ by at most half a month or a tenth of the longer
/// one, whichever is more (6 months and 24 weeks = 5.5 months are the same; 6 months and 4 months are not).
/// </summary>
public static partial class TimeFrames
{
    /// <summary>Every duration in <paramref name="text"/>, in months, in order; empty when it gives none.</summary>
    public static IReadOnlyList<double> Months(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var months = new List<(int Index, double Months)>();
        foreach (Match m in NumberThenUnit().Matches(text)) Add(m);
        foreach (Match m in UnitThenNumber().Matches(text)) Add(m);
        return months.OrderBy(m => m.Index).Select(m => m.Months).ToList();

        void Add(Match m)
        {
            string duration = $"{m.Groups["n"].Value} {m.Groups["unit"].Value.ToLowerInvariant()}";
            if (RuleFunctions.Months(duration) is double value) months.Add((m.Index, value));
        }
    }

    /// <summary>Whether two time frames name the same time (see the class); null when either gives no duration.</summary>
    public static bool? Same(string? a, string? b)
    {
        var first = Months(a);
        var second = Months(b);
        if (first.Count == 0 || second.Count == 0) return null;
        double x = first.Max();
        double y = second.Max();
        return Math.Abs(x - y) <= Math.Max(0.5, 0.1 * Math.Max(x, y));
    }

    /// <summary>A duration in months for messages: "6", "5.5".</summary>
    public static string Format(double months) => months.ToString("0.#", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)\s*-?\s*(?<unit>day|week|month|year)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberThenUnit();

    [GeneratedRegex(@"\b(?<unit>day|week|month|year)s?\s*(?<n>\d+(?:\.\d+)?)\b(?!\s*-?\s*(?:day|week|month|year))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitThenNumber();
}
