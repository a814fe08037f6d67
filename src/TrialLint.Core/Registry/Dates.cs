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
