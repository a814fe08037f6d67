using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Tests.Infrastructure;

/// <summary>
/// Variants of a document with one scalar replaced at a time by values of other types, out of range, or breaking a
/// pattern: the documents on which two schema checks must agree.
/// </summary>
public static class ScalarMutants
{
    /// <summary>The replacement values tried for each scalar.</summary>
    public static readonly string[] Replacements =
        ["-1", "\"text\"", "true", "[]", "{}", "1.5", "\"2024-13-45\"", "null", "\"1\"", "\"javascript:x\"", "0", "101"];

    /// <summary>Each one-line scalar of <paramref name="text"/> replaced by each of <paramref name="replacements"/> in turn.</summary>
    public static IEnumerable<(string Name, string Text)> Of(string path, string text, IReadOnlyList<string>? replacements = null)
    {
        var tree = SyntaxParser.Parse(new SourceText(path, text));
        if (tree.Root is null) yield break;
        var scalars = new List<ScalarNode>();
        Collect(tree.Root, scalars);
        foreach (var scalar in scalars.Where(s => s.Span.Length > 0 && !text.Substring(s.Span.Start, s.Span.Length).Contains('\n')))
        {
            foreach (string replacement in replacements ?? Replacements)
                yield return ($"{path}#{scalar.Pointer}={replacement}", string.Concat(text.AsSpan(0, scalar.Span.Start), replacement, text.AsSpan(scalar.Span.End)));
        }
    }

    private static void Collect(SyntaxNode node, List<ScalarNode> scalars)
    {
        switch (node)
        {
            case ScalarNode s: scalars.Add(s); break;
            case SequenceNode q: foreach (var i in q.Items) Collect(i, scalars); break;
            case MappingNode m: foreach (var p in m.Properties) Collect(p.Value, scalars); break;
        }
    }
}
