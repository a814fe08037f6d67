namespace TrialLint.Diagnostics;

/// <summary>
/// Descriptors for TrialLint's own failures (TL09xx). They make the run exit 3, so a crash never passes
/// for a clean report, and the rest of the run still completes.
/// </summary>
public static class InternalDiagnostics
{
    /// <summary>TL0901: an analyzer threw.</summary>
    public static readonly DiagnosticDescriptor AnalyzerFailed = new(
        "TL0901", "An analyzer failed",
        "Analyzer '{analyzer}' failed on this report and its checks were skipped: {error}",
        DiagnosticCategory.Internal, DiagnosticSeverity.Error,
        "This is a bug in TrialLint, not in the report. The other checks still ran. Please report it with the report file if you can share it.");

    /// <summary>TL0902: the engine failed outside an analyzer.</summary>
    public static readonly DiagnosticDescriptor EngineFailed = new(
        "TL0902", "TrialLint failed on this file",
        "TrialLint failed while checking this file: {error}",
        DiagnosticCategory.Internal, DiagnosticSeverity.Error,
        "This is a bug in TrialLint, not in the report. Other files were still checked. Please report it with the report file if you can share it.");

    /// <summary>All internal descriptors, in id order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [AnalyzerFailed, EngineFailed];
}
