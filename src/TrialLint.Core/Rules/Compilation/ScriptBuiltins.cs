using System.Collections;

namespace TrialLint.Rules.Compilation;

/// <summary>
/// The Scriban built-in functions rule expressions may use (<c>array.size</c>, <c>array.contains</c>,
/// <c>array.map</c>, <c>array.concat</c>, <c>string.downcase</c>, <c>string.upcase</c>, <c>string.strip</c>,
/// <c>string.contains</c>), with the results Scriban's own implementations give for the values rules see.
/// </summary>
internal static class ScriptBuiltins
{
    /// <summary>The supported built-ins by full name, with their number of arguments.</summary>
    public static IReadOnlyDictionary<string, int> Arity { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["array.size"] = 1, ["array.contains"] = 2, ["array.map"] = 2, ["array.concat"] = 2,
        ["string.downcase"] = 1, ["string.upcase"] = 1, ["string.strip"] = 1, ["string.contains"] = 2,
    };

    /// <summary>Applies the built-in <paramref name="name"/> to already evaluated arguments.</summary>
    public static object? Invoke(string name, object? first, object? second) => name switch
    {
        "array.size" => Size(first),
        "array.contains" => Contains(first, second),
        "array.map" => Map(first, Text(second)),
        "array.concat" => Concat(first, second),
        "string.downcase" => Text(first)?.ToLowerInvariant(),
        "string.upcase" => Text(first)?.ToUpperInvariant(),
        "string.strip" => Text(first)?.Trim(),
        "string.contains" => Text(first) is { } text && Text(second) is { } part && text.Contains(part, StringComparison.Ordinal),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a supported built-in"),
    };

    private static int Size(object? list) => list switch
    {
        null => 0,
        string s => s.Length,
        ICollection c => c.Count,
        _ => Enumerable(list).Cast<object?>().Count(),
    };

    private static bool Contains(object? list, object? item)
    {
        if (list is null) return false;
        foreach (var element in Enumerable(list))
            if (Equals(element, item)) return true;
        return false;
    }

    // Elements without the member are skipped; a single object is mapped as a one-element list.
    private static List<object?> Map(object? list, string? member)
    {
        var result = new List<object?>();
        if (list is null || member is null) return result;
        foreach (var element in list is IEnumerable e ? e.Cast<object?>() : [list])
            if (ScriptMembers.Has(element, member)) result.Add(ScriptMembers.Read(element, member));
        return result;
    }

    private static object? Concat(object? first, object? second)
    {
        if (first is null) return second is null ? null : Enumerable(second);
        if (second is null) return Enumerable(first);
        var result = new List<object?>(Enumerable(first).Cast<object?>());
        result.AddRange(Enumerable(second).Cast<object?>());
        return result;
    }

    private static IEnumerable Enumerable(object value) => value as IEnumerable
        ?? throw new RuleRuntimeException($"'{ScriptText.Of(value)}' is not a list");

    // A text argument: text as it is, anything else as the interpreter printed it.
    private static string? Text(object? value) => value as string ?? ScriptText.Of(value);
}
