using System.Globalization;
using System.Text.RegularExpressions;

namespace TrialLint.Registry;

/// <summary>
/// Compares time frames written in different units: "6 months", "24 weeks", "26 weeks", "week 26" and "six months" are
/// the same assessment time. Every duration in a text is read in days (a week is 7 days, a month 30.4375, a year
/// 365.25, an hour 1/24), with number words read as numbers ("three months") and "week 24" read as "24 weeks"; two time
/// frames are the same when their longest durations differ by at most a tenth of the longer one. The tolerance scales
/// with the time frame, so converting units (6 months = 182.6 days and 24 weeks = 168 days, 8% apart; 12 months and
/// 48 weeks, 8%) is tolerated at every length, and halving a time frame never is: week 4 against week 2, 24 hours
/// against 48 hours, 6 months against 4 months.
/// </summary>
public static partial class TimeFrames
{
    /// <summary>The largest difference between two durations, as a share of the longer, that is still the same time.</summary>
    public const double Tolerance = 0.1;

    private const double DaysPerMonth = 30.4375;

    /// <summary>Every duration in <paramref name="text"/>, in days, in order; empty when it gives none.</summary>
    public static IReadOnlyList<double> Days(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        text = OutcomeMatching.NumberWords(text);
        var days = new List<(int Index, double Days)>();
        foreach (Match m in NumberThenUnit().Matches(text)) Add(m);
        foreach (Match m in UnitThenNumber().Matches(text)) Add(m);
        return days.OrderBy(d => d.Index).Select(d => d.Days).ToList();

        // "weeks 12 and 24", "12 and 24 weeks", "Weeks 2, 4, 8, 12": every number of a list counts in the unit.
        void Add(Match m)
        {
            foreach (Capture c in m.Groups["n"].Captures) Add1(m.Index + (c.Index - m.Index), c.Value, m.Groups["unit"].Value);
        }

        void Add1(int index, string number, string unitText)
        {
            double n = double.Parse(number, CultureInfo.InvariantCulture);
            string unit = unitText.ToLowerInvariant();
            double per = unit switch
            {
                "minute" or "min" => 1.0 / 1440,
                "hour" or "hr" or "h" => 1.0 / 24,
                "day" or "d" => 1,
                "week" or "wk" or "w" => 7,
                "month" or "mo" => DaysPerMonth,
                _ => 365.25,
            };
            days.Add((index, n * per));
        }
    }

    /// <summary>Every duration in <paramref name="text"/>, in months, in order; empty when it gives none.</summary>
    public static IReadOnlyList<double> Months(string? text) => Days(text).Select(d => d / DaysPerMonth).ToList();

    /// <summary>Whether two time frames name the same time (see the class); null when either gives no duration.</summary>
    public static bool? Same(string? a, string? b)
    {
        var first = Days(a);
        var second = Days(b);
        if (first.Count == 0 || second.Count == 0) return null;
        double x = first.Max();
        double y = second.Max();
        return Math.Abs(x - y) <= Tolerance * Math.Max(x, y) + 1e-9;
    }

    /// <summary>A duration for messages, in the unit that suits it: "6 months", "2 weeks", "24 hours".</summary>
    public static string Describe(double days) => days switch
    {
        >= 56 => Format(days / DaysPerMonth) + " months",
        >= 14 => Format(days / 7) + " weeks",
        >= 2 => Format(days) + " days",
        _ => Format(days * 24) + " hours",
    };

    /// <summary>A number for messages: "6", "5.5".</summary>
    public static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?:(?<!\b(?:day|d|week|wk|w|month|mo|year|yr|visit)s?\s*)(?:(?<n>\d+(?:\.\d+)?)\s*,\s*)*(?<n>\d+(?:\.\d+)?)\s*(?:\band\b|&)\s*)?(?<n>\d+(?:\.\d+)?)\s*-?\s*(?<unit>minute|min|hour|hr|h|day|d|week|wk|month|mo|year|yr)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberThenUnit();

    [GeneratedRegex(@"\b(?<unit>day|d|week|wk|w|month|mo|year|yr)s?\s*(?<n>\d+(?:\.\d+)?)\b(?!\s*-?\s*(?:minute|min|hour|hr|h|day|d|week|wk|month|mo|year|yr)s?\b)(?:\s*(?:,|\band\b|&)\s*(?<n>\d+(?:\.\d+)?)\b(?!\s*-?\s*(?:minute|min|hour|hr|h|day|d|week|wk|month|mo|year|yr|\.\d)s?\b))*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitThenNumber();
}
