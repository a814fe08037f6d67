using TrialLint.Text;

namespace TrialLint.Syntax;

/// <summary>Names for nodes in messages a non-programmer reads: "'enrolled'", "item 2 of 'arms'", "the report".</summary>
public static class SyntaxNodeNames
{
    /// <summary>Describes the node at <paramref name="pointer"/>; the root is <paramref name="root"/> ("the report", "the configuration").</summary>
    public static string Describe(JsonPointer pointer, string root = "the report")
    {
        var segments = pointer.Segments;
        if (segments.Count == 0) return root;
        string last = segments[^1];
        if (int.TryParse(last, out int index) && segments.Count >= 2)
            return $"item {index + 1} of '{segments[^2]}'";
        return $"'{last}'";
    }
}
