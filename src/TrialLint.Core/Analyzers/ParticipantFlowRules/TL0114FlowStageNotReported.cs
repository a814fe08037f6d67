using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Model;

namespace TrialLint.Analyzers.ParticipantFlowRules;

/// <summary>
/// TL0114: in a randomised trial, each arm's flow accounts for everyone allocated at every stage of the CONSORT
/// diagram: who received the intervention (or did not, with reasons), who was lost to follow-up and who
/// discontinued (with reasons, or "none": <c>[]</c> or <c>0</c>). One finding per arm names every stage it leaves
/// out. A stage counts as given when any period of the arm gives it (received given in the first period only, a
/// later period that is follow-up only). The number analysed is TL0105's. Reports only: registry records have
/// their own flow shape and get the registry pack.
/// </summary>
public sealed class TL0114FlowStageNotReported : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0114", "Flow stage not reported for an arm",
        "The flow of arm '{arm}' does not report {stages}; account for everyone allocated at each stage, with reasons, and state a stage with nobody in it as none ([] or 0)",
        DiagnosticCategory.ParticipantFlow, DiagnosticSeverity.Warning,
        "For a randomised trial, CONSORT asks for each group how many received the intended intervention, and the losses and exclusions after randomisation with reasons. A stage left out of an arm's flow cannot be told apart from a stage with nobody in it, and the flow diagram has a box nobody filled in.",
        ["CONSORT-2025:22a", "CONSORT-2025:22b", "CONSORT-Harms-2022:13b"]);

    /// <summary>The stages an arm's flow must give, each with the keys that give it and its name in messages.</summary>
    private static readonly ImmutableArray<(string[] Keys, string Name)> Stages =
    [
        (["received", "did_not_receive"], "how many received the intervention (received, or did_not_receive with reasons)"),
        (["lost_to_follow_up"], "losses to follow-up (lost_to_follow_up)"),
        (["discontinued"], "discontinuations (discontinued)"),
    ];

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override ImmutableArray<string> Reads { get; } = ["design.stages", "flow.periods"];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterReportAction(Analyze);

    private static void Analyze(ReportAnalysisContext context)
    {
        if (FlowNumbers.NotApplicableWithoutFlow(context, Descriptor)) return;
        var arms = ArmFlow.Summarise(context.Report).Where(a => IsRandomised(context.Report.Design, a) && a.Allocated != 0).ToList();
        if (arms.Count == 0)
        {
            context.ReportNotApplicable(Descriptor);
            return;
        }
        foreach (var arm in arms)
        {
            var missing = Stages.Where(s => !Gives(arm, s.Keys)).ToList();
            if (missing.Count == 0) continue;
            // At the first stage left out, where the flow diagram draws it "not reported": receiving in the arm's
            // first group, the follow-up in its last.
            var group = missing[0].Keys[0] == "received" ? arm.First : arm.Groups[^1];
            context.ReportDiagnostic(Descriptor, context.LocationOf(group, missing[0].Keys[0]), ("arm", arm.Arm), ("stages", Join(missing.Select(s => s.Name).ToList())));
        }
    }

    /// <summary>Whether some group of the arm gives the stage (one of its keys, "none" included).</summary>
    private static bool Gives(ArmFlow arm, string[] keys) => arm.Groups.Any(g => keys.Any(g.States));

    /// <summary>Whether the arm was randomised: its stage's flag in a multi-stage design, else the design's.</summary>
    private static bool IsRandomised(Design? design, ArmFlow arm)
    {
        if (design is null) return false;
        var stage = design.Stages.FirstOrDefault(s => s.Arms.Contains(arm.Arm))
            ?? design.Stages.FirstOrDefault(s => s.Id is not null && (s.Id == arm.FirstPeriod.Stage || s.Id == arm.FirstPeriod.Id));
        return (stage?.Randomised ?? design.Randomised) == true;
    }

    private static string Join(List<string> items) => items.Count switch
    {
        1 => items[0],
        2 => $"{items[0]} or {items[1]}",
        _ => string.Join(", ", items.Take(items.Count - 1)) + ", or " + items[^1],
    };
}
