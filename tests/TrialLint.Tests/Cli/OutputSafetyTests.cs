using TrialLint.Tests.Infrastructure;
using TrialLint.Cli;
using TrialLint.Tests.Gate;

namespace TrialLint.Tests.Cli;

/// <summary>
/// Outputs and baselines that cannot be written are usage errors (exit 2) with the reason, never internal errors;
/// no output replaces an input or a device.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class OutputSafetyTests : IDisposable
{
    private readonly GateFixture _dir = new();

    public OutputSafetyTests() => _dir.Write("r.trial.yaml", GateFixture.OneWarning);

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void An_output_that_names_a_folder_is_a_usage_error()
    {
        Directory.CreateDirectory(Path.Combine(_dir.Root, "out"));

        var result = _dir.Run("lint", "r.trial.yaml", "-f", "json", "-o", "out");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("'out' is a folder", result.StdErr);
    }

    [Fact]
    public void An_output_that_names_an_input_is_refused_and_the_input_is_kept()
    {
        string before = _dir.Read("r.trial.yaml");

        var result = _dir.Run("lint", "r.trial.yaml", "-f", "sarif", "-o", "r.trial.yaml");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("is an input of this run", result.StdErr);
        Assert.Equal(before, _dir.Read("r.trial.yaml"));
    }

    [SkippableFact]
    public void A_full_disk_is_a_usage_error_and_the_device_is_not_replaced()
    {
        Skip.IfNot(OperatingSystem.IsLinux() && File.Exists("/dev/full"), "needs Linux's /dev/full, a device that is always full");

        var result = _dir.Run("lint", "r.trial.yaml", "-f", "json", "-o", "/dev/full");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("cannot write the output", result.StdErr);
        Assert.Equal(0, new FileInfo("/dev/full").Length);
    }

    [Fact]
    public void A_baseline_in_a_missing_folder_is_a_usage_error()
    {
        var result = _dir.Run("baseline", "create", "r.trial.yaml", "--baseline", "missing/b.json");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("cannot write the baseline 'missing/b.json': the folder", result.StdErr);
    }

    [Theory]
    [InlineData("{\"version\": 1, \"entries\": [null]}", "entry 1 of \"entries\" is null")]
    [InlineData("{\"version\": 1, \"entries\": [{\"ruleId\": \"TL0710\"}]}", "entry 1 of \"entries\" has no \"file\"")]
    [InlineData("{\"version\": \"one\"}", "the value at version is not what a baseline holds there at line 1")]
    [InlineData("{\"version\": 1,", "it is not valid JSON")]
    public void A_broken_baseline_names_what_is_wrong_in_the_files_terms(string baseline, string says)
    {
        _dir.Write("b.json", baseline);

        var result = _dir.Run("lint", "r.trial.yaml", "--baseline", "b.json");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains(says, result.StdErr);
        Assert.DoesNotContain("System.", result.StdErr);
        Assert.DoesNotContain("internal error", result.StdErr);
    }
}
