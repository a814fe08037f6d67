using TrialLint.Engine;
using TrialLint.Testing;
using TrialLint.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TrialLint.Tests.Rules;

/// <summary>
/// Runs every rule fixture in tests/rules/TL####/ through the same runner as <c>triallint test</c>, one test case
/// per fixture (shown as <c>TL0103/edge-run-in</c>). Each fixture needs its snapshot (<c>name.verified.txt</c>):
/// the rule's outcome and every finding exactly. TRIALLINT_ACCEPT_SNAPSHOTS=1 writes the snapshots instead.
/// </summary>
public sealed class RuleFixtureTests
{
    private static readonly Lazy<RuleFixtureRunner> Runner = new(() => new RuleFixtureRunner(new LintEngine(),
        Environment.GetEnvironmentVariable("TRIALLINT_ACCEPT_SNAPSHOTS") == "1" ? FixtureSnapshots.Accept : FixtureSnapshots.Required));

    public static TheoryData<Fixture> All()
    {
        var data = new TheoryData<Fixture>();
        foreach (string folder in RuleFixtureRunner.RuleFolders(RepoPaths.Combine("tests", "rules")))
        {
            foreach (string file in RuleFixtureRunner.Fixtures(folder))
                data.Add(new Fixture($"{Path.GetFileName(folder)}/{Path.GetFileName(file)}"));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Fixture_passes(Fixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        string ruleId = fixture.Name[..fixture.Name.IndexOf('/', StringComparison.Ordinal)];
        var result = Runner.Value.Run(ruleId, RepoPaths.Combine("tests", "rules", fixture.Name));

        Assert.True(result.Passed, string.Join("\n", result.Problems));
    }

    [Fact]
    public void Every_rule_folder_has_fixtures()
    {
        foreach (string folder in RuleFixtureRunner.RuleFolders(RepoPaths.Combine("tests", "rules")))
            Assert.True(RuleFixtureRunner.Fixtures(folder).Count > 0, $"{Path.GetFileName(folder)} has no fixtures");
    }

    [Fact]
    public void Every_snapshot_belongs_to_a_fixture()
    {
        var fixtures = RuleFixtureRunner.RuleFolders(RepoPaths.Combine("tests", "rules"))
            .SelectMany(RuleFixtureRunner.Fixtures).Select(RuleFixtureRunner.SnapshotPath).ToHashSet(StringComparer.Ordinal);
        var orphans = Directory.EnumerateFiles(RepoPaths.Combine("tests", "rules"), "*.verified.txt", SearchOption.AllDirectories)
            .Where(f => !fixtures.Contains(f)).ToList();
        Assert.True(orphans.Count == 0, "snapshots without a fixture: " + string.Join(", ", orphans));
    }

    /// <summary>A fixture by rule folder and file name; shown by its name without extension so a failure names it.</summary>
    public sealed class Fixture : IXunitSerializable
    {
        public Fixture() => Name = string.Empty;

        public Fixture(string name) => Name = name;

        public string Name { get; private set; }

        public void Deserialize(IXunitSerializationInfo info) => Name = info.GetValue<string>(nameof(Name));

        public void Serialize(IXunitSerializationInfo info) => info.AddValue(nameof(Name), Name);

        public override string ToString() => Path.ChangeExtension(Name, null);
    }
}
