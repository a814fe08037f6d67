using TrialLint.Cli;
using TrialLint.Diagnostics;
using TrialLint.Output;

namespace TrialLint.Tests.Cli;

public sealed class ExitCodeTests
{
    private static Diagnostic Finding(DiagnosticDescriptor descriptor) =>
        Diagnostic.Create(descriptor, Location.ForFile("r.trial.yaml"), ("reason", "x"), ("error", "x"), ("analyzer", "x"));

    [Fact]
    public void Internal_error_wins_over_findings()
    {
        var summary = new RunSummary();
        summary.Add([Finding(InputDiagnostics.YamlSyntax), Finding(InternalDiagnostics.AnalyzerFailed)]);

        Assert.Equal(ExitCodes.InternalError, ExitCodes.ForRun(summary, DiagnosticSeverity.Error));
    }

    [Fact]
    public void No_findings_is_success_at_every_fail_level()
    {
        var summary = new RunSummary();
        summary.Add([]);

        Assert.Equal(ExitCodes.Success, ExitCodes.ForRun(summary, DiagnosticSeverity.Info));
    }

    [Fact]
    public void Error_finding_fails_at_the_default_level()
    {
        var summary = new RunSummary();
        summary.Add([Finding(InputDiagnostics.YamlSyntax)]);

        Assert.Equal(ExitCodes.Findings, ExitCodes.ForRun(summary, DiagnosticSeverity.Error));
    }
}
