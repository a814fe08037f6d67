using System.Collections.Immutable;
using TrialLint.Diagnostics;

namespace TrialLint.Analyzers.HarmsRules;

/// <summary>TL0201: the report says something about harms, even if only that none occurred.</summary>
public sealed class TL0201HarmsNotReported : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0201", "Harms not reported",
        "The report says nothing about harms (adverse events); report them for each arm, or state that none occurred",
        DiagnosticCategory.Harms, DiagnosticSeverity.Error,
        "Every trial report describes the harms in each group, or states explicitly that no adverse events occurred. Silence about harms cannot be told apart from harms that were not looked for.",
        ["CONSORT-2025:27", "CONSORT-Harms-2022:19", "CONSORT-Harms-2022:17c"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterReportAction(c =>
    {
        var harms = c.Report.Harms;
        if (harms is not null && (harms.NoEvents == true || !harms.Groups.IsEmpty || !harms.Events.IsEmpty || !string.IsNullOrWhiteSpace(harms.Statement)))
            return;
        c.ReportDiagnostic(Descriptor, c.LocationOf(harms?.Pointer ?? c.Report.PointerOf("harms")));
    });
}
