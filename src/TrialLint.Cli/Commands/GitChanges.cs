using System.Diagnostics;

namespace TrialLint.Cli.Commands;

/// <summary>Asks git which files changed since a revision (for <c>--changed-since</c> on pull requests).</summary>
internal static class GitChanges
{
    /// <summary>Full paths of files changed since <paramref name="revision"/> (committed, staged, unstaged or untracked), or null with the reason.</summary>
    public static HashSet<string>? Since(string revision, string directory, out string? error)
    {
        error = null;
        if (Run(directory, "rev-parse --show-toplevel", out string top) != 0)
        {
            error = $"--changed-since needs a git repository, and '{directory}' is not in one";
            return null;
        }
        string root = top.Trim();
        if (Run(directory, $"rev-parse --verify --quiet \"{revision}^{{commit}}\"", out _) != 0)
        {
            error = $"--changed-since: '{revision}' is not a revision of this repository";
            return null;
        }
        Run(directory, $"diff --name-only \"{revision}\"", out string changed);
        Run(directory, "ls-files --others --exclude-standard --full-name", out string untracked);
        return changed.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(untracked.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(f => Path.GetFullPath(Path.Combine(root, f)))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static int Run(string directory, string arguments, out string output)
    {
        var start = new ProcessStartInfo("git", arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        try
        {
            using var process = Process.Start(start)!;
            output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            output = string.Empty;
            return -1;
        }
    }
}
