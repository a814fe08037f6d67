using System.Text;
using TrialLint.LanguageServer.Protocol;

namespace TrialLint.LanguageServer;

/// <summary>
/// An open document: its text and version, changed by the client's edits (incremental ranges or whole text).
/// Lines end at \n, \r\n or \r, and characters are UTF-16 code units, as LSP counts them by default.
/// </summary>
internal sealed class TextDocument(string uri, string path, int version, string text)
{
    public string Uri { get; } = uri;

    /// <summary>The file path the engine sees (for configuration lookup and messages).</summary>
    public string Path { get; } = path;

    public int Version { get; private set; } = version;

    public string Text { get; private set; } = text;

    /// <summary>Applies the changes of one didChange, in order.</summary>
    public void Apply(int version, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        string text = Text;
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                text = change.Text;
                continue;
            }
            int start = OffsetOf(text, change.Range.Start);
            int end = Math.Max(start, OffsetOf(text, change.Range.End));
            text = string.Concat(text.AsSpan(0, start), change.Text, text.AsSpan(end));
        }
        Text = text;
        Version = version;
    }

    /// <summary>The offset of a position; a position past the end of its line is the line's end, past the last line the text's end.</summary>
    public static int OffsetOf(string text, Position position)
    {
        int offset = 0;
        for (int line = 0; line < position.Line; line++)
        {
            int next = text.IndexOfAny(['\n', '\r'], offset);
            if (next < 0) return text.Length;
            offset = next + (text[next] == '\r' && next + 1 < text.Length && text[next + 1] == '\n' ? 2 : 1);
        }
        int lineEnd = text.IndexOfAny(['\n', '\r'], offset);
        if (lineEnd < 0) lineEnd = text.Length;
        return Math.Min(offset + Math.Max(0, position.Character), lineEnd);
    }

    /// <summary>The position of an offset.</summary>
    public static Position PositionOf(string text, int offset)
    {
        int line = 0, lineStart = 0;
        for (int i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, Math.Min(offset, text.Length) - lineStart);
    }

    /// <summary>The text of a 0-based line, without its line break ("" past the end).</summary>
    public static string LineAt(string text, int line)
    {
        int start = OffsetOf(text, new Position(line, 0));
        if (line > 0 && start == text.Length && PositionOf(text, start).Line != line) return string.Empty;
        int end = text.IndexOfAny(['\n', '\r'], start);
        return end < 0 ? text[start..] : text[start..end];
    }

    /// <summary>The line break the text uses (\n when it has none).</summary>
    public static string LineBreak(string text) => text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

    /// <summary>The uri of a file path.</summary>
    public static string UriOf(string path) => new Uri(System.IO.Path.GetFullPath(path)).AbsoluteUri;

    /// <summary>The path of a uri: a file uri's local path, or the uri itself (an unsaved buffer).</summary>
    public static string PathOf(string uri) =>
        System.Uri.TryCreate(uri, UriKind.Absolute, out var u) && u.IsFile ? u.LocalPath : uri;

    /// <summary>Indentation (spaces) of a line.</summary>
    public static int Indent(string line)
    {
        int n = 0;
        while (n < line.Length && line[n] == ' ') n++;
        return n;
    }

    /// <summary>Spaces.</summary>
    public static string Spaces(int n) => new StringBuilder().Append(' ', Math.Max(0, n)).ToString();
}
