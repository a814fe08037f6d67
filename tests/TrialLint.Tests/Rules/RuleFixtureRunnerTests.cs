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

    [Theory]
    [InlineData("valid-basic.yaml", "valid")]
    [InlineData("invalid-missing.yaml", "invalid")]
    [InlineData("na-single-arm.yaml", "na")]
    [InlineData("edge-crossover.yaml", "edge")]
    [InlineData("notes.yaml", null)]
    public void Kind_comes_from_the_file_name(string name, string? kind) =>
        Assert.Equal(kind, RuleFixtureRunner.KindOf(name));
}
