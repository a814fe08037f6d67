using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Model;

namespace TrialLint.Analyzers.ParticipantFlowRules;

/// <summary>
/// TL0101: everyone allocated to an arm either received the intervention or is listed as not receiving it.
/// </summary>
public sealed class TL0101AllocationNotAccountedFor : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0101", "Allocated participants are not all accounted for",
        "In {where}, {allocated} were allocated, {received} received the intervention and {notReceived} are listed as not receiving it: {difference}",
        DiagnosticCategory.ParticipantFlow, DiagnosticSeverity.Error,
        "Every participant allocated to an arm either received the allocated intervention or is counted, with a reason, among those who did not receive it (allocated = received + did not receive). A gap means participants vanish from the flow diagram; an excess means someone is counted twice.",
        ["CONSORT-2025:22a", "CONSORT-2025:22b", "CONSORT-Harms-2022:13a"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.RegisterReportAction(c => FlowNumbers.NotApplicableWithoutFlow(c, Descriptor));
        context.RegisterFlowGroupAction(Analyze);
    }

    private static void Analyze(ModelAnalysisContext<FlowGroup> context)
    {
        var group = context.Node;
        if (group.Allocated is not long allocated || group.Received is not long received) return;
        long notReceived = group.DidNotReceive.Total();
        long accounted = received + notReceived;
        if (accounted == allocated) return;
        string difference = accounted < allocated
            ? $"{FlowText.Participants(allocated - accounted)} not accounted for"
            : $"{FlowText.Participants(accounted - allocated)} more than were allocated";
        context.ReportDiagnostic(Descriptor, context.LocationOf(group, "received"),
            ("where", FlowText.Where(context.Report, group, context.Period)), ("allocated", allocated), ("received", received),
            ("notReceived", notReceived), ("difference", difference));
    }
}
