using System.Text;

namespace TrialLint.Output.Markdown;

/// <summary>
/// Escapes text from reports and rules for Markdown, including GitHub's: characters with Markdown meaning are
/// backslash-escaped (brackets included, so no text can become a link), HTML special characters become entities (GitHub renders inline HTML), line breaks (also U+2028, U+2029) become
/// spaces so a table row stays one row, and control characters are dropped.
/// </summary>
public static class MarkdownText
{
    /// <summary>Escapes <paramref name="text"/> for a table cell or a paragraph.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var sb = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\r' or '\n' or '\t' or '\u2028' or '\u2029': sb.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '|' or '!' or '~':
                    sb.Append('\\').Append(c);
                    break;
                default:
                    if (!char.IsControl(c)) sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>A link whose address is kept only when it is http(s); otherwise just the escaped text.</summary>
    public static string Link(string text, string? url) =>
        url is not null && (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ? $"[{Escape(text)}](<{url.Replace("<", "%3C").Replace(">", "%3E").Replace(" ", "%20")}>)"
            : Escape(text);
}
