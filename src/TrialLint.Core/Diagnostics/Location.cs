using TrialLint.Text;

namespace TrialLint.Diagnostics;

/// <summary>
/// Where a finding is: a file, a 1-based start and end line and column (UTF-16 columns, end exclusive), and the
/// JSON Pointer of what the finding is about. When the finding is about something missing, the span is that of
/// the closest existing ancestor and <see cref="IsMissing"/> is true; the pointer still names what is missing.
/// </summary>
public sealed record Location(
    string Path,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn,
    JsonPointer Pointer,
    bool IsMissing = false)
{
    /// <summary>A location for a whole file (line 1, column 1), for findings about the file itself.</summary>
    public static Location ForFile(string path) => new(path, 1, 1, 1, 1, JsonPointer.Root);

    /// <inheritdoc/>
    public override string ToString() => $"{Path}:{StartLine}:{StartColumn}";
}
