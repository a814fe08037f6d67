using System.Collections.Immutable;
using TrialLint.Text;

namespace TrialLint.Diagnostics;

/// <summary>
/// What a rule read of one report, recorded only when an output asks for it (the filled-in checklist): the report
/// values it found (a present value, false and 0 included) and the ones it looked for and did not find. For a rule
/// that passed, <see cref="Found"/> is where the checklist item is reported; for a rule that did not apply, an
/// empty <see cref="Found"/> with a non-empty <see cref="Missing"/> means the section it needs is absent.
/// </summary>
/// <param name="Found">Pointers of the values the rule read and found, in the order first read.</param>
/// <param name="Missing">Pointers of the values the rule read and did not find (absent, empty text or an empty list).</param>
public sealed record RuleEvidence(ImmutableArray<JsonPointer> Found, ImmutableArray<JsonPointer> Missing)
{
    /// <summary>Nothing read.</summary>
    public static RuleEvidence None { get; } = new([], []);

    /// <summary>This evidence and <paramref name="other"/>'s, without repeats (for a file of several studies).</summary>
    public RuleEvidence Merge(RuleEvidence other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new RuleEvidence([.. Found.Concat(other.Found).Distinct()], [.. Missing.Concat(other.Missing).Distinct()]);
    }
}
