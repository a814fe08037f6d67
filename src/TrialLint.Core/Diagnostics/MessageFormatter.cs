using System.Globalization;
using System.Text;

namespace TrialLint.Diagnostics;

/// <summary>Fills named placeholders such as <c>{arm}</c> in a message format.</summary>
public static class MessageFormatter
{
    /// <summary>
    /// Replaces each <c>{name}</c> with its argument; <c>{{</c> and <c>}}</c> stand for braces. An unknown name is
    /// left as written, so a typo in a rule file shows up in its own output rather than throwing.
    /// </summary>
    public static string Format(string format, IEnumerable<KeyValuePair<string, object?>> arguments)
    {
        ArgumentNullException.ThrowIfNull(format);
        if (format.IndexOf('{') < 0 && format.IndexOf('}') < 0) return format;
        var sb = new StringBuilder(format.Length + 32);
        foreach (var part in Parse(format))
        {
            if (part.Name is null) { sb.Append(part.Text); continue; }
            bool found = false;
            foreach (var (key, value) in arguments)
            {
                if (!string.Equals(key, part.Name, StringComparison.Ordinal)) continue;
                sb.Append(FormatValue(value));
                found = true;
                break;
            }
            if (!found) sb.Append(part.Text);
        }
        return sb.ToString();
    }

    /// <summary>
    /// The placeholders of <paramref name="format"/> in order: each <c>{name}</c> with the offset of its opening brace
    /// (<c>{{</c> and <c>}}</c> are braces, not placeholders). Rule files are checked with it when they load, so a
    /// placeholder that names nothing is caught before it prints literally.
    /// </summary>
    public static IEnumerable<(string Name, int Offset)> Placeholders(string format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return Parse(format).Where(p => p.Name is not null).Select(p => (p.Name!, p.Offset));
    }

    /// <summary>Splits a format into literal text (Name null; escaped braces already single) and placeholders.</summary>
    private static IEnumerable<(string Text, string? Name, int Offset)> Parse(string format)
    {
        int literal = 0;
        var text = new StringBuilder();
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if ((c == '{' || c == '}') && i + 1 < format.Length && format[i + 1] == c) { text.Append(c); i++; continue; }
            int close = c == '{' ? format.IndexOf('}', i + 1) : -1;
            if (close < 0) { text.Append(c); continue; }
            if (text.Length > 0) { yield return (text.ToString(), null, literal); text.Clear(); }
            yield return (format.Substring(i, close - i + 1), format.Substring(i + 1, close - i - 1), i);
            i = close;
            literal = i + 1;
        }
        if (text.Length > 0) yield return (text.ToString(), null, literal);
    }

    private static string FormatValue(object? value) => value switch
    {
        null => "(none)",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
