using System.Globalization;
using System.Text.RegularExpressions;

namespace TrialLint.Registry;

/// <summary>The partial dates registry records use (YYYY, YYYY-MM, YYYY-MM-DD).</summary>
internal static partial class Dates
{
    /// <summary>The date if it is a valid YYYY, YYYY-MM or YYYY-MM-DD date, else null.</summary>
    public static string? Normalise(string? text)
    {
        if (text is null) return null;
        text = text.Trim();
        return Shape().IsMatch(text) && Parts(text) is not null ? text : null;
    }

    /// <summary><paramref name="date"/> plus whole years, in the same precision (29 February becomes 28 February); null for no date.</summary>
    public static string? AddYears(string? date, int years)
    {
        if (Normalise(date) is not { } text || Parts(text) is not var (year, month, day)) return null;
        int y = year + years;
        if (month is null) return y.ToString("D4", CultureInfo.InvariantCulture);
        if (day is null) return $"{y:D4}-{month.Value:D2}";
        int d = Math.Min(day.Value, DateTime.DaysInMonth(y, month.Value));
        return $"{y:D4}-{month.Value:D2}-{d:D2}";
    }

    /// <summary>
    /// <paramref name="date"/> plus whole years and days, as a full date (YYYY-MM-DD): a date given only as a month or
    /// a year counts as its last day, so that a deadline is never earlier than every day the date could stand for;
    /// null for no date.
    /// </summary>
    public static string? AddYearsAndDays(string? date, int years, int days)
    {
        if (Normalise(date) is not { } text || Parts(text) is not var (year, month, day)) return null;
        int m = month ?? 12;
        int y = year + years;
        var last = new DateOnly(y, m, day is { } d ? Math.Min(d, DateTime.DaysInMonth(y, m)) : DateTime.DaysInMonth(y, m));
        return last.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Whether <paramref name="date"/> is certainly before <paramref name="other"/> (a full YYYY-MM-DD date): a date
    /// given only as a month or a year is before it only when its last day is.
    /// </summary>
    public static bool Before(string date, string other)
    {
        if (Normalise(date) is not { } text || Parts(text) is not var (year, month, day)) return false;
        int m = month ?? 12;
        var last = new DateOnly(year, m, day ?? DateTime.DaysInMonth(year, m));
        return DateOnly.TryParseExact(other, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var o) && last < o;
    }

    private static (int Year, int? Month, int? Day)? Parts(string text)
    {
        var parts = text.Split('-');
        int year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        if (year < 1 || year > 9990) return null;
        if (parts.Length == 1) return (year, null, null);
        int month = int.Parse(parts[1], CultureInfo.InvariantCulture);
        if (month is < 1 or > 12) return null;
        if (parts.Length == 2) return (year, month, null);
        int day = int.Parse(parts[2], CultureInfo.InvariantCulture);
        return day >= 1 && day <= DateTime.DaysInMonth(year, month) ? (year, month, day) : null;
    }

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex Shape();
}
