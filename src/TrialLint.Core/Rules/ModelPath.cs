using System.Collections;
using System.Reflection;
using TrialLint.Model;
using TrialLint.Rules.Compilation;
using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Rules;

/// <summary>
/// Resolves a rule's <c>report_at</c> path (<c>registration.id</c>, <c>item.role</c>, <c>flow.periods[0]</c>) to
/// the JSON Pointer of what it names. Where the path leaves the model (a missing section or value), the pointer
/// continues with the remaining names, so the finding points at the closest existing parent and says what is missing.
/// </summary>
public static class ModelPath
{
    /// <summary>Resolves the first of <paramref name="paths"/> that names something present in the report; else the first path.</summary>
    public static JsonPointer ResolveFirst(IReadOnlyList<string> paths, TrialReport report, object? item, SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(tree);
        foreach (string path in paths)
        {
            var pointer = Resolve(path, report, item);
            if (!tree.GetLocation(pointer).IsMissing) return pointer;
        }
        return Resolve(paths[0], report, item);
    }

    /// <summary>Resolves <paramref name="path"/> against the report, with <paramref name="item"/> as <c>item</c>.</summary>
    public static JsonPointer Resolve(string path, TrialReport report, object? item)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(report);
        var segments = Parse(path);
        object? current = report;
        int start = 0;
        if (segments[0].Name == "item") { current = item; start = 1; }
        else if (segments[0].Name == "report") start = 1;

        JsonPointer pointer = current is ModelObject m ? m.Pointer : report.Pointer;
        for (int i = start; i < segments.Count; i++)
        {
            var (name, index) = segments[i];
            if (current is not ModelObject obj || Property(obj.GetType(), name) is not { } property)
                return Continue(pointer, segments, i);
            pointer = obj.PointerOf(name);
            current = property.GetValue(obj);
            if (index is int n)
            {
                if (current is not IList list || n >= list.Count || list[n] is not ModelObject element)
                    return pointer.Append(n);
                current = element;
                pointer = element.Pointer;
            }
            if (current is null && i + 1 < segments.Count) return Continue(pointer, segments, i + 1);
        }
        return pointer;
    }

    private static JsonPointer Continue(JsonPointer pointer, List<(string Name, int? Index)> segments, int from)
    {
        for (int i = from; i < segments.Count; i++)
        {
            pointer = pointer.Append(segments[i].Name);
            if (segments[i].Index is int n) pointer = pointer.Append(n);
        }
        return pointer;
    }

    private static PropertyInfo? Property(Type type, string snakeName) => ModelMembers.Of(type).GetValueOrDefault(snakeName);

    private static List<(string Name, int? Index)> Parse(string path) =>
        path.Split('.').Select(part =>
        {
            int bracket = part.IndexOf('[');
            return bracket < 0 ? (part, (int?)null) : (part[..bracket], int.Parse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture));
        }).ToList();
}
