using TrialLint.Text;

namespace TrialLint.Syntax;

/// <summary>
/// A node of the document tree that YAML and JSON reports both parse into: a mapping, a sequence or a scalar.
/// Every node knows its span in the source and its JSON Pointer, so anything built from it can report at the
/// right place without parsing again.
/// </summary>
public abstract class SyntaxNode
{
    private protected SyntaxNode(TextSpan span, JsonPointer pointer)
    {
        Span = span;
        Pointer = pointer;
    }

    /// <summary>Where the node's value is in the source.</summary>
    public TextSpan Span { get; }

    /// <summary>The JSON Pointer of the node from the document root.</summary>
    public JsonPointer Pointer { get; }

    /// <summary>What kind of node this is.</summary>
    public abstract SyntaxKind Kind { get; }

    /// <summary>A word for the node's kind in messages for non-programmers ("a list", "text", ...).</summary>
    public abstract string Describe();
}
