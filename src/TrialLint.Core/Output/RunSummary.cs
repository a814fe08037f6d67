using TrialLint.Diagnostics;

namespace TrialLint.Output;

/// <summary>Totals of a lint run, for closing summaries and exit codes.</summary>
public sealed class RunSummary
{
    /// <summary>Files linted.</summary>
    public int Files { get; private set; }

    /// <summary>Files with at least one finding.</summary>
    public int FilesWithFindings { get; private set; }

    /// <summary>Findings at error severity.</summary>
    public int Errors { get; private set; }

    /// <summary>Findings at warning severity.</summary>
    public int Warnings { get; private set; }

    /// <summary>Findings at info severity.</summary>
    public int Infos { get; private set; }

    /// <summary>Internal errors (TL09xx).</summary>
    public int InternalErrors { get; private set; }

    /// <summary>Rule-file or configuration problems found while linting (TL08xx).</summary>
    public int ConfigurationErrors { get; private set; }

    /// <summary>Findings silenced by a suppression comment, a configuration override or the baseline.</summary>
    public int Suppressed { get; private set; }

    /// <summary>Wall-clock time of the run.</summary>
    public TimeSpan Elapsed { get; set; }

    /// <summary>The highest severity seen, or null when there were no findings.</summary>
    public DiagnosticSeverity? HighestSeverity { get; private set; }

    /// <summary>Adds one file's findings.</summary>
    public void Add(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        Files++;
        if (diagnostics.Any(d => !d.IsSuppressed)) FilesWithFindings++;
        foreach (var d in diagnostics)
        {
            if (d.IsSuppressed)
            {
                Suppressed++;
                continue;
            }
            switch (d.Severity)
            {
                case DiagnosticSeverity.Error: Errors++; break;
                case DiagnosticSeverity.Warning: Warnings++; break;
                default: Infos++; break;
            }
            if (d.Descriptor.Category == DiagnosticCategory.Internal) InternalErrors++;
            if (ConfigurationDiagnostics.StopsTheRun(d.Descriptor)) ConfigurationErrors++;
            if (HighestSeverity is null || d.Severity > HighestSeverity) HighestSeverity = d.Severity;
        }
    }
}
