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
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (c == '{' && i + 1 < format.Length && format[i + 1] == '{') { sb.Append('{'); i++; continue; }
            if (c == '}' && i + 1 < format.Length && format[i + 1] == '}') { sb.Append('}'); i++; continue; }
            int close = c == '{' ? format.IndexOf('}', i + 1) : -1;
            if (close < 0) { sb.Append(c); continue; }
            string name = format.Substring(i + 1, close - i - 1);
            bool found = false;
            foreach (var (key, value) in arguments)
            {
                if (!string.Equals(key, name, StringComparison.Ordinal)) continue;
                sb.Append(FormatValue(value));
                found = true;
                break;
            }
            if (!found) sb.Append(format, i, close - i + 1);
            i = close;
        }
        return sb.ToString();
    }

    private static string FormatValue(object? value) => value switch
    {
        null => "(none)",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
