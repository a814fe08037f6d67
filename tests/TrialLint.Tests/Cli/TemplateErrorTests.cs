using TrialLint.Cli;
using TrialLint.Tests.Gate;

namespace TrialLint.Tests.Cli;

/// <summary>
/// A user template (<c>--template</c>) that fails while it runs is a usage error (exit 2) at its file and line, found
/// before linting when a sample page shows it; never an internal error, and the run's other outputs are still written.
/// </summary>
public sealed class TemplateErrorTests : IDisposable
{
    private readonly GateFixture _dir = new();

    public TemplateErrorTests() => _dir.Write("r.trial.yaml", GateFixture.OneWarning);

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_template_that_fails_when_it_runs_is_exit_2_before_linting()
    {
        // A function called with too many arguments parses, and fails only when the template runs.
        _dir.Write("t/report.sbn", "<p>{{ title }}</p>\n{{ for r in reports }}{{ string.upcase r.title 'b' 'c' }}{{ end }}\n");

        var result = _dir.Run("lint", "r.trial.yaml", "-f", "html", "-o", "out.html", "--template", "t");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Matches(@"report\.sbn:2:\d+", result.StdErr);
        Assert.DoesNotContain("internal error", result.StdErr);
        Assert.Equal(string.Empty, result.StdOut);
        Assert.False(File.Exists(Path.Combine(_dir.Root, "out.html")));
    }

    [Fact]
    public void A_template_that_fails_only_on_the_runs_data_keeps_the_other_outputs()
    {
        // The sample page has two reports; this run has one, which the template cannot handle.
        _dir.Write("t/report.sbn", "{{ if reports.size == 1 }}\n{{ string.upcase 'a' 'b' 'c' }}{{ end }}ok\n");

        var result = _dir.Run("lint", "r.trial.yaml", "-f", "sarif", "-o", "out.sarif", "-f", "html", "-o", "out.html", "--template", "t");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Matches(@"report\.sbn:2:\d+", result.StdErr);
        Assert.DoesNotContain("internal error", result.StdErr);
        Assert.Contains("TL0710", _dir.Read("out.sarif"));
        Assert.False(File.Exists(Path.Combine(_dir.Root, "out.html")));
    }
}
