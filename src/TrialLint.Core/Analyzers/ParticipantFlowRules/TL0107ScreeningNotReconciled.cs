using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Model;

namespace TrialLint.Analyzers.ParticipantFlowRules;

/// <summary>TL0107: participants assessed for eligibility are either enrolled or excluded with a reason.</summary>
public sealed class TL0107ScreeningNotReconciled : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0107", "Screened participants are not all accounted for",
        "{screened} were assessed for eligibility, {enrolled} enrolled and {excluded} excluded: {difference}",
        DiagnosticCategory.ParticipantFlow, DiagnosticSeverity.Error,
        "Everyone assessed for eligibility is either enrolled or counted among those excluded before allocation (not eligible, declined, other reasons): assessed = enrolled + excluded.",
        ["CONSORT-2025:22a"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override ImmutableArray<string> Reads { get; } = ["flow.screened", "flow.enrolled"];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterReportAction(Analyze);

    private static void Analyze(ReportAnalysisContext context)
    {
        if (FlowNumbers.NotApplicableWithoutFlow(context, Descriptor)) return;
        if (context.Report.Flow is not { Screened: long screened, Enrolled: long enrolled } flow) return;
        long excluded = flow.ExcludedBeforeAllocation.Total();
        long accounted = enrolled + excluded;
        if (accounted == screened) return;
        string difference = accounted < screened
            ? $"{FlowText.Participants(screened - accounted)} not accounted for"
            : $"{FlowText.Participants(accounted - screened)} more than were assessed";
        context.ReportDiagnostic(Descriptor, context.LocationOf(flow, "screened"),
            ("screened", screened), ("enrolled", enrolled), ("excluded", excluded), ("difference", difference));
    }
}
