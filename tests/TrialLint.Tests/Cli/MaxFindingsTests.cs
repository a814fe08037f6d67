using System.Text.RegularExpressions;
using TrialLint.Cli;
using TrialLint.Tests.Gate;

namespace TrialLint.Tests.Cli;

/// <summary><c>--max-findings N</c>: the console writes at most N findings per file and says how many it left out.</summary>
public sealed class MaxFindingsTests : IDisposable
{
    private readonly GateFixture _dir = new();

    public MaxFindingsTests() => _dir.Write("als.trial.yaml", GateFixture.Als);

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_console_writes_at_most_n_findings_per_file_and_counts_the_rest()
    {
        var all = _dir.Run("lint", "als.trial.yaml");
        var capped = _dir.Run("lint", "als.trial.yaml", "--max-findings", "2");

        int total = Regex.Matches(all.StdOut, @"(?m)^als\.trial\.yaml:\d+:\d+: ").Count;
        Assert.True(total > 2);
        Assert.Equal(all.ExitCode, capped.ExitCode);
        Assert.Equal(2, Regex.Matches(capped.StdOut, @"(?m)^als\.trial\.yaml:\d+:\d+: ").Count);
        Assert.Contains($"als.trial.yaml: {total - 2} more findings not shown (--max-findings 2)", capped.StdOut);
        // The summary still counts every finding.
        Assert.Equal(Summary(all.StdOut), Summary(capped.StdOut));
    }

    private static string Summary(string output) =>
        Regex.Replace(output.Split('\n').Last(l => l.StartsWith("Linted", StringComparison.Ordinal)), @" in [0-9.]+ m?s", string.Empty);

    [Fact]
    public void Max_findings_below_one_is_a_usage_error()
    {
        var result = _dir.Run("lint", "als.trial.yaml", "--max-findings", "0");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--max-findings takes a whole number of 1 or more", result.StdErr);
    }
}
