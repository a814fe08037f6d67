using System.Collections.Concurrent;
using System.Text.Json;
using TrialLint.Schema;

namespace TrialLint.LanguageServer;

/// <summary>
/// One of the embedded JSON Schemas (report, configuration, rule, pack) read for editors: the description of the key
/// at a path, the keys a mapping may hold, the values an enumeration allows, and a skeleton of a section. The schemas
/// are plain draft-07 with local <c>$ref</c>s, <c>allOf</c> and <c>items</c>; that is all this walks.
/// </summary>
internal sealed class SchemaIndex
{
    private static readonly ConcurrentDictionary<string, SchemaIndex> Loaded = new(StringComparer.Ordinal);
    private readonly JsonElement _root;

    private SchemaIndex(string fileName)
    {
        FileName = fileName;
        _root = JsonDocument.Parse(EmbeddedSchemas.ReadText(fileName)).RootElement;
    }

    /// <summary>The schema file name (e.g. trial-report.schema.json).</summary>
    public string FileName { get; }

    /// <summary>The embedded schema <paramref name="fileName"/>, read once.</summary>
    public static SchemaIndex Get(string fileName) => Loaded.GetOrAdd(fileName, f => new SchemaIndex(f));

    /// <summary>The schema of the value at <paramref name="path"/> (keys and list indexes), or null when the schema does not describe it.</summary>
    public JsonElement? At(IReadOnlyList<string> path)
    {
        JsonElement? current = _root;
        foreach (string segment in path)
        {
            if (current is not { } schema) return null;
            current = Child(schema, segment);
        }
        return current;
    }

    /// <summary>The description of the value at <paramref name="path"/> (the key's own description first, then its type's).</summary>
    public string? Description(IReadOnlyList<string> path)
    {
        if (path.Count == 0) return null;
        var parent = At(path.Take(path.Count - 1).ToList());
        if (parent is null) return null;
        // The property's own description says what the key means here; a referenced type's says what it is in general.
        foreach (var branch in Branches(parent.Value))
        {
            if (branch.TryGetProperty("properties", out var props) && props.TryGetProperty(path[^1], out var prop))
                return Describe(prop);
        }
        return At(path) is { } own ? Describe(own) : null;
    }

    /// <summary>The keys a mapping at <paramref name="path"/> may hold, with their descriptions, in schema order.</summary>
    public IReadOnlyList<(string Key, string? Description, JsonElement Schema)> Keys(IReadOnlyList<string> path)
    {
        if (At(path) is not { } schema) return [];
        var keys = new List<(string, string?, JsonElement)>();
        foreach (var branch in Branches(schema))
        {
            if (!branch.TryGetProperty("properties", out var props)) continue;
            foreach (var p in props.EnumerateObject())
            {
                if (p.Name == "$schema" || keys.Any(k => k.Item1 == p.Name)) continue;
                keys.Add((p.Name, Describe(p.Value), p.Value));
            }
        }
        return keys;
    }

    /// <summary>The values an enumeration at <paramref name="path"/> allows (strings and numbers as written), or none.</summary>
    public IReadOnlyList<string> EnumValues(IReadOnlyList<string> path)
    {
        if (At(path) is not { } schema) return [];
        var values = new List<string>();
        foreach (var branch in Branches(schema))
        {
            if (branch.TryGetProperty("enum", out var e))
                values.AddRange(e.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText()));
            if (branch.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "boolean")
                values.AddRange(["true", "false"]);
        }
        return values.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The JSON type of the value at a schema ("object", "array", "string" ...), or null.</summary>
    public string? TypeOf(JsonElement schema)
    {
        foreach (var branch in Branches(schema))
        {
            if (branch.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String) return t.GetString();
            if (branch.TryGetProperty("properties", out _)) return "object";
        }
        return null;
    }

    /// <summary>The schema and every schema it is made of (<c>$ref</c>, <c>allOf</c>, <c>anyOf</c>, <c>oneOf</c>), resolved.</summary>
    public IEnumerable<JsonElement> Branches(JsonElement schema) => BranchesOf(schema, _root);

    private static IEnumerable<JsonElement> BranchesOf(JsonElement schema, JsonElement? root, int depth = 0)
    {
        if (schema.ValueKind != JsonValueKind.Object || depth > 8) yield break;
        yield return schema;
        if (schema.TryGetProperty("$ref", out var r) && r.GetString() is { } reference && Resolve(root ?? default, reference) is { } target)
            foreach (var b in BranchesOf(target, root, depth + 1)) yield return b;
        foreach (string combinator in new[] { "allOf", "anyOf", "oneOf" })
        {
            if (!schema.TryGetProperty(combinator, out var list) || list.ValueKind != JsonValueKind.Array) continue;
            foreach (var item in list.EnumerateArray())
                foreach (var b in BranchesOf(item, root, depth + 1)) yield return b;
        }
    }

    private JsonElement? Child(JsonElement schema, string segment)
    {
        foreach (var branch in Branches(schema))
        {
            if (branch.TryGetProperty("properties", out var props) && props.TryGetProperty(segment, out var prop)) return prop;
            if (int.TryParse(segment, out _) && branch.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Object) return items;
        }
        foreach (var branch in Branches(schema))
        {
            if (branch.TryGetProperty("additionalProperties", out var extra) && extra.ValueKind == JsonValueKind.Object) return extra;
        }
        return null;
    }

    private static JsonElement? Resolve(JsonElement root, string reference)
    {
        if (root.ValueKind != JsonValueKind.Object || !reference.StartsWith("#/", StringComparison.Ordinal)) return null;
        var current = root;
        foreach (string part in reference[2..].Split('/'))
        {
            if (!current.TryGetProperty(part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal), out current)) return null;
        }
        return current;
    }

    private string? Describe(JsonElement schema) =>
        Branches(schema).Select(b => b.TryGetProperty("description", out var d) ? d.GetString() : null).FirstOrDefault(d => !string.IsNullOrWhiteSpace(d));
}
