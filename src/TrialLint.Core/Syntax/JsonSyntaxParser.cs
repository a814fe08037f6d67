using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using TrialLint.Diagnostics;
using TrialLint.Text;

namespace TrialLint.Syntax;

/// <summary>
/// Parses JSON into the shared node tree with System.Text.Json's <see cref="Utf8JsonReader"/>: one forward pass
/// over the UTF-8 bytes, spans mapped from byte offsets to UTF-16 offsets. Errors become diagnostics at the
/// reader's position; nothing throws.
/// </summary>
/// <remarks>
/// Registry records are large (a record with results is about 240 KB and 15,000 values), so the pass does no more
/// than the tree needs: the nodes' JSON Pointers are built only when someone asks (<see cref="SyntaxNode.Pointer"/>),
/// byte offsets become character offsets by counting forward from the previous token, not through a table of every
/// byte, and keys and short values, which repeat all through a record ("groupId", "BG000", "0"), come from a small
/// per-thread cache rather than a new string each time.
/// </remarks>
public static partial class JsonSyntaxParser
{
    /// <summary>Parses <paramref name="source"/>.</summary>
    public static SyntaxTree Parse(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (string.IsNullOrWhiteSpace(source.Text)) return new SyntaxTree(source, SourceFormat.Json, null, []);
        return Parse(source, Encoding.UTF8.GetBytes(source.Text));
    }

