using System.Globalization;
using System.Text;

namespace TrialLint.Output;

/// <summary>
/// Makes text from a report safe to print on a terminal: control characters (an ESC sequence can recolour, move
/// the cursor or retitle the window), C1 controls, line and paragraph separators, and bidirectional overrides (which
/// reorder what a reader sees) are never written as they are.
/// </summary>
public static class TerminalText
{
    /// <summary>Whether <paramref name="c"/> must not reach a terminal as it is.</summary>
    public static bool IsUnsafe(char c) =>
        char.IsControl(c)                               // C0 (with tab, CR, LF), DEL and C1
        || c is '\u2028' or '\u2029'                    // line and paragraph separators
        || c is >= '\u202A' and <= '\u202E'             // embeddings and overrides
        || c is >= '\u2066' and <= '\u2069'             // isolates
        || c is '\u200E' or '\u200F' or '\u061C';       // direction marks

    /// <summary>Text with every unsafe character written as an escape such as <c>\u001B</c> (a tab stays a space).</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(IsUnsafe)) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            if (c == '\t') sb.Append(' ');
            else if (IsUnsafe(c)) sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Text with each unsafe character shown as one replacement mark (a tab as a space), so columns are kept.</summary>
    public static string OneCharEach(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(IsUnsafe)) return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (int i = 0; i < source.Length; i++)
                span[i] = source[i] == '\t' ? ' ' : IsUnsafe(source[i]) ? '\uFFFD' : source[i];
        });
    }
}
