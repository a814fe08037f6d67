using System.Collections.Immutable;

namespace TrialLint.Suppressions;

/// <summary>The kinds of suppression comment.</summary>
public enum DirectiveKind
{
    /// <summary><c># triallint-disable-next-line TL0101 -- reason</c>: the next line that holds content.</summary>
    NextLine,

    /// <summary><c># triallint-disable TL0101 -- reason</c>: from here to the matching enable, or the end of the file.</summary>
    Disable,

    /// <summary><c># triallint-enable TL0101</c>: ends a disable.</summary>
    Enable,

    /// <summary><c># triallint-disable-file TL0101 -- reason</c>: the whole file.</summary>
    File,
}

/// <summary>One suppression comment in a YAML report.</summary>
/// <param name="Kind">What it does.</param>
/// <param name="Ids">The rule ids it names; empty means every rule.</param>
/// <param name="Reason">The reason after <c>--</c>, or null when none is given.</param>
/// <param name="Line">The 1-based line of the comment.</param>
/// <param name="Column">The 1-based column where the comment starts.</param>
/// <param name="Length">The length of the comment.</param>
public sealed record SuppressionDirective(DirectiveKind Kind, ImmutableArray<string> Ids, string? Reason, int Line, int Column, int Length);
