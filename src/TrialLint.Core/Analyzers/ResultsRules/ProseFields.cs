using TrialLint.Diagnostics;
using TrialLint.Syntax;

namespace TrialLint.Analyzers.ResultsRules;

/// <summary>A prose field of a report: its text node, its name in messages, and the arm it is about (a flow group's statement).</summary>
internal sealed record ProseField(ScalarNode Node, string Name, string? Arm)
{
    /// <summary>"says", or "say" for a name in the plural (the conclusions).</summary>
    public string Says => Name.EndsWith('s') ? "say" : "says";

    /// <summary>"gives", or "give" for a name in the plural.</summary>
    public string Gives => Name.EndsWith('s') ? "give" : "gives";
}

/// <summary>
/// The prose fields whose numbers TL0712 and TL0713 read: the title, the abstract, the conclusions and the
/// statements of the flow, the harms, the baseline and the design. Not the background, objectives, sample size
/// or outcomes, whose numbers are those of other studies, of the plan, or of one outcome's analysis.
/// </summary>
internal static class ProseFields
{
    /// <summary>The prose fields of <paramref name="tree"/> that are given as text.</summary>
    public static IEnumerable<ProseField> Of(SyntaxTree tree)
    {
        if (tree.Root is not MappingNode root) yield break;
        foreach (var (key, name) in new[] { ("title", "the title"), ("abstract", "the abstract"), ("conclusions", "the conclusions") })
        {
            if (root[key] is ScalarNode { Type: ScalarType.String } text) yield return new ProseField(text, name, null);
        }
        foreach (var (key, name) in new[] { ("flow", "the flow statement"), ("harms", "the harms statement"), ("baseline", "the baseline statement"), ("design", "the design statement") })
        {
            if (root[key] is MappingNode section && section["statement"] is ScalarNode { Type: ScalarType.String } statement)
                yield return new ProseField(statement, name, null);
        }
        // A flow with one period: its statement is about the whole flow, a group's about its arm.
        if (root["flow"] is MappingNode flow && flow["periods"] is SequenceNode { Items.Count: 1 } periods && periods.Items[0] is MappingNode period)
        {
            if (period["statement"] is ScalarNode { Type: ScalarType.String } periodStatement)
                yield return new ProseField(periodStatement, "the period's statement", null);
            if (period["groups"] is SequenceNode groups)
            {
                foreach (var group in groups.Items.OfType<MappingNode>())
                {
                    if (group["statement"] is ScalarNode { Type: ScalarType.String } groupStatement && group["arm"] is ScalarNode arm)
                        yield return new ProseField(groupStatement, $"the flow statement of arm '{arm.Value}'", arm.Value);
                }
            }
        }
    }

    /// <summary>The location of <paramref name="token"/> in <paramref name="field"/>: the word itself, or the whole text when it cannot be found.</summary>
    public static Location LocationOf(SyntaxTree tree, ProseField field, ProseToken token) =>
        ScalarText.SpanOf(tree.Source, field.Node, token.Start, token.Length) is { } span
            ? tree.CreateLocation(span, field.Node.Pointer)
            : tree.GetLocation(field.Node.Pointer);

    /// <summary>"The abstract" from "the abstract".</summary>
    public static string Capitalised(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}
