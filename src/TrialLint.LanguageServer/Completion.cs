using TrialLint.LanguageServer.Protocol;

namespace TrialLint.LanguageServer;

/// <summary>Completion of keys (with their descriptions) and enumerated values, from the file's schema.</summary>
internal static class Completion
{
    public static CompletionList For(SchemaIndex schema, string text, Position position)
    {
        if (YamlPath.At(text, position) is not { } context) return new CompletionList(false, []);
        var items = new List<CompletionItem>();
        if (context.AtValue)
        {
            var valuePath = context.Parent.Append(context.Key!).ToList();
            foreach (string value in schema.EnumValues(valuePath).Where(v => v.StartsWith(context.Prefix, StringComparison.OrdinalIgnoreCase)))
                items.Add(new CompletionItem { Label = value, Kind = 20, Detail = string.Join(".", valuePath.Where(p => !int.TryParse(p, out _))) });
            return new CompletionList(false, items);
        }
        foreach (var (key, description, keySchema) in schema.Keys(context.Parent))
        {
            if (context.Siblings.Contains(key) || !key.StartsWith(context.Prefix, StringComparison.Ordinal)) continue;
            string? type = schema.TypeOf(keySchema);
            items.Add(new CompletionItem
            {
                Label = key,
                Kind = 10,
                Detail = type,
                Documentation = description is null ? null : new MarkupContent("markdown", description),
                InsertText = type is "object" or "array" ? key + ":" : key + ": ",
            });
        }
        // "- " in a list of values (packs: ...): the values its items allow.
        if (items.Count == 0 && context.Parent.Count > 0 && context.Parent[^1] == "0")
        {
            foreach (string value in schema.EnumValues(context.Parent).Where(v => v.StartsWith(context.Prefix, StringComparison.OrdinalIgnoreCase)))
                items.Add(new CompletionItem { Label = value, Kind = 20 });
        }
        return new CompletionList(false, items);
    }
}
