using TrialLint.Engine;
using TrialLint.Testing;

namespace TrialLint.Tests.Rules;

/// <summary>The fixture runner itself: how a fixture's kind and expectations are read, and JSON sidecars.</summary>
public sealed class RuleFixtureRunnerTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("triallint-fixtures-").FullName;
    private static readonly RuleFixtureRunner Runner = new(new LintEngine());

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private const string NoHarmsJson = """
        {
          "format_version": 1,
          "title": "A JSON report without harms",
          "flow": {"enrolled": 2}
        }
        """;

    [Fact]
    public void Json_fixture_takes_its_expectations_from_a_sidecar()
    {
        string folder = Path.Combine(_temp, "TL0201");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "invalid-no-harms.json"), NoHarmsJson);
        File.WriteAllText(Path.Combine(folder, "invalid-no-harms.expect.yaml"), "findings:\n  - {id: TL0201, pointer: /harms}\n");

        var results = Runner.RunFolder(folder);

        var result = Assert.Single(results);
        Assert.True(result.Passed, string.Join("; ", result.Problems));
    }

    [Fact]
    public void Json_fixture_with_a_wrong_pointer_fails_and_says_where()
    {
        string folder = Path.Combine(_temp, "TL0201");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "invalid-no-harms.json"), NoHarmsJson);
        File.WriteAllText(Path.Combine(folder, "invalid-no-harms.expect.yaml"), "findings:\n  - {id: TL0201, pointer: /flow}\n");

        var result = Assert.Single(Runner.RunFolder(folder));

        Assert.Contains("expected TL0201 at /flow, found none", result.Problems);
        Assert.Contains(result.Problems, p => p.StartsWith("unexpected TL0201 at /harms", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sidecar_pins_the_date_registry_records_are_judged_on()
    {
        // Completed in 2020-03, no results: due 2021-03, overdue on 2025-06-01 but not on 2021-01-01.
        string folder = Path.Combine(_temp, "TL0620");
        Directory.CreateDirectory(folder);
        string record = File.ReadAllText(Infrastructure.RepoPaths.Combine("tests", "rules", "TL0620", "invalid-completed-without-results.json"));
        File.WriteAllText(Path.Combine(folder, "invalid-late.json"), record);
        File.WriteAllText(Path.Combine(folder, "invalid-late.expect.yaml"), "as_of: \"2025-06-01\"\nfindings:\n  - {id: TL0620, pointer: /protocolSection/statusModule/primaryCompletionDateStruct/date}\n");
        File.WriteAllText(Path.Combine(folder, "valid-early.json"), record);
        File.WriteAllText(Path.Combine(folder, "valid-early.expect.yaml"), "as_of: \"2021-01-01\"\nfindings: []\n");
        File.WriteAllText(Path.Combine(folder, "valid-bad-date.json"), record);
        File.WriteAllText(Path.Combine(folder, "valid-bad-date.expect.yaml"), "as_of: \"1 June 2025\"\n");

        var results = Runner.RunFolder(folder).ToDictionary(r => Path.GetFileName(r.Path));

        Assert.True(results["invalid-late.json"].Passed, string.Join("; ", results["invalid-late.json"].Problems));
        Assert.True(results["valid-early.json"].Passed, string.Join("; ", results["valid-early.json"].Problems));
        Assert.Contains("the sidecar's as_of '1 June 2025' is not a YYYY-MM-DD date", results["valid-bad-date.json"].Problems);
    }

    [Fact]
    public void A_sidecar_names_the_registration_a_report_is_checked_against()
    {
        string folder = Path.Combine(_temp, "TL0610");
        Directory.CreateDirectory(folder);
        File.Copy(Infrastructure.RepoPaths.Combine("tests", "rules", "TL0610", "invalid-more-enrolled.yaml"), Path.Combine(folder, "invalid.yaml"));
        File.Copy(Infrastructure.RepoPaths.Combine("tests", "rules", "_registry", "als-registered.json"), Path.Combine(_temp, "registered.json"));
        File.WriteAllText(Path.Combine(folder, "invalid.expect.yaml"), "registry: ../registered.json\n");
        File.Copy(Path.Combine(folder, "invalid.yaml"), Path.Combine(folder, "invalid-no-registry.yaml"));
        File.WriteAllText(Path.Combine(folder, "invalid-broken-registry.yaml"), File.ReadAllText(Path.Combine(folder, "invalid.yaml")));
        File.WriteAllText(Path.Combine(folder, "invalid-broken-registry.expect.yaml"), "registry: ../none.json\n");

        var results = Runner.RunFolder(folder).ToDictionary(r => Path.GetFileName(r.Path));

        Assert.True(results["invalid.yaml"].Passed, string.Join("; ", results["invalid.yaml"].Problems));
        Assert.Contains(results["invalid-no-registry.yaml"].Problems, p => p.Contains("did not run", StringComparison.Ordinal));
        Assert.Contains(results["invalid-broken-registry.yaml"].Problems, p => p.StartsWith("the registry record has a problem", StringComparison.Ordinal) && p.Contains("does not exist", StringComparison.Ordinal));
    }

    private string NoHarmsYamlFixture(string name)
    {
        string folder = Path.Combine(_temp, "TL0201");
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, "format_version: 1 # expect: TL0201\ntitle: \"A report without harms\"\nflow: {enrolled: 2}\n");
        return path;
    }

    [Fact]
    public void Snapshot_holds_the_outcome_and_every_finding_exactly()
    {
        string path = NoHarmsYamlFixture("invalid.yaml");

        var observation = Runner.Observe("TL0201", path);

        var lines = observation.Snapshot().TrimEnd().Split('\n');
        Assert.Equal("TL0201 failed", lines[0]);
        Assert.Matches(@"^1:1-\d+:\d+ (error|warning|info) TL0201 /harms: .+", Assert.Single(lines[1..]));
    }

    [Fact]
    public void A_wrong_column_or_message_in_the_snapshot_fails_and_writes_the_received_file()
    {
        string path = NoHarmsYamlFixture("invalid.yaml");
        string actual = Runner.Observe("TL0201", path).Snapshot();
        File.WriteAllText(RuleFixtureRunner.SnapshotPath(path), actual.Replace("1:1-", "1:2-", StringComparison.Ordinal));

        var result = Runner.Run("TL0201", path);

        Assert.False(result.Passed);
        Assert.Contains(result.Problems, p => p.StartsWith("snapshot expects: 1:2-", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.StartsWith("the rule gave:    1:1-", StringComparison.Ordinal));
        Assert.Equal(actual, File.ReadAllText(RuleFixtureRunner.ReceivedPath(path)));

        File.WriteAllText(RuleFixtureRunner.SnapshotPath(path), actual);
        Assert.True(Runner.Run("TL0201", path).Passed);
        Assert.False(File.Exists(RuleFixtureRunner.ReceivedPath(path)), "a passing run removes the received file");
    }

    [Fact]
    public void Without_a_snapshot_the_marks_decide_unless_snapshots_are_required()
    {
        string path = NoHarmsYamlFixture("invalid.yaml");

        Assert.True(Runner.Run("TL0201", path).Passed);
        var required = new RuleFixtureRunner(new LintEngine(), FixtureSnapshots.Required).Run("TL0201", path);
        Assert.Contains(required.Problems, p => p.StartsWith("no snapshot invalid.verified.txt", StringComparison.Ordinal));
        Assert.True(File.Exists(RuleFixtureRunner.ReceivedPath(path)));
    }

    [Fact]
    public void Accepting_writes_the_snapshot()
    {
        string path = NoHarmsYamlFixture("invalid.yaml");

        Assert.True(new RuleFixtureRunner(new LintEngine(), FixtureSnapshots.Accept).Run("TL0201", path).Passed);

        Assert.Equal(Runner.Observe("TL0201", path).Snapshot(), File.ReadAllText(RuleFixtureRunner.SnapshotPath(path)));
        Assert.True(new RuleFixtureRunner(new LintEngine(), FixtureSnapshots.Required).Run("TL0201", path).Passed);
    }

    [Theory]
    [InlineData("valid-basic.yaml", "valid")]
    [InlineData("invalid-missing.yaml", "invalid")]
    [InlineData("na-single-arm.yaml", "na")]
    [InlineData("edge-crossover.yaml", "edge")]
    [InlineData("notes.yaml", null)]
    public void Kind_comes_from_the_file_name(string name, string? kind) =>
        Assert.Equal(kind, RuleFixtureRunner.KindOf(name));
}
