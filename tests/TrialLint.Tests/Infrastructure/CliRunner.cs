using System.Diagnostics;

namespace TrialLint.Tests.Infrastructure;

/// <summary>
/// Runs the <c>triallint</c> command line and captures what it prints and returns. <see cref="Run"/> calls
/// <c>Program.Run</c> in this process (milliseconds instead of a process start and a JIT per call);
/// <see cref="RunProcess"/> starts the real program, for the few tests where the process boundary is what is tested
/// (see Cli/ProcessEndToEndTests, which also checks that both ways print and return the same).
/// </summary>
/// <remarks>
/// The command line resolves paths, globs and the configuration against the current directory, which is one per
/// process. An in-process run therefore takes a lock, switches the current directory for the run and switches it
/// back; the test classes that run the command line are in the <see cref="CliCollection"/>, which xunit runs with
/// nothing else in parallel, so no other test sees the switched directory.
/// </remarks>
public static class CliRunner
{
    private static readonly Lock DirectoryLock = new();

    /// <summary>What a run printed and returned.</summary>
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    /// <summary>Runs <c>triallint</c> with <paramref name="args"/> in <paramref name="workingDirectory"/> (the repository root by default), in this process.</summary>
    public static Result Run(string? workingDirectory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exitCode;
        lock (DirectoryLock)
        {
            string previous = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(workingDirectory ?? RepoPaths.Root);
            try
            {
                exitCode = global::TrialLint.Cli.Program.Run(args, output, error);
            }
            finally
            {
                Directory.SetCurrentDirectory(previous);
            }
        }
        return new Result(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs the real <c>triallint</c> program (<c>dotnet triallint.dll</c>) as a separate process, as a user would.</summary>
    public static Result RunProcess(string? workingDirectory, params string[] args) =>
        RunProgram("dotnet", [Path.Combine(AppContext.BaseDirectory, "triallint.dll"), .. args], workingDirectory);

    /// <summary>Runs another build of <c>triallint</c> (such as the Native AOT executable) as a separate process.</summary>
    public static Result RunExecutable(string executable, string? workingDirectory, params string[] args) =>
        RunProgram(executable, args, workingDirectory);

    private static Result RunProgram(string program, IEnumerable<string> args, string? workingDirectory)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory ?? RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("triallint did not finish in 120 s");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>
/// The test classes that run the command line in-process (<see cref="CliRunner.Run"/>). They switch the process's
/// current directory, so xunit runs this collection on its own, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CliCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Command line (in-process)";
}
