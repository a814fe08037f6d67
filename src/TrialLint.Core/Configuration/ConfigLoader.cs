using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Rules;
using TrialLint.Schema;
using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Configuration;

/// <summary>
/// Loads <c>.triallint.yaml</c>: YAML with positions, validated against <c>schemas/config.schema.json</c>, then
/// checked for rule ids and packs that do not exist. Every problem is a TL0809 finding at its line, and a config
/// with problems is not used: the run stops with exit code 2 rather than check something other than asked.
/// </summary>
public static class ConfigLoader
{
    /// <summary>Loads <paramref name="path"/>; returns null when it has problems (in <paramref name="diagnostics"/>).</summary>
    public static TrialLintConfig? Load(string path, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        string text;
        try
        {
            // A configuration is read like a report: never a device or a pipe, never more than a report may hold.
            text = InputFile.TryReadSource(path, SyntaxLimits.MaxFileBytes)?.Text
                ?? throw new IOException($"it is not a readable file of at most {SyntaxLimits.MaxFileBytes / (1024 * 1024)} MB");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Create(ConfigurationDiagnostics.ConfigInvalid, Location.ForFile(path), ("reason", $"The configuration cannot be read: {ex.Message}")));
            return null;
        }
        return Load(new SourceText(path, text), diagnostics);
    }

    /// <summary>Loads a configuration from its text (an editor's buffer); returns null when it has problems.</summary>
    public static TrialLintConfig? Load(SourceText source, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(diagnostics);
        string path = source.Path;
        var tree = YamlSyntaxParser.Parse(source);
        if (tree.Root is null && tree.Diagnostics.IsEmpty) return new TrialLintConfig { Path = path };
        var problems = tree.Diagnostics.Concat(tree.Root is null ? [] : SchemaValidator.Validate(tree, "config.schema.json")).ToList();
        foreach (var problem in problems)
            diagnostics.Add(Diagnostic.Create(ConfigurationDiagnostics.ConfigInvalid, problem.Location, ("reason", problem.Message)));
        if (problems.Count > 0 || tree.Root is not MappingNode root) return null;

        string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var packs = ImmutableArray.CreateBuilder<string>();
        var folders = ImmutableArray.CreateBuilder<string>();
        if (root["extends"] is SequenceNode extends)
        {
            foreach (var item in extends.Items.OfType<ScalarNode>())
            {
                // A path names a folder of rule files; a bare word names a pack.
                if (item.Value.Contains('/') || item.Value.Contains('\\') || item.Value.StartsWith('.')) folders.Add(Path.GetFullPath(Path.Combine(directory, item.Value)));
                else packs.Add(item.Value);
            }
        }
        return new TrialLintConfig
        {
            Path = path,
            Packs = packs.ToImmutable(),
            RuleFolders = folders.ToImmutable(),
            Rules = ReadRules(root["rules"]),
            Overrides = root["overrides"] is SequenceNode overrides ? overrides.Items.OfType<MappingNode>().Select(ReadOverride).ToImmutableArray() : [],
            FailLevel = Text(root, "failLevel") is { } level ? Enum.Parse<DiagnosticSeverity>(level, ignoreCase: true) : null,
            MaxWarnings = root["maxWarnings"] is ScalarNode max ? (int?)max.AsInteger() : null,
            Include = Strings(root["include"]),
            Exclude = Strings(root["exclude"]),
            Registry = Text(root, "registry") is { } registry ? Path.GetFullPath(Path.Combine(directory, registry)) : null,
            RegistryRecords = root["registryRecords"] is ScalarNode records && records.AsBoolean() == true,
        };
    }

    /// <summary>
    /// Checks the rule ids and packs a loaded configuration names against <paramref name="rules"/>; each unknown one is a
    /// TL0809 finding at its line. Returns whether the configuration is usable.
    /// </summary>
    public static bool CheckNames(TrialLintConfig config, RuleSet rules, ICollection<Diagnostic> diagnostics) =>
        CheckNames(config, rules, diagnostics, null);

    /// <summary>As <see cref="CheckNames(TrialLintConfig, RuleSet, ICollection{Diagnostic})"/>, on the configuration's text when given (an editor's buffer).</summary>
    public static bool CheckNames(TrialLintConfig config, RuleSet rules, ICollection<Diagnostic> diagnostics, SourceText? text)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if ((text ?? InputFile.TryReadSource(config.Path, SyntaxLimits.MaxFileBytes)) is not { } source) return true;
        var tree = YamlSyntaxParser.Parse(source);
        if (tree.Root is not MappingNode root) return true;
        var ids = rules.Descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var packs = rules.Packs.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        int before = diagnostics.Count;

        void CheckRules(SyntaxNode? node)
        {
            if (node is not MappingNode map) return;
            foreach (var property in map.Properties.Where(p => !ids.Contains(p.Name)))
            {
                string guess = TextDistance.ClosestId(property.Name, ids) is { } g ? $"; did you mean {g}?" : "; 'triallint rules list' lists them";
                diagnostics.Add(Diagnostic.Create(ConfigurationDiagnostics.ConfigInvalid, tree.CreateLocation(property.NameSpan, property.Value.Pointer),
                    ("reason", $"'{property.Name}' is not a rule TrialLint knows{guess}")));
            }
        }

        CheckRules(root["rules"]);
        if (root["overrides"] is SequenceNode overrides)
            foreach (var item in overrides.Items.OfType<MappingNode>()) CheckRules(item["rules"]);
        if (root["extends"] is SequenceNode extends)
        {
            foreach (var item in extends.Items.OfType<ScalarNode>())
            {
                bool isFolder = item.Value.Contains('/') || item.Value.Contains('\\') || item.Value.StartsWith('.');
                if (isFolder && !Directory.Exists(Path.Combine(config.Directory, item.Value)))
                    diagnostics.Add(Diagnostic.Create(ConfigurationDiagnostics.ConfigInvalid, tree.GetLocation(item), ("reason", $"the rule folder '{item.Value}' does not exist")));
                else if (!isFolder && !packs.Contains(item.Value))
                    diagnostics.Add(Diagnostic.Create(ConfigurationDiagnostics.ConfigInvalid, tree.GetLocation(item),
                        ("reason", $"'{item.Value}' is not a rule pack TrialLint knows ({string.Join(", ", packs.Order(StringComparer.Ordinal))})")));
            }
        }
        if (config.Registry is { } registry && !Directory.Exists(registry))
            diagnostics.Add(Diagnostic.Create(ConfigurationDiagnostics.ConfigInvalid, tree.GetLocation(JsonPointer.Root.Append("registry")), ("reason", $"the registry folder '{registry}' does not exist")));
        return diagnostics.Count == before;
    }

    private static ImmutableDictionary<string, RuleSetting> ReadRules(SyntaxNode? node) =>
        node is MappingNode map
            ? map.Properties.Where(p => p.Value is ScalarNode).ToImmutableDictionary(p => p.Name, p => RuleSetting.Parse(((ScalarNode)p.Value).Value), StringComparer.Ordinal)
            : ImmutableDictionary<string, RuleSetting>.Empty;

    private static ConfigOverride ReadOverride(MappingNode node)
    {
        string? file = null, pointer = null;
        if (Text(node, "pointer") is { } target)
        {
            int hash = target.IndexOf('#');
            file = target[..hash].Replace('\\', '/');
            pointer = target[(hash + 1)..];
        }
        return new ConfigOverride(Strings(node["files"]), file, pointer, ReadRules(node["rules"]), Text(node, "reason") ?? string.Empty);
    }

    private static string? Text(MappingNode node, string key) => node[key] is ScalarNode { Type: not ScalarType.Null } s ? s.Value : null;

    private static ImmutableArray<string> Strings(SyntaxNode? node) =>
        node is SequenceNode seq ? seq.Items.OfType<ScalarNode>().Select(s => s.Value).ToImmutableArray() : [];
}
