using System.Text;
using TrialLint.Text;

namespace TrialLint.Syntax.FastYaml;

/// <summary>
/// Reads a flow collection (<c>[a, b]</c>, <c>{key: value}</c>, nested) that opens and closes on one line, with
/// plain and quoted scalars inside. Entries are separated by <c>", "</c>-style commas and keys by <c>": "</c>;
/// a collection that spans lines, a trailing comma, an empty value, a single-pair mapping inside a list
/// (<c>[a: b]</c>), a comment and anything else unusual are left to YamlDotNet.
/// </summary>
internal sealed class FlowCollectionParser(string text, StringBuilder buffer)
{
    /// <summary>
    /// Reads the flow node at <paramref name="i"/> (a collection, or a scalar inside one) and moves
    /// <paramref name="i"/> past it; null when the fast path leaves it to YamlDotNet.
    /// </summary>
    public SyntaxNode? ParseNode(ref int i, JsonPointer pointer, int depth)
    {
        // At(i), not text[i]: a flow collection cut off by the end of the file ("{a: ") ends here.
        switch (At(i))
        {
            case '[':
                return ParseSequence(ref i, pointer, depth);
            case '{':
                return ParseMapping(ref i, pointer, depth);
            default:
                if (!TryScanScalar(ref i, out var scalar)) return null;
                return scalar.ToNode(pointer);
        }
    }

    private SequenceNode? ParseSequence(ref int i, JsonPointer pointer, int depth)
    {
        if (depth >= SyntaxLimits.MaxDepth) return null;
        int start = i;
        i = SkipSpaces(i + 1);
        var items = new List<SyntaxNode>();
        if (At(i) != ']')
        {
            while (true)
            {
                var item = ParseNode(ref i, pointer.Append(items.Count), depth + 1);
                if (item is null) return null;
                items.Add(item);
                if (!TryReadSeparator(ref i, ']', out bool closed)) return null;
                if (closed) break;
            }
        }
        i++;
        return new SequenceNode(TextSpan.FromBounds(start, i), pointer, items);
    }

    private MappingNode? ParseMapping(ref int i, JsonPointer pointer, int depth)
    {
        if (depth >= SyntaxLimits.MaxDepth) return null;
        int start = i;
        i = SkipSpaces(i + 1);
        var properties = new List<SyntaxProperty>();
        if (At(i) != '}')
        {
            while (true)
            {
                int keyStart = i;
                if (!TryScanScalar(ref i, out var key)) return null;
                i = SkipSpaces(i);
                // A key is one line of at most 1024 characters (YamlDotNet's simple-key limit), then ": ".
                if (At(i) != ':' || At(i + 1) != ' ' || i - keyStart > MappingKeys.MaxLength) return null;
                i = SkipSpaces(i + 1);
                if (At(i) is ',' or '}' or '\0') return null;
                var value = ParseNode(ref i, pointer.Append(key.Value), depth + 1);
                if (value is null || MappingKeys.Contains(properties, key.Value)) return null;
                properties.Add(new SyntaxProperty(key.Value, key.Span, value));
                if (!TryReadSeparator(ref i, '}', out bool closed)) return null;
                if (closed) break;
            }
        }
        i++;
        return new MappingNode(TextSpan.FromBounds(start, i), pointer, properties);
    }

    /// <summary>After an entry: a comma and the next entry (a trailing comma is left to YamlDotNet), or the closing bracket.</summary>
    private bool TryReadSeparator(ref int i, char closing, out bool closed)
    {
        i = SkipSpaces(i);
        closed = At(i) == closing;
        if (closed) return true;
        if (At(i) != ',') return false;
        i = SkipSpaces(i + 1);
        return At(i) is not (',' or ']' or '}' or '\0');
    }

    private bool TryScanScalar(ref int i, out ScannedScalar scalar)
    {
        scalar = default;
        char c = At(i);
        if (c is '"' or '\'')
        {
            if (!QuotedScalarScanner.TryScan(text, i, buffer, out scalar)) return false;
            i = scalar.End;
            return true;
        }
        if (!PlainScalarScanner.CanStart(text, i, inFlow: true)) return false;
        int end = PlainScalarScanner.Scan(text, i, inFlow: true);
        if (end < 0) return false;
        scalar = new ScannedScalar(text.Substring(i, end - i), i, end, IsPlain: true);
        i = end;
        return true;
    }

    /// <summary>The character at <paramref name="i"/>, or NUL past the end (the fast path never accepts a NUL in the text).</summary>
    private char At(int i) => i < text.Length ? text[i] : '\0';

    private int SkipSpaces(int i)
    {
        while (i < text.Length && text[i] == ' ') i++;
        return i;
    }
}
