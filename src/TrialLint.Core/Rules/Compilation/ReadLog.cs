using System.Collections;
using TrialLint.Diagnostics;
using TrialLint.Model;
using TrialLint.Text;

namespace TrialLint.Rules.Compilation;

/// <summary>
/// The report members one rule read while it ran, when evidence is collected (<see cref="RuleScope.Reads"/>): a
/// member read of a model object with a present value is found, one that gave nothing is missing.
/// </summary>
internal sealed class ReadLog
{
    private readonly List<JsonPointer> _found = [];
    private readonly List<JsonPointer> _missing = [];
    private readonly HashSet<JsonPointer> _seen = [];

    /// <summary>Records that member <paramref name="name"/> of <paramref name="owner"/> was read and gave <paramref name="value"/>.</summary>
    public void Record(ModelObject owner, string name, object? value)
    {
        var pointer = owner.PointerOf(name);
        if (!_seen.Add(pointer)) return;
        (IsPresent(value) ? _found : _missing).Add(pointer);
    }

    /// <summary>What was read, as evidence.</summary>
    public RuleEvidence ToEvidence() => new([.. _found], [.. _missing]);

    private static bool IsPresent(object? value) => value switch
    {
        null => false,
        string text => !string.IsNullOrWhiteSpace(text),
        ICollection list => list.Count > 0,
        _ => true,
    };
}
