using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TrialLint.Diagnostics;
using TrialLint.Syntax.FastYaml;
using TrialLint.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TrialLint.Syntax;

/// <summary>
/// Parses YAML into the shared node tree with YamlDotNet's event parser: one pass, no object mapping, every node
/// with its span and JSON Pointer. Errors become diagnostics at the parser's position; nothing throws.
/// </summary>
public static partial class YamlSyntaxParser
{
    /// <summary>
    /// Parses <paramref name="source"/>: with the fast path (<see cref="FastYamlParser"/>) when the text is in the
    /// subset it reads, else, and for every text with an error or a finding, with YamlDotNet.
    /// </summary>
    public static SyntaxTree Parse(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return FastYamlParser.TryParse(source) is { } root
            ? new SyntaxTree(source, SourceFormat.Yaml, root, [])
            : ParseWithYamlDotNet(source);
    }

    /// <summary>Parses <paramref name="source"/> with YamlDotNet only: the reference the fast path is tested against.</summary>
    internal static SyntaxTree ParseWithYamlDotNet(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var builder = new Builder(source);
        SyntaxNode? root = null;
        Parser? parser = null;
        try
        {
            parser = new Parser(new StringReader(source.Text));
            parser.Consume<StreamStart>();
            if (parser.TryConsume<DocumentStart>(out _))
            {
                root = builder.ReadNode(parser, JsonPointer.Root, depth: 0);
                parser.Consume<DocumentEnd>();
                if (parser.Accept<DocumentStart>(out var second))
                    builder.Report(InputDiagnostics.MultipleDocuments, Span(second.Start, second.End), JsonPointer.Root);
            }
        }
        catch (YamlException ex)
        {
            root = null;
            // Some scanner errors (a tab used for indentation) carry no position: find the line the scanner stopped on.
            var span = ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) ? builder.GuessErrorSpan(ex) : Span(ex.Start, ex.End);
            builder.Report(InputDiagnostics.YamlSyntax, span, JsonPointer.Root, ("reason", CleanMessage(ex)));
        }
        catch (InvalidOperationException) when (builder.OpenFlowStart is { } open)
        {
            // YamlDotNet's scanner gives up with an InvalidOperationException on some unclosed flow collections.
            root = null;
            builder.Report(InputDiagnostics.YamlSyntax, open, JsonPointer.Root, ("reason", "this '[' or '{' is never closed"));
        }
        catch (InvalidOperationException ex)
        {
            // Other scanner states YamlDotNet does not turn into a YamlException: "... x" (text after the end of the
            // document) or a '{' that opens nowhere. Report it where the parser stopped.
            root = null;
            string reason = ex.Message.Contains("no more tokens", StringComparison.Ordinal)
                ? "there is text after the end of the document ('...')"
                : "the YAML structure cannot be read here (an unclosed or misplaced '{', '[' or quote?)";
            builder.Report(InputDiagnostics.YamlSyntax, LastPosition(parser), JsonPointer.Root, ("reason", reason));
        }
        catch (DepthExceededException ex)
        {
            root = null;
            builder.Report(InputDiagnostics.TooLarge, ex.Span, ex.Pointer, ("reason", $"lists and keys are nested more than {SyntaxLimits.MaxDepth} levels deep"));
        }
        return new SyntaxTree(source, SourceFormat.Yaml, root, builder.Diagnostics.ToImmutable());
    }

    /// <summary>The span of the last event the parser read, or the start of the text.</summary>
    private static TextSpan LastPosition(Parser? parser)
    {
        try
        {
            return parser?.Current is { } current ? Span(current.Start, current.End) : default;
        }
        catch (InvalidOperationException)
        {
            return default;
        }
    }

    private static TextSpan Span(Mark start, Mark end) => TextSpan.FromBounds((int)start.Index, (int)Math.Max(start.Index, end.Index));

    /// <summary>Drops YamlDotNet's "(Line: 1, Col: 2, Idx: 3) - (...): " prefix; the location says where.</summary>
    private static string CleanMessage(YamlException ex)
    {
        string message = PositionPrefix().Replace(ex.Message, string.Empty).Trim();
        if (message.Length > 0 && char.IsUpper(message[0])) message = char.ToLowerInvariant(message[0]) + message[1..];
        return message.TrimEnd('.');
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PositionPrefix();

    private sealed class DepthExceededException(TextSpan span, JsonPointer pointer) : Exception
    {
        public TextSpan Span { get; } = span;

        public JsonPointer Pointer { get; } = pointer;
    }

    private sealed class Builder(SourceText source)
    {
        private readonly Stack<TextSpan> _openFlow = new();
        private int _lastOffset;

        public ImmutableArray<Diagnostic>.Builder Diagnostics { get; } = ImmutableArray.CreateBuilder<Diagnostic>();

        /// <summary>The innermost '[' or '{' not yet closed.</summary>
        public TextSpan? OpenFlowStart => _openFlow.Count > 0 ? _openFlow.Peek() : null;

        /// <summary>For an error without a position: the first line after the last event that is indented with a tab, else the end of the last event.</summary>
        public TextSpan GuessErrorSpan(YamlException ex)
        {
            int line = source.GetPosition(_lastOffset).Line;
            if (ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase))
            {
                for (int l = line; l <= source.LineCount; l++)
                {
                    string text = source.GetLineText(l);
                    int indent = text.Length - text.TrimStart(' ', '\t').Length;
                    if (text.AsSpan(0, indent).Contains('\t')) return new TextSpan(source.GetOffset(l, 1), 1);
                }
            }
            return new TextSpan(_lastOffset, 0);
        }

        public void Report(DiagnosticDescriptor descriptor, TextSpan span, JsonPointer pointer, params (string, object?)[] args)
        {
            var start = source.GetPosition(span.Start);
            var end = source.GetPosition(span.End);
            Diagnostics.Add(Diagnostic.Create(descriptor, new Location(source.Path, start.Line, start.Column, end.Line, end.Column, pointer), args));
        }

        public SyntaxNode ReadNode(IParser parser, JsonPointer pointer, int depth)
        {
            var current = parser.Current ?? throw new YamlException("unexpected end of the document");
            _lastOffset = (int)current.End.Index;
            if (current is NodeEvent { Anchor.IsEmpty: false } || current is AnchorAlias)
            {
                Report(InputDiagnostics.YamlAlias, Span(current.Start, current.End), pointer);
                if (current is AnchorAlias)
                {
                    parser.MoveNext();
                    return new ScalarNode(Span(current.Start, current.End), pointer, string.Empty, ScalarType.Null);
                }
            }
            switch (current)
            {
                case Scalar scalar:
                    parser.MoveNext();
                    return new ScalarNode(Span(scalar.Start, scalar.End), pointer, scalar.Value, YamlScalarResolver.Resolve(scalar));
                case SequenceStart start:
                    {
                        CheckDepth(start, pointer, depth);
                        bool flow = start.Style == SequenceStyle.Flow;
                        if (flow) _openFlow.Push(Span(start.Start, start.End));
                        parser.MoveNext();
                        var items = new List<SyntaxNode>();
                        SequenceEnd end;
                        while (!parser.TryConsume<SequenceEnd>(out end!))
                            items.Add(ReadNode(parser, pointer.Append(items.Count), depth + 1));
                        if (flow) _openFlow.Pop();
                        // A flow list ends at its ']'; a block list at its last item (its end event sits on the next line).
                        int endOffset = flow ? ClosingEnd(end) : LastEnd(items, start);
                        return new SequenceNode(TextSpan.FromBounds((int)start.Start.Index, endOffset), pointer, items);
                    }
                case MappingStart start:
                    {
                        CheckDepth(start, pointer, depth);
                        bool flow = start.Style == MappingStyle.Flow;
                        if (flow) _openFlow.Push(Span(start.Start, start.End));
                        parser.MoveNext();
                        var properties = new List<SyntaxProperty>();
                        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                        MappingEnd mappingEnd;
                        while (!parser.TryConsume<MappingEnd>(out mappingEnd!))
                        {
                            var keyEvent = parser.Current;
                            if (keyEvent is not Scalar key)
                                throw new YamlException(keyEvent!.Start, keyEvent.End, "a key must be plain text, not a list or a set of keys");
                            parser.MoveNext();
                            var keySpan = Span(key.Start, key.End);
                            var value = ReadNode(parser, pointer.Append(key.Value), depth + 1);
                            if (seen.TryGetValue(key.Value, out int firstLine))
                            {
                                Report(InputDiagnostics.DuplicateKey, keySpan, pointer.Append(key.Value), ("key", key.Value), ("firstLine", firstLine));
                                continue;
                            }
                            seen.Add(key.Value, source.GetPosition(keySpan.Start).Line);
                            properties.Add(new SyntaxProperty(key.Value, keySpan, value));
                        }
                        if (flow) _openFlow.Pop();
                        int endOffset = flow ? ClosingEnd(mappingEnd) : properties.Count > 0 ? properties[^1].Value.Span.End : (int)start.End.Index;
                        return new MappingNode(TextSpan.FromBounds((int)start.Start.Index, endOffset), pointer, properties);
                    }
                default:
                    throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
            }
        }

        /// <summary>Just past a flow collection's closing bracket (YamlDotNet marks the bracket itself).</summary>
        private static int ClosingEnd(ParsingEvent end) => (int)Math.Max(end.End.Index, end.Start.Index + 1);

        private static int LastEnd(List<SyntaxNode> items, ParsingEvent start) =>
            items.Count > 0 ? items[^1].Span.End : (int)start.End.Index;

        private static void CheckDepth(ParsingEvent start, JsonPointer pointer, int depth)
        {
            if (depth >= SyntaxLimits.MaxDepth) throw new DepthExceededException(Span(start.Start, start.End), pointer);
        }
    }
}
