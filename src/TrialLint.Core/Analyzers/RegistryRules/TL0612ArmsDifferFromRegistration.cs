using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Model;

namespace TrialLint.Analyzers.RegistryRules;

/// <summary>
/// TL0612: the report has the arms that were registered: as many, with the same roles (experimental, placebo
/// comparator ...). Titles are not compared, since reports and registries name arms differently.
/// </summary>
public sealed class TL0612ArmsDifferFromRegistration : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0612", "Arms differ from the registration",
        "The report has {reportedCount} ({reported}), but {registry} registered {registeredCount} ({registered}); say in the report how and why the arms differ from the registration",
        DiagnosticCategory.Registry, DiagnosticSeverity.Warning,
        "The arms are part of the registered design. An arm added or dropped after registration, or a comparator that changed kind (a placebo arm reported as an active comparator), changes the trial readers are told about, and the report should say so.",
        ["CONSORT-2025:9", "CONSORT-2025:13"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterReportAction(Analyze);

    private static void Analyze(ReportAnalysisContext context)
    {
        if (CrossCheck.Registration(context, Descriptor) is not { } registered) return;
        var report = context.Report;
        if (report.Arms.IsEmpty || registered.Arms.IsEmpty)
        {
            context.ReportNotApplicable(Descriptor);
            return;
        }
        bool sameCount = report.Arms.Length == registered.Arms.Length;
        bool rolesKnown = report.Arms.All(a => a.Role is not null) && registered.Arms.All(a => a.Role is not null);
        bool sameRoles = !rolesKnown || Roles(report.Arms).SequenceEqual(Roles(registered.Arms));
        if (sameCount && sameRoles) return;
        context.ReportDiagnostic(Descriptor, context.LocationOf(report, "arms"),
            ("reportedCount", Count(report.Arms.Length)), ("reported", Describe(report.Arms)),
            ("registry", CrossCheck.Name(registered)), ("registeredCount", Count(registered.Arms.Length)), ("registered", Describe(registered.Arms)));
    }

    private static IEnumerable<string> Roles(ImmutableArray<Arm> arms) => arms.Select(a => a.Role!).Order(StringComparer.Ordinal);

    private static string Count(int n) => n == 1 ? "1 arm" : $"{n} arms";

    private static string Describe(ImmutableArray<Arm> arms) =>
        string.Join("; ", arms.Select(a => $"'{a.Title ?? a.Id}'" + (a.Role is { } role ? $", {role}" : "")));
}
