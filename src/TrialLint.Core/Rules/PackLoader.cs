using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Schema;
using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Rules;

/// <summary>Loads pack manifests (<c>rules/packs/*.yaml</c>), validated against <c>schemas/pack.schema.json</c>.</summary>
public static class PackLoader
{
    /// <summary>Loads one manifest; returns null with the reasons in <paramref name="diagnostics"/>.</summary>
    public static RulePack? Load(RuleSource source, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (RuleFileLoader.ParseValid(source, "pack.schema.json", diagnostics) is not { } parsed) return null;
        var root = parsed.Root;
        string? Text(string key) => root[key] is ScalarNode { Type: not ScalarType.Null } s ? s.Value : null;
        var selection = Text("selected_when") switch
        {
            "randomised" => PackSelection.Randomised,
            "not-randomised" => PackSelection.NotRandomised,
            "always" => PackSelection.Always,
            "registry" => PackSelection.Registry,
            "cross-check" => PackSelection.CrossCheck,
            _ => PackSelection.Never,
        };
        var rules = root["rules"] is SequenceNode seq ? seq.Items.OfType<ScalarNode>().Select(s => s.Value).ToImmutableArray() : [];
        return new RulePack(Text("id")!, Text("title")!, Text("description")!, Text("checklist"), selection, rules, source.Path);
    }

    /// <summary>The location of rule <paramref name="index"/> in a pack file, for findings about it.</summary>
    internal static Location RuleLocation(RuleSource source, int index)
    {
        var tree = YamlSyntaxParser.Parse(new Text.SourceText(source.Path, source.Text));
        return tree.GetLocation(JsonPointer.Root.Append("rules").Append(index));
    }
}
