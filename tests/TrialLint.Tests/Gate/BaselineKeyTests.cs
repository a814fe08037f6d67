using TrialLint.Tests.Infrastructure;
using TrialLint.Cli;

namespace TrialLint.Tests.Gate;

/// <summary>
/// What a baseline entry is keyed on: edits elsewhere in a section, reformatting and comments keep entries matching;
/// changing the offending value does not; unreadable reports are never accepted; a plain lint uses the baseline.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class BaselineKeyTests : IDisposable
{
    private readonly GateFixture _repo = new();

    public BaselineKeyTests()
    {
        _repo.Write("reports/als.trial.yaml", GateFixture.Als);
        _repo.Run("baseline", "create", "reports");
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void A_plain_lint_uses_the_baseline_beside_it()
    {
        var lint = _repo.Run("lint", "reports");

        Assert.Equal(ExitCodes.Success, lint.ExitCode);
        Assert.Contains("suppressed)", lint.StdOut);
    }

    [Theory]
    [InlineData("      serious:\n        participants: 0\n", "      at_risk: 7\n      serious:\n        participants: 0\n")]
    [InlineData("conclusions: >-\n", "conclusions: >-  # the authors' own words\n")]
    [InlineData("  statement: \"No serious adverse events were observed during this period.\"", "  statement: >-\n    No serious adverse events were\n    observed during this period.")]
    public void Edits_elsewhere_reformatting_and_comments_keep_every_entry(string before, string after)
    {
        Assert.Contains(before, GateFixture.Als);
        _repo.Write("reports/als.trial.yaml", GateFixture.Als.Replace(before, after));

        var lint = _repo.Run("lint", "reports");

        // Giving the number at risk fixes TL0209 (its entry is stale, rightly); no other entry may go stale or come back.
        Assert.All(lint.StdErr.Split('\n').Where(l => l.StartsWith("  reports/", StringComparison.Ordinal)), l => Assert.Contains(" TL0209 ", l));
        Assert.DoesNotContain(lint.StdOut.Split('\n'), l => l.StartsWith("reports/als.trial.yaml:", StringComparison.Ordinal));
    }

    [Fact]
    public void Changing_the_offending_value_makes_the_finding_new()
    {
        _repo.Write("reports/als.trial.yaml", GateFixture.Als.Replace("No serious adverse events were observed", "No serious adverse events at all were seen"));

        var lint = _repo.Run("lint", "reports");

        Assert.Equal(ExitCodes.Findings, lint.ExitCode);
        Assert.Contains("TL0202", lint.StdOut);
    }

    [Fact]
    public void A_report_that_cannot_be_parsed_is_never_baselined()
    {
        _repo.Write("reports/broken.trial.yaml", "format_version: 1\ntitle: [unclosed\n");
        System.IO.File.Delete(System.IO.Path.Combine(_repo.Root, ".triallint-baseline.json"));

        _repo.Run("baseline", "create", "reports");
        var lint = _repo.Run("lint", "reports");

        Assert.DoesNotContain("TL0010", _repo.Read(".triallint-baseline.json"));
        Assert.Equal(ExitCodes.Findings, lint.ExitCode);
        Assert.Contains("error TL0010", lint.StdOut);
    }
}
