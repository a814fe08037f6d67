using System.Diagnostics;
using System.Text;

namespace TrialLint.Cli.Commands;

/// <summary>Asks git which files changed since a revision (for <c>--changed-since</c> on pull requests).</summary>
/// <remarks>
/// Arguments go to git as a list (never through a command line that could be re-parsed), the revision is checked
/// before use and passed after <c>--end-of-options</c>, so a value such as <c>'HEAD" --output=x'</c> is refused instead
/// of becoming a git option. Changes are taken from the merge base of the revision and HEAD (what a pull request
/// changes, not what the base branch gained since), plus staged, unstaged and untracked files; names are read
/// NUL-separated so non-ASCII file names come back as they are.
/// </remarks>
internal static class GitChanges
{
    /// <summary>Full paths of files changed since <paramref name="revision"/>, or null with the reason.</summary>
    /// <param name="revision">The revision given to <c>--changed-since</c>.</param>
    /// <param name="directory">A folder inside the repository that holds the reports.</param>
    /// <param name="error">Why the changes could not be listed.</param>
    public static HashSet<string>? Since(string revision, string directory, out string? error)
    {
        error = null;
        if (revision.Length == 0 || revision.StartsWith('-') || revision.Any(char.IsControl))
        {
            error = $"--changed-since takes a revision (a branch, tag or commit such as origin/main), not '{Printable(revision)}'";
            return null;
        }
        if (Run(directory, ["rev-parse", "--show-toplevel"], out string top) != 0)
        {
            error = $"--changed-since needs a git repository, and '{directory}' is not in one";
            return null;
        }
        string root = top.TrimEnd('\n', '\r');
        if (Run(directory, ["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"], out string commit) != 0)
        {
            error = $"--changed-since: '{Printable(revision)}' is not a revision of this repository";
            return null;
        }
        string baseCommit = commit.Trim();
        if (Run(directory, ["merge-base", "--end-of-options", baseCommit, "HEAD"], out string mergeBase) == 0 && mergeBase.Trim().Length > 0)
            baseCommit = mergeBase.Trim();
        if (Run(directory, ["-c", "core.quotePath=false", "diff", "--name-only", "-z", "--end-of-options", baseCommit, "--"], out string changed) != 0
            || Run(directory, ["ls-files", "-z", "--others", "--exclude-standard", "--full-name"], out string untracked) != 0)
        {
            error = $"--changed-since: git could not list the files changed since '{Printable(revision)}'";
            return null;
        }
        return changed.Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Concat(untracked.Split('\0', StringSplitOptions.RemoveEmptyEntries))
            .Select(f => Path.GetFullPath(Path.Combine(root, f)))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static string Printable(string text) => new(text.Select(c => char.IsControl(c) ? '?' : c).ToArray());

    private static int Run(string directory, IEnumerable<string> arguments, out string output)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            output = process.StandardOutput.ReadToEnd();
            stderr.Wait();
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
