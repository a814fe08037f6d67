namespace TrialLint.Testing;

/// <summary>What the fixture runner does with a fixture's snapshot (<c>name.verified.txt</c> beside it).</summary>
public enum FixtureSnapshots
{
    /// <summary>Compare the snapshot when there is one; a fixture without one is checked by its marks alone.</summary>
    WhenPresent,

    /// <summary>Every fixture needs a snapshot (the repository's own fixtures).</summary>
    Required,

    /// <summary>Write what the rule gives as the snapshot (review the diff before committing it).</summary>
    Accept,
}
