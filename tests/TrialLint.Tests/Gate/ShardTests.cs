using TrialLint.Tests.Infrastructure;
using TrialLint.Cli;

namespace TrialLint.Tests.Gate;

/// <summary>--shard and --changed-since pick the files of a CI job.</summary>
[Collection(CliCollection.Name)]
public sealed class ShardTests : IDisposable
{
    private readonly GateFixture _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Shards_cover_every_file_exactly_once()
    {
        for (int i = 0; i < 12; i++) _repo.Write($"reports/r{i:00}.trial.yaml", GateFixture.OneWarning);

        var seen = new List<string>();
        for (int shard = 1; shard <= 3; shard++)
        {
            var result = _repo.Run("lint", "reports", "--shard", $"{shard}/3", "-f", "json");
            using var json = System.Text.Json.JsonDocument.Parse(result.StdOut);
            seen.AddRange(json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!));
        }

        Assert.Equal(12, seen.Count);
        Assert.Equal(12, seen.Distinct().Count());
    }

    [Fact]
    public void A_file_stays_in_its_shard_when_others_are_added()
    {
        _repo.Write("reports/a.trial.yaml", GateFixture.Clean);
        int Shard() => Enumerable.Range(1, 4).Single(i => _repo.Run("lint", "reports", "--shard", $"{i}/4").StdOut.Contains("Linted 1 file"));
        int before = Shard();
        for (int i = 0; i < 6; i++) _repo.Write($"other/o{i}.trial.yaml", GateFixture.Clean);

        Assert.Equal(before, Shard());
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("two")]
    public void Bad_shard_is_a_usage_error(string shard)
    {
        _repo.Write("reports/a.trial.yaml", GateFixture.Clean);

        var result = _repo.Run("lint", "reports", "--shard", shard);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--shard takes I/N", result.StdErr);
    }

    [Fact]
    public void Changed_since_outside_a_git_repository_is_a_clear_error()
    {
        _repo.Write("reports/a.trial.yaml", GateFixture.Clean);

        var result = _repo.Run("lint", "reports", "--changed-since", "HEAD");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--changed-since needs a git repository", result.StdErr);
    }
}
