using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Tests.Syntax;

/// <summary>
/// Compares two syntax trees node by node (kind, pointer, span, scalar value and type, property names and key
/// spans) and describes the first difference with its JSON Pointer and line:column, so a failing differential test
/// says where to look.
/// </summary>
public static class SyntaxTreeComparer
{
    /// <summary>The first difference between <paramref name="expected"/> and <paramref name="actual"/>, or null when they are the same.</summary>
    public static string? FirstDifference(SourceText source, SyntaxNode? expected, SyntaxNode? actual)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (expected is null || actual is null)
            return expected == actual ? null : $"root: expected {Describe(expected)}, got {Describe(actual)}";
        return Compare(source, expected, actual);
    }

    private static string? Compare(SourceText source, SyntaxNode expected, SyntaxNode actual)
    {
        string at = $"at '{expected.Pointer}'";
        if (expected.Kind != actual.Kind) return $"{at}: expected a {expected.Kind}, got a {actual.Kind}";
        if (expected.Pointer != actual.Pointer) return $"{at}: pointer '{actual.Pointer}'";
        // Children first: a collection's span follows from its last child, so the deepest difference is the cause.
        return CompareContent(source, expected, actual, at)
            ?? (expected.Span != actual.Span ? $"{at}: expected span {Show(source, expected.Span)}, got {Show(source, actual.Span)}" : null);
    }

    private static string? CompareContent(SourceText source, SyntaxNode expected, SyntaxNode actual, string at)
    {
        switch (expected)
        {
            case ScalarNode e:
                var a = (ScalarNode)actual;
                if (e.Value != a.Value) return $"{at}: expected value {Quote(e.Value)}, got {Quote(a.Value)}";
                if (e.Type != a.Type) return $"{at}: expected type {e.Type}, got {a.Type}";
                return null;
            case SequenceNode e:
                var items = ((SequenceNode)actual).Items;
                if (e.Items.Count != items.Count) return $"{at}: expected {e.Items.Count} items, got {items.Count}";
                for (int i = 0; i < items.Count; i++)
                {
                    if (Compare(source, e.Items[i], items[i]) is { } difference) return difference;
                }
                return null;
            case MappingNode e:
                var properties = ((MappingNode)actual).Properties;
                if (e.Properties.Count != properties.Count)
                    return $"{at}: expected keys [{string.Join(", ", e.Properties.Select(p => p.Name))}], got [{string.Join(", ", properties.Select(p => p.Name))}]";
                for (int i = 0; i < properties.Count; i++)
                {
                    var (ep, ap) = (e.Properties[i], properties[i]);
                    if (ep.Name != ap.Name) return $"{at}: key {i + 1} expected {Quote(ep.Name)}, got {Quote(ap.Name)}";
                    if (ep.NameSpan != ap.NameSpan) return $"{at}: key {Quote(ep.Name)} expected span {Show(source, ep.NameSpan)}, got {Show(source, ap.NameSpan)}";
                    if (Compare(source, ep.Value, ap.Value) is { } difference) return difference;
                }
                return null;
            default:
                return $"{at}: unknown node type {expected.GetType().Name}";
        }
    }

    private static string Show(SourceText source, TextSpan span)
    {
        var start = source.GetPosition(span.Start);
        var end = source.GetPosition(span.End);
        return $"{start.Line}:{start.Column}-{end.Line}:{end.Column} (offsets {span.Start}-{span.End})";
    }

    private static string Describe(SyntaxNode? node) => node is null ? "no tree" : $"a {node.Kind}";

    private static string Quote(string value) => "\"" + value.Replace("\n", "\\n").Replace("\r", "\\r") + "\"";
}
