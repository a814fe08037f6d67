using System.Globalization;
using TrialLint.Diagnostics;
using TrialLint.Text;

namespace TrialLint.Syntax;

/// <summary>Chooses the YAML or JSON parser for a report by its file name, or by its first character when the name does not say.</summary>
public static class SyntaxParser
{
    /// <summary>Parses <paramref name="source"/> as YAML or JSON.</summary>
    public static SyntaxTree Parse(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var tree = DetectFormat(source) == SourceFormat.Json ? JsonSyntaxParser.Parse(source) : YamlSyntaxParser.Parse(source);
        return WithinNodeLimit(tree);
    }

    /// <summary>
    /// Parses <paramref name="source"/>, decoded from <paramref name="utf8"/> (without a byte-order mark). Well-formed
    /// JSON is read into a <see cref="JsonTokenTable"/>, whose tree builds its nodes only when asked (a registry record
    /// is mapped from the table); JSON with errors, and YAML, go to their parsers as before.
    /// </summary>
    internal static SyntaxTree Parse(SourceText source, ReadOnlyMemory<byte> utf8)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (DetectFormat(source) != SourceFormat.Json) return WithinNodeLimit(YamlSyntaxParser.Parse(source));
        if (JsonTokenTable.TryParse(utf8) is { } table)
        {
            // The parser reports repeated keys; the table only notes that there are some.
            var parsed = table.HasDuplicateKeys ? JsonSyntaxParser.Parse(source, utf8.Span) : null;
            return SyntaxTree.ForTable(source, table, parsed?.Root, parsed?.Diagnostics ?? []);
        }
        return WithinNodeLimit(JsonSyntaxParser.Parse(source, utf8.Span));
    }

    /// <summary>
    /// A tree with more than <see cref="SyntaxLimits.MaxNodes"/> values is not checked: it is replaced by one without
    /// a root and a TL0004 finding at its longest list, so memory and time stay bounded whatever the input.
    /// </summary>
    private static SyntaxTree WithinNodeLimit(SyntaxTree tree)
    {
        if (tree.Root is null || tree.NodeCount <= SyntaxLimits.MaxNodes) return tree;
        long count = 0;
        SequenceNode? longest = null;
        var pending = new Stack<SyntaxNode>();
        pending.Push(tree.Root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            count++;
            switch (node)
            {
                case MappingNode mapping:
                    foreach (var property in mapping.Properties) pending.Push(property.Value);
                    break;
                case SequenceNode sequence:
                    if (longest is null || sequence.Items.Count > longest.Items.Count) longest = sequence;
                    foreach (var item in sequence.Items) pending.Push(item);
                    break;
            }
        }
        if (count <= SyntaxLimits.MaxNodes) return tree;
        var at = longest is null ? Location.ForFile(tree.Source.Path) : tree.GetLocation(longest);
        string where = longest is null ? "" : $" (the longest list, at {(longest.Pointer.ToString() is { Length: > 0 } p ? p : "/")}, has {longest.Items.Count.ToString("N0", CultureInfo.InvariantCulture)} items)";
        var problem = Diagnostic.Create(InputDiagnostics.TooLarge, at,
            ("reason", $"it holds more than {SyntaxLimits.MaxNodes.ToString("N0", CultureInfo.InvariantCulture)} values, the most TrialLint checks in one report{where}"));
        return new SyntaxTree(tree.Source, tree.Format, null, [.. tree.Diagnostics, problem]);
    }

    /// <summary>JSON for <c>.json</c> files, YAML for <c>.yaml</c>/<c>.yml</c>; otherwise JSON when the text starts with '{' or '['.</summary>
    public static SourceFormat DetectFormat(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        string path = source.Path;
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return SourceFormat.Json;
        if (path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)) return SourceFormat.Yaml;
        foreach (char c in source.Text)
        {
            if (char.IsWhiteSpace(c)) continue;
            return c is '{' or '[' ? SourceFormat.Json : SourceFormat.Yaml;
        }
        return SourceFormat.Yaml;
    }
}
