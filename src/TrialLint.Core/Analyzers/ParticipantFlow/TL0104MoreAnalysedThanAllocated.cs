using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Model;

namespace TrialLint.Analyzers.ParticipantFlow;

/// <summary>TL0104: no arm analyses more participants than entered it.</summary>
public sealed class TL0104MoreAnalysedThanAllocated : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0104", "More participants analysed than allocated",
        "In {where}, {analysed} participants are analysed but only {allocated} were allocated",
        DiagnosticCategory.ParticipantFlow, DiagnosticSeverity.Error,
        "An arm cannot analyse more participants than entered it. This usually means a typing error, or that participants were moved between arms without saying so.",
        ["CONSORT-2025:22a", "CONSORT-Harms-2022:13a"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterFlowGroupAction(Analyze);

    private static void Analyze(ModelAnalysisContext<FlowGroup> context)
    {
        var group = context.Node;
        if (group.Allocated is not long allocated || group.Analysed is not long analysed || analysed <= allocated) return;
        context.ReportDiagnostic(Descriptor, context.LocationOf(group, "analysed"),
            ("where", FlowText.Where(context.Report, group, context.Period)), ("analysed", analysed), ("allocated", allocated));
    }
}
