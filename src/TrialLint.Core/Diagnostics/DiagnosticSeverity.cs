namespace TrialLint.Diagnostics;

/// <summary>How serious a finding is. Ordered, so a fail level is a comparison.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; never fails a run unless the fail level is info.</summary>
    Info = 0,

    /// <summary>Probably a reporting gap; fails a run at fail level warning.</summary>
    Warning = 1,

    /// <summary>A reporting error or a report that cannot be read; fails a run by default.</summary>
    Error = 2,
}
