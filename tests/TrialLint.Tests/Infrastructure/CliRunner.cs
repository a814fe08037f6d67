using System.Diagnostics;

namespace TrialLint.Tests.Infrastructure;

/// <summary>Runs the real <c>triallint</c> program as a separate process, as a user would, and captures what it prints.</summary>
public static class CliRunner
{
    /// <summary>What a run printed and returned.</summary>
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    /// <summary>Runs <c>triallint</c> with <paramref name="args"/> in <paramref name="workingDirectory"/> (the repository root by default).</summary>
    public static Result Run(string? workingDirectory, params string[] args) =>
        RunProgram("dotnet", [Path.Combine(AppContext.BaseDirectory, "triallint.dll"), .. args], workingDirectory);

    /// <summary>Runs another build of <c>triallint</c> (such as the Native AOT executable) the same way.</summary>
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
