using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace TrialLint.Bench;

/// <summary>What one process run cost: wall time, CPU time (user and system) and peak resident memory.</summary>
public sealed record Measurement(double WallSeconds, double UserSeconds, double SystemSeconds, long PeakRssKb, int ExitCode)
{
    public double CpuSeconds => UserSeconds + SystemSeconds;
}

/// <summary>
/// Runs a command and measures it. CPU times (user, system) are the difference of <c>getrusage(RUSAGE_CHILDREN)</c>
/// before and after (microseconds; every waited-for descendant counts). The peak RSS comes from GNU time
/// (<c>/usr/bin/time</c>, a small C program that reads it from <c>wait4</c>: exact); without GNU time it comes from
/// polling the child's <c>VmHWM</c> every millisecond (its own high-water mark, so a peak is missed only if it
/// happens in the last millisecond). The peak RSS of this .NET process's own children is not usable: a child started
/// with vfork inherits this process's high-water mark when it execs. Wall time
/// is measured here around start and exit in both cases (GNU time's own start adds about a millisecond).
/// Standard output goes to /dev/null, as a CI log would swallow it.
/// </summary>
public static class ProcessMeter
{
    private const string GnuTime = "/usr/bin/time";

    /// <summary>"gnu-time" or "rusage+VmHWM polling".</summary>
    public static string Method { get; } = UseGnuTime() ? "gnu-time" : "rusage+VmHWM polling";

    private static bool UseGnuTime()
    {
        if (Environment.GetEnvironmentVariable("BENCH_METER") == "poll" || !File.Exists(GnuTime)) return false;
        try
        {
            var psi = new ProcessStartInfo(GnuTime) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in new[] { "-f", "%M", "true" }) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            string err = p.StandardError.ReadToEnd();
            p.WaitForExit();
            return p.ExitCode == 0 && long.TryParse(err.Trim(), out _);
        }
        catch (Exception) { return false; }
    }

    public static Measurement Run(string file, IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? env = null, string? workingDirectory = null)
    {
        // sh -c 'exec "$@" >/dev/null' keeps the measured process the command itself (exec), with output discarded.
        var command = new List<string> { "/bin/sh", "-c", "exec \"$@\" >/dev/null", "sh", file };
        command.AddRange(args);
        string? timeFile = null;
        if (Method == "gnu-time")
        {
            timeFile = Path.GetTempFileName();
            command.InsertRange(0, [GnuTime, "-f", "%e %U %S %M", "-o", timeFile, "-q"]);
        }
        var psi = new ProcessStartInfo(command[0]) { UseShellExecute = false, RedirectStandardError = true };
        if (workingDirectory is not null) psi.WorkingDirectory = workingDirectory;
        foreach (string a in command.Skip(1)) psi.ArgumentList.Add(a);
        if (env is not null) foreach (var (k, v) in env) psi.Environment[k] = v;

        var before = ChildrenUsage();
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        long peakKb = 0;
        if (timeFile is null)
        {
            // Poll the child's own high-water mark until it exits.
            string status = $"/proc/{process.Id}/status";
            while (!process.HasExited)
            {
                peakKb = Math.Max(peakKb, ReadHwm(status));
                Thread.Sleep(1);
            }
        }
        process.WaitForExit();
        stopwatch.Stop();
        var after = ChildrenUsage();
        string errText = stderr.Result;
        if (process.ExitCode > 1 && errText.Length > 0) Console.Error.WriteLine($"[{Path.GetFileName(file)} exited {process.ExitCode}] {errText.Trim()[..Math.Min(400, errText.Trim().Length)]}");

        double user = after.User - before.User, sys = after.System - before.System;
        if (timeFile is not null)
        {
            string[] parts = File.ReadAllText(timeFile).Trim().Split('\n').Last().Split(' ');
            File.Delete(timeFile);
            // The peak RSS is GNU time's (exact, per child). CPU times stay the rusage difference: microseconds,
            // where GNU time prints hundredths (it adds its own ~1 ms).
            peakKb = long.Parse(parts[3], CultureInfo.InvariantCulture);
        }
        return new Measurement(stopwatch.Elapsed.TotalSeconds, user, sys, peakKb, process.ExitCode);
    }

    private static long ReadHwm(string statusPath)
    {
        try
        {
            foreach (string line in File.ReadLines(statusPath))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return 0;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, [Out] long[] usage);

    private static (double User, double System) ChildrenUsage()
    {
        var u = new long[18];
        if (!OperatingSystem.IsLinux() || getrusage(-1, u) != 0) return (0, 0);
        return (u[0] + u[1] / 1e6, u[2] + u[3] / 1e6);
    }
}
