using System.Collections.Immutable;
using TrialLint.Diagnostics;

namespace TrialLint.Analyzers.FollowUpRules;

/// <summary>TL0401: the report says how long participants were followed (planned or actual, or the end date of follow-up).</summary>
public sealed class TL0401FollowUpLengthNotStated : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0401", "Length of follow-up not stated",
        "The report does not say how long participants were followed; give the planned and actual length of follow-up",
        DiagnosticCategory.FollowUpAndOutcomes, DiagnosticSeverity.Warning,
        "Benefits and harms can only be interpreted against the time over which they were observed. CONSORT asks for the dates defining the periods of recruitment and follow-up.",
        ["CONSORT-2025:23a", "CONSORT-Harms-2022:14a"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterReportAction(c =>
    {
        var followUp = c.Report.FollowUp;
        bool stated = !string.IsNullOrWhiteSpace(followUp?.Planned) || !string.IsNullOrWhiteSpace(followUp?.Actual)
            || !string.IsNullOrWhiteSpace(followUp?.Statement) || !string.IsNullOrWhiteSpace(c.Report.Dates?.FollowUpEnd);
        if (stated) return;
        c.ReportDiagnostic(Descriptor, c.LocationOf(followUp?.Pointer ?? c.Report.PointerOf("follow_up")));
    });
}
