using TrialLint.Text;

namespace TrialLint.Syntax;

/// <summary>A list of nodes (a YAML sequence, a JSON array).</summary>
public sealed class SequenceNode : SyntaxNode
{
    /// <summary>Creates a sequence node.</summary>
    public SequenceNode(TextSpan span, JsonPointer pointer, IReadOnlyList<SyntaxNode> items)
        : base(span, pointer)
    {
        Items = items ?? throw new ArgumentNullException(nameof(items));
    }

    /// <summary>A list whose pointer, and its items' pointers, are built from the parent when first asked for (the JSON parser's nodes).</summary>
    internal SequenceNode(TextSpan span, IReadOnlyList<SyntaxNode> items)
        : base(span)
    {
        Items = items;
        for (int i = 0; i < items.Count; i++) Adopt(items[i], i);
    }

    /// <summary>The items in document order.</summary>
    public IReadOnlyList<SyntaxNode> Items { get; }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Sequence;

    /// <inheritdoc/>
    public override string Describe() => "a list";
}