    /// <summary>
    /// Parses <paramref name="source"/> from <paramref name="utf8"/>, which must be exactly the UTF-8 encoding of its
    /// text (the bytes it was decoded from, without a byte-order mark): saves encoding the text a second time.
    /// </summary>
    internal static SyntaxTree Parse(SourceText source, ReadOnlySpan<byte> utf8)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (string.IsNullOrWhiteSpace(source.Text)) return new SyntaxTree(source, SourceFormat.Json, null, []);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var parser = new Parser(source, utf8, diagnostics);
        SyntaxNode? root = null;
        try
        {
            if (parser.Reader.Read())
            {
                root = parser.ReadNode();
                if (parser.Reader.Read())
                    throw new JsonException("there is more text after the end of the report", null, null, null);
            }
        }
        catch (JsonException ex)
        {
            root = null;
            var offsets = new OffsetCursor(utf8);
            int offset = offsets.ToCharOffsetExact(utf8, Math.Min((int)parser.Reader.BytesConsumed, utf8.Length));
            if (ex is InvalidStringException invalid)
                offset = offsets.ToCharOffsetExact(utf8, invalid.ByteOffset);
            else if (ex.LineNumber is long line && ex.BytePositionInLine is long bytePos)
                offset = offsets.ToCharOffsetExact(utf8, ByteOffsetOf(utf8, (int)line, (int)bytePos));
            var position = source.GetPosition(offset);
            string reason = CleanMessage(ex.Message);
            var descriptor = reason.Contains("maximum configured depth", StringComparison.Ordinal) ? InputDiagnostics.TooLarge : InputDiagnostics.JsonSyntax;
            if (descriptor == InputDiagnostics.TooLarge) reason = $"lists and keys are nested more than {SyntaxLimits.MaxDepth} levels deep";
            diagnostics.Add(Diagnostic.Create(descriptor, new Location(source.Path, position.Line, position.Column, position.Line, position.Column, JsonPointer.Root), ("reason", reason)));
        }
        return new SyntaxTree(source, SourceFormat.Json, root, diagnostics.ToImmutable()) { NodeCount = root is null ? null : parser.Nodes };
    }

    /// <summary>The state of one pass: the reader, the offset cursor and the path to the current node (for duplicate keys' pointers).</summary>
    private ref struct Parser
    {
        public Utf8JsonReader Reader;
        private readonly ReadOnlySpan<byte> _utf8;
        private readonly SourceText _source;
        private readonly ImmutableArray<Diagnostic>.Builder _diagnostics;
        private readonly List<(string? Name, int Index)> _path = [];

        // Keys and items are gathered in a list per depth, reused from one object or array to the next, and copied
        // once into a list of the exact size: growing a new list for each of a record's thousands of objects
        // allocated two or three discarded arrays apiece.
        private readonly List<List<SyntaxProperty>> _keys = [];
        private readonly List<List<SyntaxNode>> _items = [];
        private int _depth;
        private OffsetCursor _offsets;

        /// <summary>How many values were read (for the node limit, without walking the tree again).</summary>
        public long Nodes;

        public Parser(SourceText source, ReadOnlySpan<byte> utf8, ImmutableArray<Diagnostic>.Builder diagnostics)
        {
            _source = source;
            _utf8 = utf8;
            _diagnostics = diagnostics;
            _offsets = new OffsetCursor(utf8);
            Reader = new Utf8JsonReader(utf8, new JsonReaderOptions
            {
                CommentHandling = JsonCommentHandling.Disallow,
                AllowTrailingCommas = false,
                MaxDepth = SyntaxLimits.MaxDepth,
            });
        }

        // Offsets are converted in the order the reader meets them (a node's start, its keys and values, its end),
        // which never goes backwards, so the cursor only counts forward.
        private int CharOffset(long byteOffset) => _offsets.ToCharOffset(_utf8, (int)byteOffset);

        public SyntaxNode ReadNode()
        {
            Nodes++;
            int start = CharOffset(Reader.TokenStartIndex);
            switch (Reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    {
                        var properties = Scratch(_keys, _depth++);
                        // Keys seen so far: the list itself while short, an index once long (a hostile object with
                        // 100,000 keys must not take quadratic time).
                        Dictionary<string, int>? index = null;
                        while (Reader.Read() && Reader.TokenType == JsonTokenType.PropertyName)
                        {
                            string name = ReadString(ref Reader, ShortStrings.KeyLength);
                            // The key's span is its quoted text; the reader has already consumed the ':' after it.
                            long nameStart = Reader.TokenStartIndex;
                            var nameSpan = TextSpan.FromBounds(CharOffset(nameStart), CharOffset(nameStart + Reader.ValueSpan.Length + 2));
                            Reader.Read();
                            _path.Add((name, 0));
                            var value = ReadNode();
                            _path.RemoveAt(_path.Count - 1);
                            if (IndexOf(properties, index, name) is int first and >= 0)
                            {
                                var p = _source.GetPosition(nameSpan.Start);
                                var e = _source.GetPosition(nameSpan.End);
                                _diagnostics.Add(Diagnostic.Create(InputDiagnostics.DuplicateKey,
                                    new Location(_source.Path, p.Line, p.Column, e.Line, e.Column, PathPointer().Append(name)),
                                    ("key", name), ("firstLine", _source.GetPosition(properties[first].NameSpan.Start).Line)));
                                continue;
                            }
                            properties.Add(new SyntaxProperty(name, nameSpan, value));
                            if (index is not null) index.Add(name, properties.Count - 1);
                            else if (properties.Count == 16) index = properties.Select((p, i) => (p.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
                        }
                        _depth--;
                        return new MappingNode(TextSpan.FromBounds(start, CharOffset(Reader.BytesConsumed)), new List<SyntaxProperty>(properties));
                    }
                case JsonTokenType.StartArray:
                    {
                        var items = Scratch(_items, _depth++);
                        while (Reader.Read() && Reader.TokenType != JsonTokenType.EndArray)
                        {
                            _path.Add((null, items.Count));
                            items.Add(ReadNode());
                            _path.RemoveAt(_path.Count - 1);
                        }
                        _depth--;
                        return new SequenceNode(TextSpan.FromBounds(start, CharOffset(Reader.BytesConsumed)), items.ToArray());
                    }
                case JsonTokenType.String:
                    {
                        string value = ReadString(ref Reader, ShortStrings.ValueLength);
                        return new ScalarNode(TextSpan.FromBounds(start, CharOffset(Reader.BytesConsumed)), value, ScalarType.String);
                    }
                case JsonTokenType.Number:
                    {
                        string raw = ShortStrings.Get(Reader.ValueSpan, ShortStrings.KeyLength);
                        var type = raw.AsSpan().IndexOfAny(".eE") >= 0 ? ScalarType.Float : ScalarType.Integer;
                        return new ScalarNode(TextSpan.FromBounds(start, CharOffset(Reader.BytesConsumed)), raw, type);
                    }
                case JsonTokenType.True:
                case JsonTokenType.False:
                    return new ScalarNode(TextSpan.FromBounds(start, CharOffset(Reader.BytesConsumed)), Reader.TokenType == JsonTokenType.True ? "true" : "false", ScalarType.Boolean);
                case JsonTokenType.Null:
                    return new ScalarNode(TextSpan.FromBounds(start, CharOffset(Reader.BytesConsumed)), "null", ScalarType.Null);
                default:
                    throw new JsonException($"unexpected {Reader.TokenType}", null, null, null);
            }
        }

        /// <summary>The emptied scratch list for <paramref name="depth"/>.</summary>
        private static List<T> Scratch<T>(List<List<T>> lists, int depth)
        {
            while (lists.Count <= depth) lists.Add([]);
            var list = lists[depth];
            list.Clear();
            return list;
        }

        /// <summary>The pointer of the node being read, from the path (only for a duplicate key, which is rare).</summary>
        private readonly JsonPointer PathPointer()
        {
            var pointer = JsonPointer.Root;
            foreach (var (name, index) in _path) pointer = name is null ? pointer.Append(index) : pointer.Append(name);
            return pointer;
        }

        private static int IndexOf(List<SyntaxProperty> properties, Dictionary<string, int>? index, string name)
        {
            if (index is not null) return index.GetValueOrDefault(name, -1);
            for (int i = 0; i < properties.Count; i++)
            {
                if (string.Equals(properties[i].Name, name, StringComparison.Ordinal)) return i;
            }
            return -1;
        }
    }

    /// <summary>
    /// Maps UTF-8 byte offsets to UTF-16 offsets: free when the text is ASCII, as most reports are; otherwise by
    /// counting the characters between the previous offset asked for and this one.
    /// </summary>
    private struct OffsetCursor(ReadOnlySpan<byte> utf8)
    {
        private readonly bool _ascii = System.Text.Ascii.IsValid(utf8);
        private int _byte;
        private int _char;

        /// <summary>The character offset of a byte offset at a token boundary, at or after the previous one asked for.</summary>
        public int ToCharOffset(ReadOnlySpan<byte> utf8, int byteOffset)
        {
            if (_ascii) return byteOffset;
            if (byteOffset < _byte) return ToCharOffsetExact(utf8, byteOffset);
            _char += Encoding.UTF8.GetCharCount(utf8[_byte..byteOffset]);
            _byte = byteOffset;
            return _char;
        }

        /// <summary>The character offset of any byte offset (also inside a character: the character's start), counted from the start.</summary>
        public readonly int ToCharOffsetExact(ReadOnlySpan<byte> utf8, int byteOffset)
        {
            byteOffset = Math.Clamp(byteOffset, 0, utf8.Length);
            if (_ascii) return byteOffset;
            int chars = 0;
            for (int i = 0; i < byteOffset;)
            {
                System.Text.Rune.DecodeFromUtf8(utf8[i..], out var rune, out int consumed);
                if (i + consumed > byteOffset) break;
                i += consumed;
                chars += rune.Utf16SequenceLength;
            }
            return chars;
        }
    }

    /// <summary>A string at the reader: from the cache when short and written without escapes, else unescaped by the reader.</summary>
    private static string ReadString(ref Utf8JsonReader reader, int cachedLength) =>
        !reader.ValueIsEscaped && reader.ValueSpan.Length <= cachedLength ? ShortStrings.Get(reader.ValueSpan, cachedLength) : ReadString(ref reader);

    /// <summary>
    /// The string at the reader. Valid UTF-8 can still escape text that is not valid UTF-16 (a lone surrogate such as
    /// <c>"\ud800"</c>); the reader then throws InvalidOperationException, which becomes a syntax error at the string.
    /// </summary>
    private static string ReadString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new InvalidStringException((int)reader.TokenStartIndex);
        }
    }

    /// <summary>A string whose escapes do not make valid text, at the byte offset where it starts.</summary>
    private sealed class InvalidStringException(int byteOffset)
        : JsonException("a string contains a \\u escape of half a surrogate pair (such as \\ud800) that is not text")
    {
        public int ByteOffset { get; } = byteOffset;
    }

    internal static int ByteOffsetOf(ReadOnlySpan<byte> utf8, int zeroBasedLine, int bytePositionInLine)
    {
        int offset = 0;
        for (int line = 0; line < zeroBasedLine && offset < utf8.Length; offset++)
        {
            if (utf8[offset] == '\n') line++;
        }
        return Math.Min(offset + bytePositionInLine, utf8.Length);
    }

    /// <summary>Drops System.Text.Json's " LineNumber: 0 | BytePositionInLine: 5." suffix; the location says where.</summary>
    internal static string CleanMessage(string message)
    {
        // The reader's wording is written for programmers; say the common cases in plain words.
        if (message.Contains("trailing comma", StringComparison.Ordinal)) return "there is a comma before a closing '}' or ']' (JSON does not allow trailing commas)";
        if (message.StartsWith("'/' is invalid", StringComparison.Ordinal)) return "JSON does not allow comments";
        if (message.Contains("Expected depth to be zero", StringComparison.Ordinal)) return "the file ends before every '{' and '[' is closed";
        if (message.Contains("Expected a value, but instead reached end of data", StringComparison.Ordinal)) return "the file ends where a value was expected";
        message = PositionSuffix().Replace(message, string.Empty).Trim().TrimEnd('.');
        if (message.Length > 0 && char.IsUpper(message[0]) && !(message.Length > 1 && char.IsUpper(message[1])))
            message = char.ToLowerInvariant(message[0]) + message[1..];
        return message;
    }

    [GeneratedRegex(@"\s*(Path: \S* \|)?\s*LineNumber: \d+ \| BytePositionInLine: \d+\.?")]
    private static partial Regex PositionSuffix();
}
