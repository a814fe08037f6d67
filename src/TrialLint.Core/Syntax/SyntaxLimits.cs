namespace TrialLint.Syntax;

/// <summary>Limits that keep parsing fast and safe on huge or hostile files.</summary>
public static class SyntaxLimits
{
    /// <summary>Largest report file read, in bytes (16 MB; a full report is a few KB).</summary>
    public const long MaxFileBytes = 16L * 1024 * 1024;

    /// <summary>Deepest nesting of lists and sets of keys.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Most values (keys' values, list items, scalars) in one report: 1,000,000. The largest of 991 real registry
    /// records (2.7 MB) holds about 77,000, so a 16 MB record stays well below it; a report of 800,000 tiny arms
    /// would hold several million and take gigabytes to check, so it is refused with TL0004 instead.
    /// </summary>
    public const int MaxNodes = 1_000_000;

    /// <summary>
    /// Largest whole number read as a count (10^12, a hundred times the world's population): the schema rejects a
    /// larger one (TL0024) and the model leaves it out, so a million counts can be added up without overflowing.
    /// </summary>
    public const long MaxWholeNumber = 1_000_000_000_000;
}
