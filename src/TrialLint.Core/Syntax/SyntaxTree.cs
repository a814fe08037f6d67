using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Text;

namespace TrialLint.Syntax;

/// <summary>
/// A parsed report: its source text, the root node (null when nothing could be parsed) and the syntax
/// diagnostics found while parsing. Immutable once built.
/// </summary>
/// <remarks>
/// A registry record read into a <see cref="JsonTokenTable"/> (<see cref="ForTable"/>) builds its nodes only when
/// something asks for <see cref="Root"/> (the HTML page, a baseline's value check): its locations come from the table.
/// </remarks>
public sealed class SyntaxTree
{
    private SyntaxNode? _root;

    /// <summary>Creates a tree.</summary>
    public SyntaxTree(SourceText source, SourceFormat format, SyntaxNode? root, ImmutableArray<Diagnostic> diagnostics)
    {
        Source = source ?? throw new ArgumentNullException(nameof(source));
        Format = format;
        _root = root;
        Diagnostics = diagnostics.IsDefault ? [] : diagnostics;
    }

    /// <summary>
    /// The tree of well-formed JSON read into <paramref name="table"/> from the UTF-8 of <paramref name="source"/>'s
    /// text, with the parser's <paramref name="root"/> when it was parsed already and its <paramref name="diagnostics"/> (repeated keys).
    /// </summary>
    internal static SyntaxTree ForTable(SourceText source, JsonTokenTable table, SyntaxNode? root, ImmutableArray<Diagnostic> diagnostics) =>
        new(source, SourceFormat.Json, root, diagnostics) { Table = table };

    /// <summary>The table of the JSON values, when the tree was read into one (registry records).</summary>
    internal JsonTokenTable? Table { get; private init; }

    /// <summary>The text the tree was parsed from.</summary>
    public SourceText Source { get; }

    /// <summary>YAML or JSON.</summary>
    public SourceFormat Format { get; }

    /// <summary>The root node, or null when the text could not be parsed at all.</summary>
    public SyntaxNode? Root => _root ?? (Table is null ? null : Materialise());

    /// <summary>Whether the nodes were built (a table's tree builds them only when asked for <see cref="Root"/>).</summary>
    internal bool HasNodes => _root is not null;

    /// <summary>Whether the text was parsed into something (without building a table's nodes to find out).</summary>
    internal bool HasRoot => _root is not null || Table is not null;

    /// <summary>Findings made while reading and parsing.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>How many values the tree holds, when the parser counted them as it read (JSON); else null.</summary>
    internal long? NodeCount
    {
        get => Table?.Count ?? _nodeCount;
        init => _nodeCount = value;
    }

    private readonly long? _nodeCount;

    /// <summary>Whether parsing failed badly enough that nothing should be checked.</summary>
    public bool HasFatalErrors => !HasRoot || Diagnostics.Any(d => d.Descriptor == InputDiagnostics.YamlSyntax || d.Descriptor == InputDiagnostics.JsonSyntax);

    /// <summary>Returns the location of a node (for a list or a set of keys, the key that introduces it).</summary>
    public Location GetLocation(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return GetLocation(node.Pointer);
    }

