using TrialLint.Text;

namespace TrialLint.Syntax.FastYaml;

/// <summary>
/// The fast path for YAML reports: a hand-written reader for the block-style subset reports are written in,
/// building exactly the tree that <see cref="YamlSyntaxParser"/>'s YamlDotNet path builds (the same nodes, values,
/// scalar types, spans and pointers). It answers null for anything outside the subset and for anything that
/// would raise a diagnostic (errors, repeated keys, aliases, deep nesting, several documents), so YamlDotNet stays
/// the reference: it parses those texts and reports their problems exactly as before. See docs/yaml-fast-path.md.
/// </summary>
internal static class FastYamlParser
{
    /// <summary>The root node of <paramref name="source"/>, or null when the YamlDotNet path must parse it.</summary>
    public static SyntaxNode? TryParse(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return YamlChars.AreAllSupported(source.Text) ? new BlockParser(source.Text).ParseDocument() : null;
    }
}
