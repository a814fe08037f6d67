namespace TrialLint.Tests.Distribution;

/// <summary>
/// Tests that build TrialLint in Release (pack, publish) run one at a time: two builds writing the same obj/Release
/// folder at once would break each other. Packing takes minutes (the Native AOT link alone is most of a
/// `dotnet test` run on two cores), so these tests are the release step of .ci/run: a plain `dotnet test` skips
/// them and says so, and `.ci/run` runs them on their own with <see cref="EnvironmentVariable"/>=1
/// (`dotnet test --filter Step=release`).
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReleaseBuilds
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Release builds";

    /// <summary>The trait (<c>Step=release</c>) that selects these tests.</summary>
    public const string Trait = "Step";

    /// <summary>The trait's value.</summary>
    public const string TraitValue = "release";

    /// <summary>The variable that turns these tests on.</summary>
    public const string EnvironmentVariable = "TRIALLINT_RELEASE_TESTS";

    /// <summary>Skips the calling test unless the release step runs it (also under CI=true: the step runs it there).</summary>
    public static void Require() =>
        Skip.IfNot(Environment.GetEnvironmentVariable(EnvironmentVariable) == "1",
            $"packs the tool in Release (minutes): run by .ci/run's release step, or set {EnvironmentVariable}=1 and run `dotnet test --filter {Trait}={TraitValue}`");
}
