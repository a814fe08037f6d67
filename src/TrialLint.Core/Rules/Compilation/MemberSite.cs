using System.Reflection;
using TrialLint.Model;

namespace TrialLint.Rules.Compilation;

/// <summary>
/// One member read written in a rule expression (<c>arm.randomised</c>): it remembers the model type it last read
/// and that type's getter. A place in an expression nearly always meets one type, so the lookups by type and by
/// name (a third of the time rule files took on a registry record) happen once, not on every read.
/// </summary>
internal sealed class MemberSite(string name)
{
    private sealed record Seen(Type Type, MethodInvoker? Getter);

    // Rules run on several threads: the last type seen and its getter are swapped together, as one object.
    private Seen? _last;

    /// <summary>Reads the member of <paramref name="target"/> as <see cref="ScriptMembers.Read"/> does.</summary>
    public object? Read(object? target)
    {
        if (target is not ModelObject model) return ScriptMembers.Read(target, name);
        var type = model.GetType();
        var last = _last;
        if (last is null || last.Type != type) _last = last = new Seen(type, ModelMembers.Getter(type, name));
        return last.Getter?.Invoke(model);
    }
}
