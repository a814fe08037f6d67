namespace TrialLint.Tests.Distribution;

/// <summary>
/// Tests that build TrialLint in Release (pack, publish) run one at a time: two builds writing the same obj/Release
/// folder at once would break each other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReleaseBuilds
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Release builds";
}
