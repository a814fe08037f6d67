using System.Collections;
using TrialLint.Model;

namespace TrialLint.Rules.Compilation;

/// <summary>
/// Member and index access with the interpreter's relaxed rules: reading anything of null gives null, a model
/// member is read by its snake_case name, a list or text has <c>size</c>, an index past the end gives null and a
/// negative index counts from the end.
/// </summary>
internal static class ScriptMembers
{
    /// <summary>Reads member <paramref name="name"/> of <paramref name="target"/>; null when there is none.</summary>
    public static object? Read(object? target, string name) => target switch
    {
        null => null,
        ModelObject model => ModelMembers.Read(model, name),
        string text => name == "size" ? text.Length : null,
        IList list => name == "size" ? list.Count : null,
        _ => null,
    };

    /// <summary>Whether <paramref name="target"/> has a member <paramref name="name"/> (for <c>array.map</c>, which skips elements without it).</summary>
    public static bool Has(object? target, string name) => target switch
    {
        ModelObject model => ModelMembers.Of(model.GetType()).ContainsKey(name),
        string or IList => name == "size",
        _ => false,
    };

    /// <summary>Reads <c>target[index]</c>: a list element, a character of text, or a model member named by text.</summary>
    public static object? Index(object? target, object? index)
    {
        switch (target)
        {
            case null:
                return null;
            case ModelObject model:
                return ScriptText.Of(index) is { } name ? ModelMembers.Read(model, name) : null;
            case string text:
            {
                int i = Position(ScriptOperators.ToInt(index), text.Length);
                return i >= 0 && i < text.Length ? text[i].ToString()
                    : throw new RuleRuntimeException($"index {index} is outside the text");
            }
            case IList list:
            {
                int i = Position(ScriptOperators.ToInt(index), list.Count);
                return i >= 0 && i < list.Count ? list[i] : null;
            }
            default:
                throw new RuleRuntimeException($"'{ScriptText.Of(target)}' cannot be indexed");
        }
    }

    private static int Position(int index, int count) => index < 0 ? count + index : index;
}
