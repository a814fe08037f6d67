namespace TrialLint.Syntax;

/// <summary>Limits that keep parsing fast and safe on huge or hostile files.</summary>
public static class SyntaxLimits
{
    /// <summary>Largest report file read, in bytes (16 MB; a full report is a few KB).</summary>
    public const long MaxFileBytes = 16L * 1024 * 1024;

    /// <summary>Deepest nesting of lists and sets of keys.</summary>
    public const int MaxDepth = 64;
}
