using System.Collections;
using System.Globalization;

namespace TrialLint.Rules;

/// <summary>How rule expressions see values: what counts as true, as present, and as a number.</summary>
public static class RuleValues
{
    /// <summary>False for null, false, zero, blank text and empty lists; true otherwise.</summary>
    public static bool IsTruthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => !string.IsNullOrWhiteSpace(s),
        int i => i != 0,
        long l => l != 0,
        double d => d != 0 && !double.IsNaN(d),
        decimal m => m != 0,
        ICollection c => c.Count > 0,
        _ => true,
    };

    /// <summary>Whether a value is given: not null, not blank text, not an empty list.</summary>
    public static bool IsPresent(object? value) => value switch
    {
        null => false,
        string s => !string.IsNullOrWhiteSpace(s),
        ICollection c => c.Count > 0,
        _ => true,
    };

    /// <summary>The value as a number, or null.</summary>
    public static double? ToNumber(object? value) => value switch
    {
        null => null,
        int i => i,
        long l => l,
        double d => d,
        float f => f,
        decimal m => (double)m,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) => d,
        _ => null,
    };

    /// <summary>The value as a list (a single value becomes a one-item list; null an empty one).</summary>
    public static IEnumerable<object?> ToList(object? value) => value switch
    {
        null => [],
        string s => [s],
        IEnumerable e => e.Cast<object?>(),
        _ => [value],
    };
}
