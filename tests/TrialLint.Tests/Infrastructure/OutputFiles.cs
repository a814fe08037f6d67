using System.Text.RegularExpressions;

namespace TrialLint.Tests.Infrastructure;

/// <summary>Runs <c>triallint lint</c> with one output format written to a file and returns that file's text.</summary>
public static partial class OutputFiles
{
    /// <summary>Lints <paramref name="paths"/> in <paramref name="workingDirectory"/> (the repository by default) with format <paramref name="format"/>.</summary>
    public static (string Text, CliRunner.Result Run) Lint(string format, string? workingDirectory, params string[] paths)
    {
        string output = Path.Combine(Path.GetTempPath(), $"triallint-{Guid.NewGuid():N}.{format}");
        try
        {
            var run = CliRunner.Run(workingDirectory, ["lint", .. paths, "-f", format, "-o", output]);
            Assert.True(File.Exists(output), $"triallint did not write {format} output (exit {run.ExitCode}): {run.StdErr}");
            return (File.ReadAllText(output), run);
        }
        finally
        {
            if (File.Exists(output)) File.Delete(output);
        }
    }

    /// <summary>Removes what changes between runs and machines: the repository's absolute path, the time, the run's date and rule fingerprint.</summary>
    public static string Stable(string text) =>
        RunSettings().Replace(GeneratedAt().Replace(text.Replace(new Uri(RepoPaths.Root.TrimEnd('/') + "/").AbsoluteUri, "file:///REPOSITORY/").Replace(RepoPaths.Root, "/REPOSITORY"), "0000-00-00 00:00 UTC"),
            m => $"\"{m.Groups[1].Value}\": \"{(m.Groups[1].Value == "asOf" ? "0000-00-00" : "sha256:FINGERPRINT")}\"");

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC")]
    private static partial Regex GeneratedAt();

    /// <summary>The findings JSON's run date (today unless --as-of) and fingerprint (of every rule's text).</summary>
    [GeneratedRegex(@"""(asOf|fingerprint)"": ""[^""]*""")]
    private static partial Regex RunSettings();
}
