using System.Buffers;
using System.Text;

namespace TrialLint.Syntax.FastYaml;

/// <summary>
/// Character tests shared by the fast YAML readers. The fast path only accepts text whose line breaks are
/// <c>\n</c> or <c>\r\n</c> and whose only whitespace is the space (see <see cref="AreAllSupported"/>), so these
/// tests are simpler than YAML's own (no tabs, no NEL/LS/PS breaks).
/// </summary>
internal static class YamlChars
{
    /// <summary>
    /// Characters the fast path leaves to YamlDotNet wherever they appear: controls (tabs too, since tab rules in
    /// indentation are subtle), NEL and the C1 range, the LS/PS line breaks, a byte-order mark (YamlDotNet reads
    /// it as part of the first key), noncharacters and surrogates.
    /// </summary>
    private static readonly SearchValues<char> Unsupported = SearchValues.Create(UnsupportedCharacters());

    /// <summary>Whether every character of <paramref name="text"/> is one the fast path handles, and every <c>\r</c> starts a <c>\r\n</c>.</summary>
    public static bool AreAllSupported(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny(Unsupported) >= 0) return false;
        for (int cr = text.IndexOf('\r'); cr >= 0; cr = text.IndexOf('\r', cr + 1))
        {
            if (cr + 1 >= text.Length || text[cr + 1] != '\n') return false;
        }
        return true;
    }

    /// <summary>Whether <paramref name="i"/> is at a line break or past the end.</summary>
    public static bool IsLineEnd(string text, int i) => i >= text.Length || text[i] is '\n' or '\r';

    /// <summary>Whether <paramref name="i"/> is at a space, a line break or past the end (YAML's "white, break or zero").</summary>
    public static bool IsBlankOrEnd(string text, int i) => i >= text.Length || text[i] is ' ' or '\n' or '\r';

    /// <summary>The offset just past the line break at <paramref name="i"/> (<c>\r\n</c> counts as one break).</summary>
    public static int SkipLineBreak(string text, int i) => text[i] == '\r' ? i + 2 : i + 1;

    /// <summary>The offset of the line break that ends the line holding <paramref name="i"/>, or the text's length.</summary>
    public static int LineEnd(string text, int i)
    {
        int end = text.AsSpan(i).IndexOfAny('\n', '\r');
        return end < 0 ? text.Length : i + end;
    }

    /// <summary>Whether a <c>---</c> or <c>...</c> document marker starts at <paramref name="i"/> (the caller knows it is column 1).</summary>
    public static bool IsDocumentMarker(string text, int i) =>
        i + 3 <= text.Length && text[i] is '-' or '.' && text[i + 1] == text[i] && text[i + 2] == text[i] && IsBlankOrEnd(text, i + 3);

    /// <summary>Whether a block sequence entry (<c>-</c> then a space or a line break) starts at <paramref name="i"/>.</summary>
    public static bool IsBlockEntry(string text, int i) => i < text.Length && text[i] == '-' && IsBlankOrEnd(text, i + 1);

    private static string UnsupportedCharacters()
    {
        var set = new StringBuilder();
        for (char c = '\0'; c < ' '; c++)
        {
            if (c is not ('\n' or '\r')) set.Append(c);
        }
        for (char c = '\x7F'; c <= '\x9F'; c++) set.Append(c);
        for (char c = '\uD800'; c <= '\uDFFF'; c++) set.Append(c);
        set.Append('\u2028').Append('\u2029').Append('\uFEFF').Append('\uFFFE').Append('\uFFFF');
        return set.ToString();
    }
}
