using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Model;

namespace TrialLint.Analyzers.DesignRules;

/// <summary>
/// TL0301: a trial without a control arm says why. Randomised trials with two or more arms compare arms with
/// each other and are never flagged.
/// </summary>
public sealed class TL0301NoControlArm : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0301", "No control arm and no rationale",
        "The trial has no control arm and the report does not say why; give the rationale for a single-arm design",
        DiagnosticCategory.Design, DiagnosticSeverity.Warning,
        "Without a control group, changes seen in participants cannot be attributed to the intervention: the disease course, regression to the mean and placebo effects look the same. A single-arm design can be appropriate (first-in-human safety, rare diseases), but the report should say why it was chosen (design.single_arm_rationale).",
        ["CONSORT-2025:9", "CONSORT-DEFINE-2023:3a.1"]);

    private static readonly ImmutableHashSet<string> ComparatorRoles =
        ["active-comparator", "placebo-comparator", "sham-comparator", "no-intervention"];

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterReportAction(Analyze);

    private static void Analyze(ReportAnalysisContext context)
    {
        var report = context.Report;
        var design = report.Design;
        if (!string.IsNullOrWhiteSpace(design?.SingleArmRationale)) return;
        if (report.Arms.Any(a => a.Role is not null && ComparatorRoles.Contains(a.Role))) return;
        bool randomisedComparison = design?.Randomised == true && report.Arms.Length != 1 && design.Type != "single-arm";
        if (randomisedComparison) return;
        // Only judge reports that describe their design or arms; a report without either gets other findings.
        if (design is null && report.Arms.IsEmpty) return;
        var location = design is not null ? context.LocationOf(design, "single_arm_rationale") : context.LocationOf(report, "arms");
        context.ReportDiagnostic(Descriptor, location);
    }
}
