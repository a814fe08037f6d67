using System.Collections.Immutable;
using TrialLint.Diagnostics;

namespace TrialLint.Analyzers.ParticipantFlowRules;

/// <summary>TL0110: the report gives a participant flow with numbers.</summary>
public sealed class TL0110FlowNotReported : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0110", "Participant flow not reported",
        "The report gives no participant flow: how many were enrolled, allocated to each arm, treated and analysed",
        DiagnosticCategory.ParticipantFlow, DiagnosticSeverity.Error,
        "The participant flow (the CONSORT flow diagram) shows, for each group, how many participants were allocated, received the intervention, were lost or excluded, and were analysed. Without it a reader cannot judge attrition.",
        ["CONSORT-2025:22a", "CONSORT-2025:22b", "CONSORT-Harms-2022:13a"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override ImmutableArray<string> Reads { get; } = ["flow"];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterReportAction(c =>
    {
        var flow = c.Report.Flow;
        if (FlowNumbers.AreReported(flow)) return;
        c.ReportDiagnostic(Descriptor, c.LocationOf(flow?.Pointer ?? c.Report.PointerOf("flow")));
    });
}
