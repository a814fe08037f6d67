namespace TrialLint.Text;

/// <summary>
/// The decoded text of one source file with a line map, so any character offset can be turned into a
/// 1-based line and a 1-based column counted in UTF-16 code units (SARIF's default column unit).
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    /// <summary>Creates a source text for <paramref name="path"/> holding <paramref name="text"/>.</summary>
    public SourceText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        Path = path;
        Text = text;
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The path the text was read from, as the user gave it.</summary>
    public string Path { get; }

    /// <summary>The whole text, without a byte-order mark.</summary>
    public string Text { get; }

    /// <summary>Number of lines (a final line without a newline counts).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>Returns the 1-based line and column of a 0-based character offset.</summary>
    public LinePosition GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        int line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0) line = ~line - 1;
        return new LinePosition(line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>Returns the 0-based offset of a 1-based line and column, clamped to the text.</summary>
    public int GetOffset(int line, int column)
    {
        line = Math.Clamp(line, 1, LineCount);
        int start = _lineStarts[line - 1];
        return Math.Min(start + Math.Max(column - 1, 0), GetLineEnd(line));
    }

    /// <summary>Returns the text of a 1-based line without its line break.</summary>
    public string GetLineText(int line)
    {
        if (line < 1 || line > LineCount) return string.Empty;
        int start = _lineStarts[line - 1];
        return Text.Substring(start, GetLineEnd(line) - start);
    }

    private int GetLineEnd(int line)
    {
        int start = _lineStarts[line - 1];
        int end = line < LineCount ? _lineStarts[line] : Text.Length;
        // A line holds no break but the one that ends it: \n, \r\n or a lone \r.
        while (end > start && Text[end - 1] is '\n' or '\r') end--;
        return end;
    }

    private static int[] ComputeLineStarts(string text)
    {
        // Sized by counting the breaks first (vectorised, as is the search below): exact when lines end in \n alone.
        ReadOnlySpan<char> span = text;
        var starts = new int[span.Count('\n') + span.Count('\r') + 1];
        int count = 1;
        for (int i = 0; ;)
        {
            int next = span[i..].IndexOfAny('\r', '\n');
            if (next < 0) break;
            i += next;
            if (span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n') i++;
            starts[count++] = ++i;
        }
        if (count < starts.Length) Array.Resize(ref starts, count);
        return starts;
    }
}
