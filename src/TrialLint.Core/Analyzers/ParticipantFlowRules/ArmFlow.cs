using TrialLint.Model;

namespace TrialLint.Analyzers.ParticipantFlowRules;

/// <summary>
/// One arm's path through all periods of the flow: how many were allocated when the arm first appears, every
/// listed reason for leaving along the way, and the group where the number analysed is given. Analysis is judged
/// against the whole path, so an intention-to-treat analysis in the last period that counts participants lost
/// in an earlier one adds up.
/// </summary>
internal sealed class ArmFlow
{
    private ArmFlow(string arm, FlowGroup first) { Arm = arm; First = first; }

    public string Arm { get; }

    /// <summary>The group where the arm first appears (its allocation).</summary>
    public FlowGroup First { get; }

    /// <summary>The group that gives the number analysed (the last one that does), or null.</summary>
    public FlowGroup? AnalysedIn { get; private set; }

    /// <summary>The period of <see cref="AnalysedIn"/>.</summary>
    public FlowPeriod? AnalysedPeriod { get; private set; }

    /// <summary>Participants with a listed reason for not receiving, being lost, discontinuing or being excluded, over all periods.</summary>
    public long Explained { get; private set; }

    /// <summary>Summarises every arm of <paramref name="flow"/>, in order of first appearance.</summary>
    public static IReadOnlyList<ArmFlow> Summarise(ParticipantFlow flow)
    {
        var arms = new Dictionary<string, ArmFlow>(StringComparer.Ordinal);
        var order = new List<ArmFlow>();
        foreach (var period in flow.Periods)
        {
            foreach (var group in period.Groups)
            {
                if (group.Arm is null) continue;
                if (!arms.TryGetValue(group.Arm, out var arm))
                {
                    arm = new ArmFlow(group.Arm, group);
                    arms.Add(group.Arm, arm);
                    order.Add(arm);
                }
                arm.Explained += group.DidNotReceive.Total() + group.LostToFollowUp.Total() + group.Discontinued.Total() + group.ExcludedFromAnalysis.Total();
                if (group.Analysed is not null)
                {
                    arm.AnalysedIn = group;
                    arm.AnalysedPeriod = period;
                }
            }
        }
        return order;
    }
}
