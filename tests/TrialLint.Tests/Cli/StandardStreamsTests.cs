using System.Text;
using System.Text.Json;
using TrialLint.Cli;
using TrialLint.Tests.Gate;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Cli;

/// <summary>
/// Standard input and output as ESLint and Ruff users expect: <c>lint -</c> reads a report from standard input
/// (named by <c>--stdin-filename</c>), <c>-o -</c> is standard output, and with a machine format on standard
/// output nothing else is written there.
/// </summary>
public sealed class StandardStreamsTests : IDisposable
{
    private readonly GateFixture _dir = new();

    public void Dispose() => _dir.Dispose();

    private static (int Exit, string Out, string Error) RunWithInput(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = Program.Run(args, () => new MemoryStream(Encoding.UTF8.GetBytes(input)), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void A_dash_reads_the_report_from_standard_input_under_the_given_name()
    {
        var (exit, output, error) = RunWithInput(GateFixture.OneWarning, "lint", "-", "--stdin-filename", "reports/draft.trial.yaml");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.DoesNotContain("does not exist", error);
        Assert.Matches(@"(?m)^reports/draft\.trial\.yaml:\d+:\d+: warning TL0710:", output);
        Assert.Contains("Linted 1 file", output);
    }

    [Fact]
    public void Without_a_name_the_report_from_standard_input_is_called_stdin_and_its_format_is_read_from_its_content()
    {
        var (exit, output, _) = RunWithInput("{\"format_version\": 1, \"title\": \"a\"", "lint", "-", "-f", "json");

        Assert.Equal(ExitCodes.Findings, exit);
        using var json = JsonDocument.Parse(output);
        var file = json.RootElement.GetProperty("files")[0];
        Assert.Equal("<stdin>", file.GetProperty("path").GetString());
        Assert.StartsWith("TL00", file.GetProperty("findings")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void Stdin_filename_without_a_dash_is_a_usage_error()
    {
        var (exit, _, error) = RunWithInput(string.Empty, "lint", "x.trial.yaml", "--stdin-filename", "a.trial.yaml");

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("give '-' as a path too", error);
    }

    [Fact]
    public void Output_dash_is_standard_output_not_a_file()
    {
        _dir.Write("r.trial.yaml", GateFixture.OneWarning);

        var result = _dir.Run("lint", "r.trial.yaml", "-f", "json", "-o", "-");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.False(File.Exists(Path.Combine(_dir.Root, "-")));
        using var json = JsonDocument.Parse(result.StdOut);
        Assert.Contains("TL0710", result.StdOut);
    }

    [Fact]
    public void With_json_on_standard_output_rule_file_problems_go_to_standard_error()
    {
        _dir.Write("r.trial.yaml", GateFixture.OneWarning);
        _dir.Write("house/TL0599-acronym.yaml", RuleCommandsTests.UserRule.Replace("present(acronym)", "present(acronymm)"));

        var result = _dir.Run("lint", "r.trial.yaml", "--rules", "house", "-f", "json");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("error TL0803", result.StdErr);
        Assert.DoesNotContain("TL0803", result.StdOut);
        using var json = JsonDocument.Parse(result.StdOut);
        Assert.Contains("\"TL0710\"", result.StdOut);
    }

    [Fact]
    public void With_sarif_on_standard_output_configuration_problems_go_to_standard_error()
    {
        _dir.Write("r.trial.yaml", GateFixture.OneWarning);
        _dir.Write(".triallint.yaml", "failLevl: error\n");

        var result = _dir.Run("lint", "r.trial.yaml", "-f", "sarif");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("error TL0809", result.StdErr);
        Assert.Equal(string.Empty, result.StdOut);
    }
}
