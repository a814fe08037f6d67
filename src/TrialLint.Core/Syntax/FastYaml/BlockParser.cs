using System.Text;
using TrialLint.Text;

namespace TrialLint.Syntax.FastYaml;

/// <summary>
/// Reads the block structure of one YAML document: mappings, sequences (indented, indentation-less under a key,
/// and compact ones such as <c>- key: value</c>), with scalars, block scalars and one-line flow collections as
/// values. Every method returns null where the fast path is not sure it would build what YamlDotNet's path
/// builds, and the caller gives up at once.
/// <para>
/// Indentation: each block collection's column is also its indentation (for an indentation-less sequence that is
/// the column of the mapping it sits in, as in YamlDotNet's scanner). After an entry's value, the next line must not
/// be indented more than the collection: that would be a plain scalar's continuation line or an error.
/// </para>
/// </summary>
internal sealed class BlockParser
{
    private readonly string _text;
    private readonly StringBuilder _buffer = new();
    private readonly FlowCollectionParser _flow;

    /// <summary>The offset where the line being read starts, so a column is one subtraction away.</summary>
    private int _lineStart;

    /// <summary>Creates a reader over <paramref name="text"/>, which <see cref="YamlChars.AreAllSupported"/> accepted.</summary>
    public BlockParser(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
        _flow = new FlowCollectionParser(text, _buffer);
    }

    /// <summary>The document's root node, or null when the fast path leaves the text to YamlDotNet.</summary>
    public SyntaxNode? ParseDocument()
    {
        int i = 0;
        if (!SkipTrivia(ref i))
        {
            // The one document marker read here: a "---" that opens the document on a line of its own.
            if (_text[i] != '-') return null;
            i += 3;
            if (!FinishLine(ref i)) return null;
        }
        // An empty document and one indented as a whole are left to YamlDotNet.
        if (i >= _text.Length || Column(i) != 0) return null;
        var root = ParseBlockCollection(ref i, JsonPointer.Root, depth: 0);
        return i >= _text.Length ? root : null;
    }

    private int Column(int i) => i - _lineStart;

    private SyntaxNode? ParseBlockCollection(ref int i, JsonPointer pointer, int depth) =>
        YamlChars.IsBlockEntry(_text, i) ? ParseBlockSequence(ref i, pointer, depth) : ParseBlockMapping(ref i, pointer, depth);

    /// <summary>Reads the block mapping whose first key is at <paramref name="i"/>; its column is the mapping's indentation.</summary>
    private MappingNode? ParseBlockMapping(ref int i, JsonPointer pointer, int depth)
    {
        if (depth >= SyntaxLimits.MaxDepth) return null;
        int indent = Column(i);
        int start = i;
        var properties = new List<SyntaxProperty>();
        while (true)
        {
            if (!TryScanKey(i, out var key, out int afterColon)) return null;
            i = afterColon;
            var value = ParseEntryValue(ref i, indent, pointer.Append(key.Value), depth + 1, inSequence: false);
            if (value is null || MappingKeys.Contains(properties, key.Value)) return null;
            properties.Add(new SyntaxProperty(key.Value, key.Span, value));
            if (i >= _text.Length || Column(i) < indent) break;
            // A line indented more, or a "- " at the mapping's column after a value, is an error in YAML.
            if (Column(i) > indent || YamlChars.IsBlockEntry(_text, i)) return null;
        }
        return new MappingNode(TextSpan.FromBounds(start, properties[^1].Value.Span.End), pointer, properties);
    }

    /// <summary>Reads the block sequence whose first <c>-</c> is at <paramref name="i"/>; its column is the sequence's indentation.</summary>
    private SequenceNode? ParseBlockSequence(ref int i, JsonPointer pointer, int depth)
    {
        if (depth >= SyntaxLimits.MaxDepth) return null;
        int indent = Column(i);
        int start = i;
        var items = new List<SyntaxNode>();
        while (true)
        {
            i++;
            var item = ParseEntryValue(ref i, indent, pointer.Append(items.Count), depth + 1, inSequence: true);
            if (item is null) return null;
            items.Add(item);
            if (i >= _text.Length || Column(i) < indent) break;
            if (Column(i) > indent) return null;
            // Anything but a "- " at this column ends the sequence: the next key of the mapping an
            // indentation-less sequence sits in, or something the caller rejects.
            if (!YamlChars.IsBlockEntry(_text, i)) break;
        }
        return new SequenceNode(TextSpan.FromBounds(start, items[^1].Span.End), pointer, items);
    }

