using TrialLint.Diagnostics;
using TrialLint.Output;

namespace TrialLint.Cli.Commands;

/// <summary>The settings a lint run records in its findings JSON (<see cref="RunSettings"/>), for <c>triallint merge</c>.</summary>
internal static class LintRunSettings
{
    public static RunSettings Of(LintCommand.LintRun run, LintSession session, DiagnosticSeverity failLevel, string asOf, string? baselineFile) =>
        new(asOf, failLevel, run.MaxWarnings ?? session.RunConfig?.MaxWarnings, run.Quiet,
            RunSettings.FingerprintOf(session.Rules, ReadOrNull(run.Session.ConfigPath ?? session.RunConfig?.Path), ReadOrNull(baselineFile)));

    private static string? ReadOrNull(string? path)
    {
        if (path is null) return null;
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
