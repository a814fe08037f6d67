using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Model;

namespace TrialLint.Analyzers.ParticipantFlow;

/// <summary>
/// TL0111: every allocated participant who is not analysed is explained by a listed non-receipt, loss,
/// discontinuation or exclusion from the analysis.
/// </summary>
public sealed class TL0111NotAnalysedWithoutReason : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0111", "Participants not analysed without a reason",
        "In {where}, {allocated} were allocated and {analysed} analysed; {unexplained} of the {missing} not analysed are not explained by any listed loss, discontinuation or exclusion",
        DiagnosticCategory.ParticipantFlow, DiagnosticSeverity.Error,
        "Each allocated participant who is not analysed should appear, with a reason, among those who did not receive the intervention, were lost to follow-up, discontinued, or were excluded from the analysis.",
        ["CONSORT-2025:22a", "CONSORT-2025:22b", "CONSORT-Harms-2022:13b"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterFlowGroupAction(Analyze);

    private static void Analyze(ModelAnalysisContext<FlowGroup> context)
    {
        var group = context.Node;
        if (group.Allocated is not long allocated || group.Analysed is not long analysed || analysed >= allocated) return;
        long missing = allocated - analysed;
        long explained = group.DidNotReceive.Total() + group.LostToFollowUp.Total() + group.Discontinued.Total() + group.ExcludedFromAnalysis.Total();
        if (explained >= missing) return;
        context.ReportDiagnostic(Descriptor, context.LocationOf(group, "analysed"),
            ("where", FlowText.Where(context.Report, group, context.Period)), ("allocated", allocated), ("analysed", analysed),
            ("unexplained", FlowText.Participants(missing - explained)), ("missing", missing));
    }
}
