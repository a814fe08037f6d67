using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using TrialLint.Diagnostics;
using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Tests.Syntax;

/// <summary>
/// The JSON parser as it was before the registry-speed work (commit 4230956): every node built with its JSON
/// Pointer, offsets through a table of every byte. Kept as the reference the fast parser must agree with
/// (<see cref="JsonParserDifferentialTests"/>): same nodes, pointers, spans, values and diagnostics.
/// </summary>
internal static class ReferenceJsonParser
{
    /// <summary>Parses <paramref name="source"/>.</summary>
    public static SyntaxTree Parse(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (string.IsNullOrWhiteSpace(source.Text)) return new SyntaxTree(source, SourceFormat.Json, null, []);
        byte[] utf8 = Encoding.UTF8.GetBytes(source.Text);
        var offsets = new OffsetMap(utf8);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        SyntaxNode? root = null;
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = SyntaxLimits.MaxDepth,
        });
        try
        {
            if (reader.Read())
            {
                root = ReadNode(ref reader, JsonPointer.Root, source, offsets, diagnostics);
                if (reader.Read())
                    throw new JsonException("there is more text after the end of the report", null, null, null);
            }
        }
        catch (JsonException ex)
        {
            root = null;
            int offset = offsets.ToCharOffset(Math.Min((int)reader.BytesConsumed, utf8.Length));
            if (ex is InvalidStringException invalid)
                offset = offsets.ToCharOffset(invalid.ByteOffset);
            else if (ex.LineNumber is long line && ex.BytePositionInLine is long bytePos)
                offset = offsets.ToCharOffset(JsonSyntaxParser.ByteOffsetOf(utf8, (int)line, (int)bytePos));
            var position = source.GetPosition(offset);
            string reason = JsonSyntaxParser.CleanMessage(ex.Message);
            var descriptor = reason.Contains("maximum configured depth", StringComparison.Ordinal) ? InputDiagnostics.TooLarge : InputDiagnostics.JsonSyntax;
            if (descriptor == InputDiagnostics.TooLarge) reason = $"lists and keys are nested more than {SyntaxLimits.MaxDepth} levels deep";
            diagnostics.Add(Diagnostic.Create(descriptor, new Location(source.Path, position.Line, position.Column, position.Line, position.Column, JsonPointer.Root), ("reason", reason)));
        }
        return new SyntaxTree(source, SourceFormat.Json, root, diagnostics.ToImmutable());
    }

    private static SyntaxNode ReadNode(ref Utf8JsonReader reader, JsonPointer pointer, SourceText source, OffsetMap offsets, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        int start = (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                {
                    var properties = new List<SyntaxProperty>();
                    var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        string name = ReadString(ref reader);
                        // The key's span is its quoted text; the reader has already consumed the ':' after it.
                        int nameStart = (int)reader.TokenStartIndex;
                        var nameSpan = Span(offsets, nameStart, nameStart + reader.ValueSpan.Length + 2);
                        reader.Read();
                        var value = ReadNode(ref reader, pointer.Append(name), source, offsets, diagnostics);
                        if (seen.TryGetValue(name, out int firstLine))
                        {
                            var p = source.GetPosition(nameSpan.Start);
                            var e = source.GetPosition(nameSpan.End);
                            diagnostics.Add(Diagnostic.Create(InputDiagnostics.DuplicateKey,
                                new Location(source.Path, p.Line, p.Column, e.Line, e.Column, pointer.Append(name)), ("key", name), ("firstLine", firstLine)));
                            continue;
                        }
                        seen.Add(name, source.GetPosition(nameSpan.Start).Line);
                        properties.Add(new SyntaxProperty(name, nameSpan, value));
                    }
                    return new MappingNode(Span(offsets, start, (int)reader.BytesConsumed), pointer, properties);
                }
            case JsonTokenType.StartArray:
                {
                    var items = new List<SyntaxNode>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                        items.Add(ReadNode(ref reader, pointer.Append(items.Count), source, offsets, diagnostics));
                    return new SequenceNode(Span(offsets, start, (int)reader.BytesConsumed), pointer, items);
                }
            case JsonTokenType.String:
                return new ScalarNode(Span(offsets, start, (int)reader.BytesConsumed), pointer, ReadString(ref reader), ScalarType.String);
            case JsonTokenType.Number:
                {
                    string raw = Encoding.UTF8.GetString(reader.ValueSpan);
                    var type = raw.AsSpan().IndexOfAny(".eE") >= 0 ? ScalarType.Float : ScalarType.Integer;
                    return new ScalarNode(Span(offsets, start, (int)reader.BytesConsumed), pointer, raw, type);
                }
            case JsonTokenType.True:
            case JsonTokenType.False:
                return new ScalarNode(Span(offsets, start, (int)reader.BytesConsumed), pointer, reader.TokenType == JsonTokenType.True ? "true" : "false", ScalarType.Boolean);
            case JsonTokenType.Null:
                return new ScalarNode(Span(offsets, start, (int)reader.BytesConsumed), pointer, "null", ScalarType.Null);
            default:
                throw new JsonException($"unexpected {reader.TokenType}", null, null, null);
        }
    }

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

    private static TextSpan Span(OffsetMap offsets, int byteStart, int byteEnd) =>
        TextSpan.FromBounds(offsets.ToCharOffset(byteStart), offsets.ToCharOffset(byteEnd));

    /// <summary>Maps UTF-8 byte offsets to UTF-16 offsets; free when the text is ASCII, as most reports are.</summary>
    private sealed class OffsetMap
    {
        private readonly int[]? _charOffsetOfByte;

        public OffsetMap(byte[] utf8)
        {
            if (System.Text.Ascii.IsValid(utf8)) return;
            _charOffsetOfByte = new int[utf8.Length + 1];
            int chars = 0;
            for (int i = 0; i < utf8.Length;)
            {
                System.Text.Rune.DecodeFromUtf8(utf8.AsSpan(i), out var rune, out int consumed);
                for (int k = 0; k < consumed; k++) _charOffsetOfByte[i + k] = chars;
                i += consumed;
                chars += rune.Utf16SequenceLength;
            }
            _charOffsetOfByte[utf8.Length] = chars;
        }

        public int ToCharOffset(int byteOffset) => _charOffsetOfByte is null ? byteOffset : _charOffsetOfByte[Math.Clamp(byteOffset, 0, _charOffsetOfByte.Length - 1)];
    }
}
