using TrialLint.Tests.Infrastructure;
using System.Text.Json;
using TrialLint.Cli;

namespace TrialLint.Tests.Gate;

/// <summary>The baseline: existing debt is accepted, new findings fail, edits that move lines do not matter.</summary>
[Collection(CliCollection.Name)]
public sealed class BaselineTests : IDisposable
{
    private readonly GateFixture _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Create_then_lint_reports_nothing_and_passes()
    {
        _repo.Write("reports/als.trial.yaml", GateFixture.Als);

        var create = _repo.Run("baseline", "create", "reports");
        var lint = _repo.Run("lint", "reports", "--baseline", ".triallint-baseline.json");

        Assert.Equal(0, create.ExitCode);
        Assert.Matches(@"Wrote \.triallint-baseline\.json: 21 findings in 1 report\.", create.StdOut);
        using var baseline = JsonDocument.Parse(_repo.Read(".triallint-baseline.json"));
        Assert.Equal(1, baseline.RootElement.GetProperty("version").GetInt32());
        Assert.Equal(ExitCodes.Success, lint.ExitCode);
        Assert.Contains("(21 suppressed)", lint.StdOut);
    }

    [Fact]
    public void Entries_still_match_after_edits_that_move_lines()
    {
        _repo.Write("reports/als.trial.yaml", GateFixture.Als);
        _repo.Run("baseline", "create", "reports");
        _repo.Write("reports/als.trial.yaml", "# A new comment block at the top\n# moves every line down.\n\n" + GateFixture.Als.Replace("\nflow:", "\n\n\n# spacing\nflow:"));

        var lint = _repo.Run("lint", "reports", "--baseline", ".triallint-baseline.json");

        Assert.Equal(ExitCodes.Success, lint.ExitCode);
        Assert.DoesNotContain("error TL", lint.StdOut);
    }

    [Fact]
    public void A_new_gap_fails_and_is_the_only_finding_shown()
    {
        _repo.Write("reports/als.trial.yaml", GateFixture.Als);
        _repo.Write("reports/example.trial.yaml", GateFixture.Clean);
        _repo.Run("baseline", "create", "reports");
        _repo.Write("reports/example.trial.yaml", GateFixture.Clean.Replace("  analysed: 98", "  analysed: 101"));

        var lint = _repo.Run("lint", "reports", "--baseline", ".triallint-baseline.json");

        Assert.Equal(ExitCodes.Findings, lint.ExitCode);
        var shown = lint.StdOut.Split('\n').Where(l => l.StartsWith("reports/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(shown);
        Assert.All(shown, l => Assert.StartsWith("reports/example.trial.yaml:", l));
    }

    [Fact]
    public void Stale_entries_fail_unless_allowed_and_prune_removes_them()
    {
        _repo.Write("reports/als.trial.yaml", GateFixture.Als);
        _repo.Run("baseline", "create", "reports");
        // Fix one gap: give the number analysed.
        _repo.Write("reports/als.trial.yaml", GateFixture.Als.Replace("          allocated: 8\n", "          allocated: 8\n          analysed: 7\n"));

        var strict = _repo.Run("lint", "reports", "--baseline", ".triallint-baseline.json");
        var allowed = _repo.Run("lint", "reports", "--baseline", ".triallint-baseline.json", "--allow-stale");
        var prune = _repo.Run("baseline", "prune", "reports");
        var after = _repo.Run("lint", "reports", "--baseline", ".triallint-baseline.json");

        Assert.Equal(ExitCodes.Findings, strict.ExitCode);
        Assert.Contains("1 baseline entry matches no finding any more", strict.StdErr);
        Assert.Contains("reports/als.trial.yaml TL0105 /flow/periods/0/groups/0/analysed", strict.StdErr);
        Assert.Equal(ExitCodes.Success, allowed.ExitCode);
        Assert.Contains("removed 1 stale entry, 20 left", prune.StdOut);
        Assert.Equal(ExitCodes.Success, after.ExitCode);
    }

    [Fact]
    public void Update_refuses_new_findings_unless_accepted()
    {
        _repo.Write("reports/example.trial.yaml", GateFixture.Clean);
        _repo.Run("baseline", "create", "reports");
        _repo.Write("reports/example.trial.yaml", GateFixture.OneWarning);

        var refused = _repo.Run("baseline", "update", "reports");
        string unchanged = _repo.Read(".triallint-baseline.json");
        var accepted = _repo.Run("baseline", "update", "reports", "--accept-new");

        Assert.Equal(ExitCodes.Findings, refused.ExitCode);
        Assert.Contains("1 finding is not in the baseline", refused.StdErr);
        Assert.DoesNotContain("TL0710", unchanged);
        Assert.Equal(0, accepted.ExitCode);
        Assert.Contains("TL0710", _repo.Read(".triallint-baseline.json"));
    }

    [Fact]
    public void Create_refuses_to_overwrite_and_a_missing_baseline_is_a_usage_error()
    {
        _repo.Write("reports/example.trial.yaml", GateFixture.Clean);
        _repo.Run("baseline", "create", "reports");

        var again = _repo.Run("baseline", "create", "reports");
        var missing = _repo.Run("lint", "reports", "--baseline", "nope.json");

        Assert.Equal(ExitCodes.UsageError, again.ExitCode);
        Assert.Equal(ExitCodes.UsageError, missing.ExitCode);
        Assert.Contains("the file does not exist", missing.StdErr);
    }
}
