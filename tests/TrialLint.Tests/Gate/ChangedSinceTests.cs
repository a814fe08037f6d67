using TrialLint.Cli;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Gate;

/// <summary>
/// --changed-since in a real git repository: what a pull request changed (from the merge base, plus uncommitted
/// and untracked files), non-ASCII file names, a run from outside the repository, and revisions that try to be options.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class ChangedSinceTests : IDisposable
{
    private readonly GateFixture _repo = new();

    public ChangedSinceTests()
    {
        _repo.Write("reports/old.trial.yaml", GateFixture.OneWarning);
        Git("init -q -b main");
        Git("add -A");
        Git("commit -q -m base");
    }

    public void Dispose() => _repo.Dispose();

    private void Git(string arguments) =>
        ExternalTools.Run("git", $"-C \"{_repo.Root}\" -c user.name=Test -c user.email=test@example.org {arguments}");

    [Fact]
    public void A_pull_request_lints_only_what_it_changed_not_what_the_base_gained()
    {
        Git("checkout -q -b feature");
        _repo.Write("reports/études-nouveau.trial.yaml", GateFixture.OneWarning);
        Git("add -A");
        Git("commit -q -m feature");
        Git("checkout -q main");
        _repo.Write("reports/on-main.trial.yaml", GateFixture.OneWarning);
        Git("add -A");
        Git("commit -q -m main-moves-on");
        Git("checkout -q feature");
        _repo.Write("reports/untracked.trial.yaml", GateFixture.OneWarning);

        var result = _repo.Run("lint", "reports", "--changed-since", "main", "-f", "json");

        using var json = System.Text.Json.JsonDocument.Parse(result.StdOut);
        var linted = json.RootElement.GetProperty("files").EnumerateArray().Select(f => Path.GetFileName(f.GetProperty("path").GetString()!)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["untracked.trial.yaml", "études-nouveau.trial.yaml"], linted);
    }

    [Fact]
    public void Runs_from_outside_the_repository_of_the_reports()
    {
        _repo.Write("reports/new.trial.yaml", GateFixture.OneWarning);
        string elsewhere = Path.Combine(Path.GetTempPath(), "triallint-elsewhere-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(elsewhere);
        try
        {
            var result = CliRunner.Run(elsewhere, "lint", Path.Combine(_repo.Root, "reports"), "--changed-since", "HEAD");

            Assert.Contains("Linted 1 file", result.StdOut);
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Theory]
    [InlineData("HEAD\" --output=\"out.txt")]
    [InlineData("--output=out.txt")]
    [InlineData("-p")]
    public void A_revision_that_is_an_option_is_refused_and_writes_nothing(string revision)
    {
        var result = _repo.Run("lint", "reports", "--changed-since=" + revision);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--changed-since", result.StdErr);
        Assert.False(File.Exists(Path.Combine(_repo.Root, "out.txt")));
    }
}
