using System.Text.RegularExpressions;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Cli;

/// <summary>
/// The real program, as a separate process: what only a process shows (the exit code as the operating system sees
/// it, output through the real standard streams, the program's entry point and its runtime configuration), and
/// that the in-process runner every other command-line test uses prints and returns exactly the same. (TrialLint
/// reads no standard input and handles no signals, so there is nothing else only a process would show.)
/// </summary>
[Collection(CliCollection.Name)]
public sealed class ProcessEndToEndTests
{
    public static TheoryData<string[]> Commands() =>
    [
        ["lint", "seeds/"],
        ["lint", "seeds/", "--frobnicate"],
        ["lint", "seeds/example-randomised.trial.yaml", "-f", "json"],
    ];

    [Theory]
    [MemberData(nameof(Commands))]
    public void The_process_prints_and_returns_what_the_in_process_run_does(string[] args)
    {
        var process = CliRunner.RunProcess(null, args);
        var inProcess = CliRunner.Run(null, args);

        Assert.Equal(inProcess.ExitCode, process.ExitCode);
        Assert.Equal(Normalise(inProcess.StdOut), Normalise(process.StdOut));
        Assert.Equal(Normalise(inProcess.StdErr), Normalise(process.StdErr));
    }

    [Fact]
    public void Exit_codes_reach_the_operating_system()
    {
        Assert.Equal(1, CliRunner.RunProcess(null, "lint", "seeds/").ExitCode);
        Assert.Equal(0, CliRunner.RunProcess(null, "lint", "seeds/example-randomised.trial.yaml").ExitCode);
        Assert.Equal(2, CliRunner.RunProcess(null, "lint", "no/such/report.trial.yaml").ExitCode);
    }

    /// <summary>Timings and timestamps differ from run to run; nothing else may.</summary>
    private static string Normalise(string output) =>
        Regex.Replace(output, @"\d+(\.\d+)? ?m?s\b|\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?( UTC|Z)?", "#");
}
