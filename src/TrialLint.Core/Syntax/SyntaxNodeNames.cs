using TrialLint.Text;

namespace TrialLint.Syntax;

/// <summary>Names for nodes in messages a non-programmer reads: "'enrolled'", "item 2 of 'arms'", "the report".</summary>
public static class SyntaxNodeNames
{
    /// <summary>Describes the node at <paramref name="pointer"/>.</summary>
    public static string Describe(JsonPointer pointer)
    {
        var segments = pointer.Segments;
        if (segments.Count == 0) return "the report";
        string last = segments[^1];
        if (int.TryParse(last, out int index) && segments.Count >= 2)
            return $"item {index + 1} of '{segments[^2]}'";
        return $"'{last}'";
    }
}
