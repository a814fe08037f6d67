using TrialLint.Text;

namespace TrialLint.Syntax;

/// <summary>Chooses the YAML or JSON parser for a report by its file name, or by its first character when the name does not say.</summary>
public static class SyntaxParser
{
    /// <summary>Parses <paramref name="source"/> as YAML or JSON.</summary>
    public static SyntaxTree Parse(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return DetectFormat(source) == SourceFormat.Json ? JsonSyntaxParser.Parse(source) : YamlSyntaxParser.Parse(source);
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