    /// <summary>
    /// Reads the value after a key's <c>:</c> or a sequence's <c>-</c> (<paramref name="i"/> is just past the
    /// indicator) in a collection indented <paramref name="indent"/> columns, and moves <paramref name="i"/> to the
    /// next content after it.
    /// </summary>
    private SyntaxNode? ParseEntryValue(ref int i, int indent, JsonPointer pointer, int depth, bool inSequence)
    {
        // YamlDotNet places an empty value just past its indicator.
        int emptyAt = i;
        int v = i;
        while (v < _text.Length && _text[v] == ' ') v++;
        if (YamlChars.IsLineEnd(_text, v) || _text[v] == '#')
        {
            i = v;
            return ParseValueOnNextLines(ref i, indent, pointer, depth, inSequence, emptyAt);
        }
        if (YamlChars.IsBlockEntry(_text, v))
        {
            // "- - item" nests a sequence; "key: - item" is an error.
            if (!inSequence) return null;
            i = v;
            return ParseBlockSequence(ref i, pointer, depth);
        }
        SyntaxNode? node;
        switch (_text[v])
        {
            case '|' or '>':
                return ParseBlockScalar(ref i, v, indent, pointer);
            case '[' or '{':
                i = v;
                node = _flow.ParseNode(ref i, pointer, depth);
                if (node is null) return null;
                break;
            case '"' or '\'':
                if (!QuotedScalarScanner.TryScan(_text, v, _buffer, out var quoted)) return null;
                if (inSequence && IsColonAfter(quoted.End))
                {
                    // "- 'key': value" starts a mapping inside the sequence.
                    i = v;
                    return ParseBlockMapping(ref i, pointer, depth);
                }
                node = quoted.ToNode(pointer);
                i = quoted.End;
                break;
            default:
                if (!PlainScalarScanner.CanStart(_text, v, inFlow: false)) return null;
                int end = PlainScalarScanner.Scan(_text, v, inFlow: false);
                if (inSequence && IsColonAfter(end))
                {
                    // "- key: value" starts a mapping inside the sequence.
                    i = v;
                    return ParseBlockMapping(ref i, pointer, depth);
                }
                node = new ScannedScalar(_text.Substring(v, end - v), v, end, IsPlain: true).ToNode(pointer);
                i = end;
                break;
        }
        return FinishValue(ref i, indent) ? node : null;
    }

    /// <summary>The value of an indicator with nothing after it on its line: a collection on the lines below, or empty.</summary>
    private SyntaxNode? ParseValueOnNextLines(ref int i, int indent, JsonPointer pointer, int depth, bool inSequence, int emptyAt)
    {
        if (!SkipTrivia(ref i)) return null;
        if (i < _text.Length)
        {
            // A scalar on the next line (rather than a collection) is left to YamlDotNet: ParseBlockMapping gives up on it.
            if (Column(i) > indent) return ParseBlockCollection(ref i, pointer, depth);
            if (Column(i) == indent && !inSequence && YamlChars.IsBlockEntry(_text, i)) return ParseBlockSequence(ref i, pointer, depth);
        }
        return new ScalarNode(new TextSpan(emptyAt, 0), pointer, string.Empty, ScalarType.Null);
    }

    private ScalarNode? ParseBlockScalar(ref int i, int indicator, int indent, JsonPointer pointer)
    {
        if (!BlockScalarScanner.TryScan(_text, indicator, indent, _buffer, out var scalar, out i, out _lineStart)) return null;
        // The scanner stopped after the indentation of the first line past the scalar; what is left of it is trivia or the next entry.
        if (!SkipTrivia(ref i) || (i < _text.Length && Column(i) > indent)) return null;
        return scalar.ToNode(pointer);
    }

    /// <summary>Reads a block mapping key at <paramref name="i"/>: a plain or quoted scalar on one line, then <c>:</c> and a space or a line break.</summary>
    private bool TryScanKey(int i, out ScannedScalar key, out int afterColon)
    {
        key = default;
        afterColon = 0;
        bool quoted = _text[i] is '"' or '\'';
        int end;
        if (quoted)
        {
            if (!QuotedScalarScanner.TryScan(_text, i, _buffer, out key)) return false;
            end = key.End;
        }
        else
        {
            if (!PlainScalarScanner.CanStart(_text, i, inFlow: false)) return false;
            end = PlainScalarScanner.Scan(_text, i, inFlow: false);
        }
        int colon = end;
        while (colon < _text.Length && _text[colon] == ' ') colon++;
        if (!IsColonAfter(end) || colon - i > MappingKeys.MaxLength) return false;
        // A plain key's text is taken only once it is known to be a key.
        if (!quoted) key = new ScannedScalar(_text.Substring(i, end - i), i, end, IsPlain: true);
        afterColon = colon + 1;
        return true;
    }

    /// <summary>Whether spaces, then a <c>:</c> that marks a value (followed by a space or a line break), come at <paramref name="i"/>.</summary>
    private bool IsColonAfter(int i)
    {
        while (i < _text.Length && _text[i] == ' ') i++;
        return i < _text.Length && _text[i] == ':' && YamlChars.IsBlankOrEnd(_text, i + 1);
    }

    /// <summary>
    /// After a value that ends on its line: only spaces and a comment may follow on the line, and the next content
    /// may not be indented more than <paramref name="indent"/> (a continuation of a plain scalar, or an error).
    /// </summary>
    private bool FinishValue(ref int i, int indent) => FinishLine(ref i) && (i >= _text.Length || Column(i) <= indent);

    /// <summary>Moves past the rest of a line that may hold only spaces and a comment, to the next content.</summary>
    private bool FinishLine(ref int i)
    {
        int line = _lineStart;
        return SkipTrivia(ref i) && (i >= _text.Length || _lineStart != line);
    }

    /// <summary>
    /// Moves <paramref name="i"/> past spaces, comments and line breaks to the next content or the end. False when a
    /// comment is glued to what is before it (YamlDotNet treats some of those as errors) or the content is a
    /// document marker (<c>---</c>, <c>...</c>) at the start of a line.
    /// </summary>
    private bool SkipTrivia(ref int i)
    {
        while (true)
        {
            while (i < _text.Length && _text[i] == ' ') i++;
            if (i >= _text.Length) return true;
            switch (_text[i])
            {
                case '#':
                    if (i != _lineStart && _text[i - 1] != ' ') return false;
                    i = YamlChars.LineEnd(_text, i);
                    break;
                case '\n' or '\r':
                    i = YamlChars.SkipLineBreak(_text, i);
                    _lineStart = i;
                    break;
                default:
                    return !(i == _lineStart && YamlChars.IsDocumentMarker(_text, i));
            }
        }
    }
}