    /// <summary>The node <paramref name="pointer"/> names, or null when it names something missing.</summary>
    public SyntaxNode? Find(JsonPointer pointer)
    {
        SyntaxNode? node = Root;
        foreach (string segment in pointer.Segments)
        {
            node = node switch
            {
                MappingNode m => m[segment],
                SequenceNode s when int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int i) && i < s.Items.Count => s.Items[i],
                _ => null,
            };
            if (node is null) return null;
        }
        return node;
    }

    /// <summary>
    /// Returns the location of whatever <paramref name="pointer"/> names. When it names something missing,
    /// the location is that of the closest existing ancestor, marked missing, and keeps the full pointer.
    /// </summary>
    public Location GetLocation(JsonPointer pointer)
    {
        if (Table is { } table) return TableLocation(table, pointer);
        SyntaxNode? node = Root;
        TextSpan? keySpan = null;
        bool missing = node is null;
        foreach (string segment in pointer.Segments)
        {
            if (node is null) break;
            SyntaxNode? next = null;
            TextSpan? nextKey = null;
            if (node is MappingNode mapping && mapping.GetProperty(segment) is { } property)
            {
                next = property.Value;
                nextKey = property.NameSpan;
            }
            else if (node is SequenceNode sequence && int.TryParse(segment, out int index) && index >= 0 && index < sequence.Items.Count)
            {
                next = sequence.Items[index];
            }
            if (next is null)
            {
                missing = true;
                break;
            }
            node = next;
            keySpan = nextKey;
        }
        if (node is null) return Location.ForFile(Source.Path) with { Pointer = pointer, IsMissing = true };
        return NodeLocation(node is ScalarNode, node.Span, keySpan, pointer, missing);
    }

    /// <summary><see cref="GetLocation(JsonPointer)"/> answered from the table, without building nodes.</summary>
    private Location TableLocation(JsonTokenTable table, JsonPointer pointer)
    {
        var (index, parent, keySpan) = table.Resolve(pointer.Segments, strictIndexes: false);
        int node = index >= 0 ? index : parent;
        // The table's pointers refer to it: the location spells its pointer out, so a finding does not keep the table alive.
        return NodeLocation(table.KindOf(node) is not (JsonTokenTable.ValueKind.Object or JsonTokenTable.ValueKind.Array), table.Span(node), keySpan,
            JsonPointer.FromText(pointer.ToString()), index < 0);
    }

    private Location NodeLocation(bool scalar, TextSpan nodeSpan, TextSpan? keySpan, JsonPointer pointer, bool missing)
    {
        // A scalar is shown where its value is; a list or set of keys where its key is, since their span may
        // cover a whole block. An item of a list (no key) is shown at its own first line.
        TextSpan span = scalar ? nodeSpan : keySpan ?? FirstLine(nodeSpan);
        if (scalar && nodeSpan.Length == 0 && keySpan is { } k) span = k;
        return CreateLocation(span, pointer, missing);
    }

    /// <summary>
    /// Returns the location of the key that <paramref name="pointer"/> ends with (e.g. to underline an unknown
    /// key rather than its value); falls back to <see cref="GetLocation(JsonPointer)"/> for list items and the root.
    /// </summary>
    public Location GetKeyLocation(JsonPointer pointer)
    {
        var segments = pointer.Segments;
        if (segments.Count == 0) return GetLocation(pointer);
        if (Table is { } table)
        {
            var (index, _, keySpan) = table.Resolve(segments, strictIndexes: false);
            return index >= 0 && keySpan is { } key ? CreateLocation(key, JsonPointer.FromText(pointer.ToString())) : GetLocation(pointer);
        }
        SyntaxNode? node = Root;
        for (int i = 0; i < segments.Count - 1 && node is not null; i++)
        {
            node = node switch
            {
                MappingNode m => m[segments[i]],
                SequenceNode s when int.TryParse(segments[i], out int n) && n >= 0 && n < s.Items.Count => s.Items[n],
                _ => null,
            };
        }
        if (node is MappingNode mapping && mapping.GetProperty(segments[^1]) is { } property)
            return CreateLocation(property.NameSpan, pointer);
        return GetLocation(pointer);
    }

    /// <summary>Builds the nodes of a tree read into a table, once; the parser gives the same tree it gives any JSON.</summary>
    private SyntaxNode? Materialise()
    {
        var root = JsonSyntaxParser.Parse(Source, Table!.Utf8.Span).Root;
        return Interlocked.CompareExchange(ref _root, root, null) ?? root;
    }

    /// <summary>Creates a location from a span of this tree's text.</summary>
    public Location CreateLocation(TextSpan span, JsonPointer pointer, bool isMissing = false)
    {
        var start = Source.GetPosition(span.Start);
        var end = Source.GetPosition(span.End);
        return new Location(Source.Path, start.Line, start.Column, end.Line, end.Column, pointer, isMissing);
    }

    private TextSpan FirstLine(TextSpan span)
    {
        var start = Source.GetPosition(span.Start);
        int lineEnd = Source.GetOffset(start.Line, int.MaxValue / 2);
        return TextSpan.FromBounds(span.Start, Math.Min(span.End, lineEnd));
    }
}
