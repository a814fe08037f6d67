using System.Collections;
using System.Globalization;
using System.Text;

namespace TrialLint.Rules.Compilation;

/// <summary>
/// Turns values into text exactly as Scriban's <c>TemplateContext.ObjectToString</c> did for rule expressions
/// (string operators and message values depend on it): invariant culture, <c>true</c>/<c>false</c>, lists as
/// <c>[1, "a"]</c>, and text of 10,000 characters or more cut there with "..." appended, as the sandbox's
/// <c>LimitToString</c> did.
/// </summary>
internal static class ScriptText
{
    /// <summary>The length at which text is cut (the interpreter's <c>LimitToString</c>).</summary>
    public const int Limit = 10_000;

    /// <summary>The value as text; null for null.</summary>
    public static string? Of(object? value)
    {
        string? text = Format(value, nested: false);
        return text is { Length: >= Limit } ? string.Concat(text.AsSpan(0, Limit), "...") : text;
    }

    private static string? Format(object? value, bool nested)
    {
        switch (value)
        {
            case string s:
                return nested ? "\"" + Escape(s) + "\"" : s;
            case null:
                return nested ? "null" : null;
            case bool b:
                return b ? "true" : "false";
            case IFormattable formattable:
                return formattable.ToString(null, CultureInfo.InvariantCulture);
            case IConvertible convertible:
                return convertible.ToString(CultureInfo.InvariantCulture);
            case IEnumerable list:
                var sb = new StringBuilder("[");
                bool first = true;
                foreach (var item in list)
                {
                    if (!first) sb.Append(", ");
                    sb.Append(Format(item, nested: true));
                    first = false;
                }
                return sb.Append(']').ToString();
            default:
                return value.ToString();
        }
    }

    private static string Escape(string s) => s
        .Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
