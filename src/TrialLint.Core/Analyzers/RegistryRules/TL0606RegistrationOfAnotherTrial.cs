using System.Collections.Immutable;
using TrialLint.Diagnostics;

namespace TrialLint.Analyzers.RegistryRules;

/// <summary>TL0606: the registry record a report is checked against is the report's own registration.</summary>
public sealed class TL0606RegistrationOfAnotherTrial : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0606", "Registry record of another trial",
        "The report gives the registration number {reported}, but the registry record it is checked against is {registered}; the other cross-checks were skipped, since another trial's registration says nothing about this one",
        DiagnosticCategory.Registry, DiagnosticSeverity.Error,
        "A report is compared with its own registration. When the record given with --registry is another trial's, either the wrong record was given or the report names the wrong registration number; comparing outcomes, sample size or dates with another trial would only produce noise.",
        ["CONSORT-2025:2"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterReportAction(Analyze);

    private static void Analyze(ReportAnalysisContext context)
    {
        var report = context.Report;
        if (report.Registered is not { } registered || report.Registration?.Id is not { } id || string.IsNullOrWhiteSpace(id))
        {
            context.ReportNotApplicable(Descriptor);
            return;
        }
        if (Model.RegistrationIds.SameTrial(report, registered)) return;
        context.ReportDiagnostic(Descriptor, context.LocationOf(report.Registration, "id"),
            ("reported", id.Trim()), ("registered", CrossCheck.Name(registered)));
    }
}
