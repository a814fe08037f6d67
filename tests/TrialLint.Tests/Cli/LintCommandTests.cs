using System.Text.RegularExpressions;
using TrialLint.Cli;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Cli;

/// <summary>End-to-end tests of <c>triallint lint</c>: the real program, its output shape and its exit codes.</summary>
[Collection(CliCollection.Name)]
public sealed partial class LintCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("triallint-cli-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Seeds_have_findings_and_exit_1()
    {
        var result = CliRunner.Run(null, "lint", "seeds/");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("seeds/als-phase1-msc.trial.yaml:", result.StdOut);
        Assert.DoesNotContain("example-randomised", result.StdOut);
        Assert.Equal(string.Empty, result.StdErr);
    }

    [Fact]
    public void Seed_output_matches_the_approved_snapshot()
    {
        var result = CliRunner.Run(null, "lint", "seeds/");

        // The elapsed time is the only part of the output that changes between runs.
        string stable = ElapsedTime().Replace(result.StdOut, "in <elapsed>:");
        Snapshot.Verify(stable);
    }

    [Fact]
    public void Every_finding_line_has_the_compiler_shape()
    {
        var result = CliRunner.Run(null, "lint", "seeds/");
        var findingLines = result.StdOut.Split('\n').Where(l => l.StartsWith("seeds/", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(findingLines);
        Assert.All(findingLines, line => Assert.Matches(FindingShape(), line));
    }

    [Fact]
    public void Clean_report_exits_0_and_says_so()
    {
        var result = CliRunner.Run(null, "lint", "seeds/example-randomised.trial.yaml");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("No findings. Linted 1 file in", result.StdOut);
    }

    [Fact]
    public void Missing_path_is_a_usage_error_naming_the_path()
    {
        var result = CliRunner.Run(null, "lint", "no/such/report.trial.yaml");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Equal("triallint: error: 'no/such/report.trial.yaml' does not exist or matches no file", result.StdErr.Trim());
        Assert.DoesNotContain("   at ", result.StdErr);
    }

    [Fact]
    public void Folder_without_reports_is_a_usage_error()
    {
        File.WriteAllText(Path.Combine(_temp, "notes.yaml"), "a: 1\n");

        var result = CliRunner.Run(_temp, "lint", ".");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("no report files (*.trial.yaml, *.trial.yml, *.trial.json) in '.'", result.StdErr);
    }

    [Fact]
    public void Broken_yaml_is_a_located_finding_and_exits_1()
    {
        File.WriteAllText(Path.Combine(_temp, "broken.trial.yaml"), "format_version: 1\ntitle: \"unclosed\narms: []\n");

        var result = CliRunner.Run(_temp, "lint", "broken.trial.yaml");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Matches(@"^broken\.trial\.yaml:\d+:\d+: error TL0010: The YAML cannot be parsed", result.StdOut);
        Assert.DoesNotContain("Exception", result.StdOut + result.StdErr);
    }

    [Fact]
    public void Binary_file_named_explicitly_is_a_finding_not_a_crash()
    {
        File.WriteAllBytes(Path.Combine(_temp, "image.trial.yaml"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]);

        var result = CliRunner.Run(_temp, "lint", "image.trial.yaml");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.StartsWith("image.trial.yaml:1:1: error TL0002: The file is not a UTF-8 text report: it contains binary data", result.StdOut);
    }

    [Theory]
    [InlineData("error", ExitCodes.Success)]
    [InlineData("warning", ExitCodes.Findings)]
    [InlineData("info", ExitCodes.Findings)]
    public void Fail_level_decides_whether_warnings_fail(string failLevel, int expected)
    {
        // The complete example without its limitations: its only finding is a warning (TL0710).
        string example = File.ReadAllText(RepoPaths.Combine("seeds", "example-randomised.trial.yaml"));
        File.WriteAllText(Path.Combine(_temp, "warn.trial.yaml"), LimitationsSection().Replace(example, string.Empty));

        var result = CliRunner.Run(_temp, "lint", "warn.trial.yaml", "--fail-level", failLevel);

        Assert.Contains("warning TL0710", result.StdOut);
        Assert.DoesNotContain(" error ", result.StdOut);
        Assert.Equal(expected, result.ExitCode);
    }

    [Fact]
    public void Unknown_option_is_a_usage_error()
    {
        var result = CliRunner.Run(null, "lint", "seeds/", "--frobnicate");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--frobnicate", result.StdErr);
    }

    [Fact]
    public void Bad_fail_level_is_a_usage_error()
    {
        var result = CliRunner.Run(null, "lint", "seeds/", "--fail-level", "fatal");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("fatal", result.StdErr);
    }

    [Fact]
    public void Help_and_version_work()
    {
        var help = CliRunner.Run(null, "lint", "--help");
        var version = CliRunner.Run(null, "--version");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--fail-level", help.StdOut);
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.StdOut.Trim());
    }

    [Fact]
    public void Glob_selects_matching_reports()
    {
        var result = CliRunner.Run(null, "lint", "seeds/**/example-*.trial.yaml");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Linted 1 file", result.StdOut);
    }

    [GeneratedRegex(@"^limitations:.*\n(  .*\n|\s*#.*\n)*", RegexOptions.Multiline)]
    private static partial Regex LimitationsSection();

    [GeneratedRegex(@"in \d+(\.\d+)? (ms|s):")]
    private static partial Regex ElapsedTime();

    [GeneratedRegex(@"^seeds/[\w.-]+\.trial\.(yaml|yml|json):\d+:\d+: (error|warning|info) TL\d{4}: \S.*$")]
    private static partial Regex FindingShape();
}
