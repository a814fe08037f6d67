using System.Text;

namespace TrialLint.Output.Html;

/// <summary>
/// Escaping for everything that reaches HTML from a report, a rule or the configuration. One escaper serves text,
/// attribute values and inline SVG (HTML5 parses inline SVG with the same rules), and drops control characters;
/// URLs are only kept when their scheme is safe.
/// </summary>
public static class HtmlText
{
    /// <summary>Escapes &amp; &lt; &gt; &quot; ' and drops control characters other than tab and line breaks.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        StringBuilder? sb = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '`' => "&#96;",
                _ when char.IsControl(c) && c is not ('\t' or '\n' or '\r') => string.Empty,
                _ => null,
            };
            if (replacement is null)
            {
                sb?.Append(c);
                continue;
            }
            sb ??= new StringBuilder(text, 0, i, text.Length + 32);
            sb.Append(replacement);
        }
        return sb?.ToString() ?? text;
    }

    /// <summary>
    /// Returns <paramref name="url"/> if it is an http(s) or mailto address or a fragment (#...), else null: a
    /// <c>javascript:</c>, <c>data:</c> or <c>vbscript:</c> address never becomes a link.
    /// </summary>
    public static string? SafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        string trimmed = new(url.Trim().Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        if (trimmed.StartsWith('#')) return trimmed;
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" or "mailto" ? uri.AbsoluteUri : null;
    }
}
