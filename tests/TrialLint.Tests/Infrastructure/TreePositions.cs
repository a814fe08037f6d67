using TrialLint.Diagnostics;
using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Tests.Infrastructure;

/// <summary>Reads positions and nodes out of a syntax tree in the short forms the position tests compare ("2:5-2:20").</summary>
public static class TreePositions
{
    /// <summary>"startLine:startColumn-endLine:endColumn".</summary>
    public static string Span(Location l) => $"{l.StartLine}:{l.StartColumn}-{l.EndLine}:{l.EndColumn}";

    /// <summary>The span of the value at <paramref name="pointer"/>.</summary>
    public static string ValueAt(SyntaxTree tree, string pointer) => Span(tree.GetLocation(JsonPointer.Parse(pointer)));

    /// <summary>The span of the key <paramref name="pointer"/> ends with.</summary>
    public static string KeyAt(SyntaxTree tree, string pointer) => Span(tree.GetKeyLocation(JsonPointer.Parse(pointer)));

    /// <summary>"line:column" where the key <paramref name="pointer"/> ends with starts.</summary>
    public static string KeyStart(SyntaxTree tree, string pointer)
    {
        var l = tree.GetKeyLocation(JsonPointer.Parse(pointer));
        return $"{l.StartLine}:{l.StartColumn}";
    }

    /// <summary>The scalar at <paramref name="pointer"/> (fails the test when there is none).</summary>
    public static ScalarNode Scalar(SyntaxTree tree, string pointer)
    {
        SyntaxNode? node = tree.Root;
        foreach (string segment in JsonPointer.Parse(pointer).Segments)
        {
            node = node switch
            {
                MappingNode m => m[segment],
                SequenceNode s => s.Items[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)],
                _ => null,
            };
        }
        return Assert.IsType<ScalarNode>(node);
    }
}
