using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using TrialLint.Model;

namespace TrialLint.Registry;

/// <summary>
/// Writes a report model as a TrialLint report in YAML (format version 1): every field the model holds, under its
/// snake_case key, in the order of the report format; text in double quotes (or a literal block when it has several
/// lines), so that nothing in a record's free text can change the structure. A list the source gave but left empty
/// is written as <c>[]</c> ("none"), a list it did not give is left out ("not reported"). Used by
/// <c>triallint import ctgov</c>.
/// </summary>
public static class ReportYamlWriter
{

    /// <summary>
    /// The report as YAML. <paramref name="header"/> lines are written first as comments; <paramref name="packs"/>
    /// replaces the report's own packs; <paramref name="extensions"/> are written last as <c>x-</c> keys.
    /// </summary>
    public static string Write(TrialReport report, IEnumerable<string>? header = null, IReadOnlyList<string>? packs = null,
        IReadOnlyList<(string Key, IReadOnlyList<(string Name, object? Value)> Values)>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        foreach (string line in header ?? []) sb.Append(line.Length == 0 ? "#" : "# " + line).Append('\n');
        if (header is not null) sb.Append('\n');
        sb.Append("format_version: 1\n");
        foreach (var property in PropertiesOf(typeof(TrialReport)))
        {
            if (property.Name is nameof(TrialReport.FormatVersion) or nameof(TrialReport.Record) or nameof(TrialReport.Registered)) continue;
            object? value = property.GetValue(report);
            if (property.Name == nameof(TrialReport.Packs) && packs is { Count: > 0 }) value = packs;
            WriteMember(sb, 0, SnakeCase.Rename(property.Name), value, report.Has(SnakeCase.Rename(property.Name)));
        }
        foreach (var (key, values) in extensions ?? [])
        {
            var present = values.Where(v => v.Value is not null).ToList();
            if (present.Count == 0) continue;
            sb.Append(key).Append(":\n");
            foreach (var (name, value) in present) WriteMember(sb, 1, name, value, true);
        }
        return sb.ToString();
    }

    private static void WriteMember(StringBuilder sb, int depth, string key, object? value, bool given)
    {
        string indent = new(' ', depth * 2);
        switch (value)
        {
            case null:
                return;
            case string text:
                sb.Append(indent).Append(key).Append(": ");
                WriteText(sb, text, indent);
                return;
            case ModelObject obj:
                if (!HasContent(obj)) return;
                sb.Append(indent).Append(key).Append(":\n");
                WriteObject(sb, obj, depth + 1);
                return;
            case IEnumerable list:
                var items = list.Cast<object?>().Where(i => i is not null).ToList();
                if (items.Count == 0)
                {
                    if (given) sb.Append(indent).Append(key).Append(": []\n");
                    return;
                }
                if (items.All(i => i is string))
                {
                    sb.Append(indent).Append(key).Append(":\n");
                    foreach (string item in items.Cast<string>())
                    {
                        sb.Append(indent).Append("  - ");
                        WriteText(sb, item, indent + "    ");
                    }
                    return;
                }
                sb.Append(indent).Append(key).Append(":\n");
                foreach (var item in items.OfType<ModelObject>())
                {
                    // A list item: "- " then its first key on the same line, the others aligned below it.
                    var inner = new StringBuilder();
                    WriteObject(inner, item, depth + 2);
                    string block = inner.Length > 0 ? inner.ToString() : new string(' ', (depth + 2) * 2) + "{}\n";
                    sb.Append(indent).Append("  - ").Append(block.AsSpan((depth + 2) * 2));
                }
                return;
            default:
                sb.Append(indent).Append(key).Append(": ").Append(Scalar(value)).Append('\n');
                return;
        }
    }

    private static void WriteObject(StringBuilder sb, ModelObject obj, int depth)
    {
        foreach (var property in PropertiesOf(obj.GetType()))
        {
            string key = SnakeCase.Rename(property.Name);
            WriteMember(sb, depth, key, property.GetValue(obj), obj.Has(key));
        }
    }

    private static bool HasContent(ModelObject obj) =>
        PropertiesOf(obj.GetType()).Any(p => p.GetValue(obj) switch
        {
            null => false,
            string => true,
            ModelObject inner => HasContent(inner),
            IEnumerable list => list.Cast<object?>().Any() || obj.Has(SnakeCase.Rename(p.Name)),
            _ => true,
        });

    private static PropertyInfo[] PropertiesOf(Type type) => ModelMembers.InOrder(type);

    private static string Scalar(object value) => value switch
    {
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => Quote(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    /// <summary>Text as a literal block when it has several clean lines, else as one double-quoted line.</summary>
    private static void WriteText(StringBuilder sb, string text, string indent)
    {
        bool block = text.Contains('\n', StringComparison.Ordinal)
            && !text.EndsWith('\n') && !text.StartsWith(' ') && !text.StartsWith('\n')
            && text.All(c => c == '\n' || !char.IsControl(c) || c == '\t')
            && !text.Contains('\r', StringComparison.Ordinal)
            && !text.Split('\n').Any(line => line.EndsWith(' ') || line.EndsWith('\t'));
        if (!block)
        {
            sb.Append(Quote(text)).Append('\n');
            return;
        }
        sb.Append("|-\n");
        foreach (string line in text.Split('\n'))
        {
            if (line.Length > 0) sb.Append(indent).Append("  ").Append(line);
            sb.Append('\n');
        }
    }

    /// <summary>A YAML double-quoted scalar (JSON escapes are valid YAML escapes).</summary>
    public static string Quote(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF') sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
