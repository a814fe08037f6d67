using TrialLint.Cli;
using TrialLint.Cli.Commands;
using TrialLint.Tests.Gate;

namespace TrialLint.Tests.Cli;

/// <summary>
/// <c>--quiet</c> (ESLint's meaning: report errors only) and colour as other tools decide it: <c>--color</c>,
/// <c>FORCE_COLOR</c>, <c>NO_COLOR</c>, a terminal.
/// </summary>
public sealed class QuietAndColorTests : IDisposable
{
    private readonly GateFixture _dir = new();

    public QuietAndColorTests() => _dir.Write("r.trial.yaml", GateFixture.OneWarning);

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Quiet_reports_errors_only()
    {
        var result = _dir.Run("lint", "r.trial.yaml", "--quiet");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.DoesNotContain("TL0710", result.StdOut);
        Assert.Contains("Linted 1 file", result.StdOut);
        Assert.Contains("0 warnings", result.StdOut);
    }

    [Fact]
    public void Quiet_still_fails_the_run_on_the_findings_it_hides_and_says_so()
    {
        var result = _dir.Run("lint", "r.trial.yaml", "--quiet", "--fail-level", "warning", "-f", "json");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.StdOut);
        Assert.Equal(0, json.RootElement.GetProperty("files")[0].GetProperty("findings").GetArrayLength());
        Assert.Contains("--quiet shows errors only", result.StdErr);
    }

    [Fact]
    public void Color_always_colours_even_when_NO_COLOR_is_set_and_output_is_redirected()
    {
        // The test runner sets NO_COLOR and redirects standard output.
        var always = _dir.Run("lint", "r.trial.yaml", "--color=always");
        var never = _dir.Run("lint", "r.trial.yaml", "--color", "never");

        Assert.Contains("\u001b[", always.StdOut);
        Assert.DoesNotContain("\u001b[", never.StdOut);
    }

    [Theory]
    [InlineData(null, null, null, false, false)]
    [InlineData(null, null, null, true, true)]
    [InlineData(null, null, "1", true, false)]
    [InlineData(null, "1", null, false, true)]
    [InlineData(null, "1", "1", false, true)]
    [InlineData(null, "0", null, true, false)]
    [InlineData(null, "", "", true, true)]
    [InlineData("auto", null, null, true, true)]
    [InlineData("always", null, "1", false, true)]
    [InlineData("never", "1", null, true, false)]
    public void Colour_follows_the_flag_then_FORCE_COLOR_then_NO_COLOR_then_the_terminal(string? flag, string? force, string? no, bool terminal, bool expected)
    {
        string? Environment(string name) => name switch { "FORCE_COLOR" => force, "NO_COLOR" => no, _ => null };

        Assert.Equal(expected, CommonOptions.DecideColor(flag, Environment, terminal));
    }
}
