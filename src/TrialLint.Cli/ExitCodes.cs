using TrialLint.Diagnostics;
using TrialLint.Output;

namespace TrialLint.Cli;

/// <summary>The exit codes of every command. When several apply, the highest wins.</summary>
public static class ExitCodes
{
    /// <summary>No finding at or above the fail level.</summary>
    public const int Success = 0;

    /// <summary>At least one finding at or above the fail level (an unparsable report is such a finding).</summary>
    public const int Findings = 1;

    /// <summary>Usage, configuration or rule-file error, or a path that cannot be read.</summary>
    public const int UsageError = 2;

    /// <summary>TrialLint itself failed (an internal error, TL09xx).</summary>
    public const int InternalError = 3;

    /// <summary>The exit code of a lint run: internal errors beat findings, findings at the fail level beat success.</summary>
    public static int ForRun(RunSummary summary, DiagnosticSeverity failLevel)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.InternalErrors > 0) return InternalError;
        if (summary.ConfigurationErrors > 0) return UsageError;
        return summary.HighestSeverity is { } highest && highest >= failLevel ? Findings : Success;
    }
}
