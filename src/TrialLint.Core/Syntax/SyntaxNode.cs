using TrialLint.Text;

namespace TrialLint.Syntax;

/// <summary>
/// A node of the document tree that YAML and JSON reports both parse into: a mapping, a sequence or a scalar.
/// Every node knows its span in the source and its JSON Pointer, so anything built from it can report at the
/// right place without parsing again.
/// </summary>
public abstract class SyntaxNode : IPointerText
{
    // The pointer's text, or null until it is first asked for. A large registry record holds tens of thousands of
    // nodes whose pointers are long ("/resultsSection/outcomeMeasuresModule/outcomeMeasures/3/classes/0/...") and
    // nobody reads most of them: the JSON parser leaves them to be built from the parent on first use.
    private string? _pointer;
    private SyntaxNode? _parent;
    private string? _name;
    private int _index;

    private protected SyntaxNode(TextSpan span, JsonPointer pointer)
    {
        Span = span;
        _pointer = pointer.ToString();
    }

    /// <summary>A node whose pointer comes from its parent (see <see cref="Adopt(SyntaxNode, string)"/>) or, for the root, is the root.</summary>
    private protected SyntaxNode(TextSpan span)
    {
        Span = span;
    }

    /// <summary>Where the node's value is in the source.</summary>
    public TextSpan Span { get; }

    /// <summary>The JSON Pointer of the node from the document root.</summary>
    // The text is built when the pointer is first read as text (a finding's location, a comparison), not here.
    public JsonPointer Pointer => _pointer is { } text ? JsonPointer.FromText(text) : JsonPointer.Of(this);

    // Racing threads would both build the same text; the string reference is written atomically.
    string IPointerText.PointerText => _pointer ??= BuildPointer();

    bool IPointerText.IsRoot => _pointer is { } text ? text.Length == 0 : _parent is null;

    private string BuildPointer() => _parent is null ? string.Empty
        : (_name is null ? _parent.Pointer.Append(_index) : _parent.Pointer.Append(_name)).ToString();

    /// <summary>Makes <paramref name="child"/>, built without a pointer, the value of key <paramref name="name"/> of this node.</summary>
    private protected void Adopt(SyntaxNode child, string name)
    {
        if (child._pointer is not null) return;
        child._parent = this;
        child._name = name;
    }

    /// <summary>Makes <paramref name="child"/>, built without a pointer, item <paramref name="index"/> of this node.</summary>
    private protected void Adopt(SyntaxNode child, int index)
    {
        if (child._pointer is not null) return;
        child._parent = this;
        child._index = index;
    }

    /// <summary>What kind of node this is.</summary>
    public abstract SyntaxKind Kind { get; }

    /// <summary>A word for the node's kind in messages for non-programmers ("a list", "text", ...).</summary>
    public abstract string Describe();
}
