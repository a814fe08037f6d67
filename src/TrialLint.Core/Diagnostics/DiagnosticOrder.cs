namespace TrialLint.Diagnostics;

/// <summary>Orders findings as a reader meets them: by file, line, column, then id.</summary>
public sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    /// <summary>The shared instance.</summary>
    public static DiagnosticOrder Instance { get; } = new();

    /// <inheritdoc/>
    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        int c = string.CompareOrdinal(x.Location.Path, y.Location.Path);
        if (c == 0) c = x.Location.StartLine.CompareTo(y.Location.StartLine);
        if (c == 0) c = x.Location.StartColumn.CompareTo(y.Location.StartColumn);
        if (c == 0) c = string.CompareOrdinal(x.Id, y.Id);
        if (c == 0) c = string.CompareOrdinal(x.Message, y.Message);
        return c;
    }
}
