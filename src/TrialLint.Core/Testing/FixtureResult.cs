using System.Collections.Immutable;

namespace TrialLint.Testing;

/// <summary>The verdict on one fixture file for one rule.</summary>
/// <param name="RuleId">The rule under test.</param>
/// <param name="Path">The fixture file.</param>
/// <param name="Kind">valid, invalid, na or edge (from the file name).</param>
/// <param name="Problems">What did not match; empty when the fixture passed.</param>
public sealed record FixtureResult(string RuleId, string Path, string Kind, ImmutableArray<string> Problems)
{
    /// <summary>Whether the rule behaved as the fixture expects.</summary>
    public bool Passed => Problems.IsEmpty;
}
