using TrialLint.Model;

namespace TrialLint.Analyzers.ParticipantFlowRules;

/// <summary>
/// One arm's path through all periods of the flow: how many were allocated when the arm first appears, who joined
/// it in a later period, every listed reason for leaving along the way, and the group where the number analysed is
/// given. Analysis is judged against the whole path, so an intention-to-treat analysis in the last period that
/// counts participants lost in an earlier one adds up, and so do participants who enter a later period (an
/// open-label extension open to newcomers).
/// </summary>
internal sealed class ArmFlow
{
    private readonly List<FlowGroup> _groups = [];

    private ArmFlow(string arm, FlowGroup first, FlowPeriod firstPeriod)
    {
        Arm = arm;
        First = first;
        FirstPeriod = firstPeriod;
    }

    public string Arm { get; }

    /// <summary>The group where the arm first appears (its allocation).</summary>
    public FlowGroup First { get; }

    /// <summary>The period of <see cref="First"/>.</summary>
    public FlowPeriod FirstPeriod { get; }

    /// <summary>Every group of the arm, in period order.</summary>
    public IReadOnlyList<FlowGroup> Groups => _groups;

    /// <summary>Allocated to the arm where it first appears, or null.</summary>
    public long? Allocated => First.Allocated;

    /// <summary>The group that gives the number analysed (the last one that does), or null.</summary>
    public FlowGroup? AnalysedIn { get; private set; }

    /// <summary>The period of <see cref="AnalysedIn"/>.</summary>
    public FlowPeriod? AnalysedPeriod { get; private set; }

    /// <summary>Participants with a listed reason for not receiving, being lost, discontinuing or being excluded, over all periods.</summary>
    public long Explained { get; private set; }

    /// <summary>
    /// The most participants who can have joined the arm after its first period: whenever more start a period than
    /// completed the arm's previous period (or, if that is not given, started it), the excess may be newcomers.
    /// </summary>
    public long JoinedAtMost { get; private set; }

    /// <summary>
    /// The fewest participants who must have joined the arm after its first period: whenever more start a period
    /// than started the arm's previous period, the excess are newcomers. Participants who stopped treatment but
    /// stay in follow-up (a follow-up period counting everyone allocated) are not taken for newcomers.
    /// </summary>
    public long JoinedAtLeast { get; private set; }

    /// <summary>Whether one of the arm's periods belongs to a crossover design (or stage).</summary>
    public bool Crossover { get; private set; }

    /// <summary>The fewest who entered the arm: allocated plus those who must have joined later; null when the allocation is not given.</summary>
    public long? Entered => Allocated is long allocated ? allocated + JoinedAtLeast : null;

    /// <summary>
    /// The most participants the arm can have: allocated plus everyone who may have joined later, or in a
    /// crossover, where the groups of different periods may be different participants (arms named after
    /// treatments), the sum of those who started each period. Null when it cannot be known.
    /// </summary>
    public long? MostParticipants
    {
        get
        {
            if (Allocated is not long allocated) return null;
            if (!Crossover || _groups.Count < 2) return allocated + JoinedAtMost;
            long sum = 0;
            foreach (var group in _groups)
            {
                if (group.Allocated is not long started) return null;
                sum += started;
            }
            return sum;
        }
    }

    /// <summary>
    /// <see cref="MostParticipants"/> in words, to follow "but only": "50 were allocated", "46 entered the arm (40
    /// allocated and 6 more who joined in a later period)", "46 can have entered the arm (40 allocated and up to 6
    /// more ...)", or for a crossover "24 started its periods in all (12 + 12)".
    /// </summary>
    public string DescribeMost()
    {
        if (Crossover && _groups.Count >= 2 && MostParticipants is long most)
            return $"{most} started its periods in all ({string.Join(" + ", _groups.Select(g => g.Allocated))})";
        if (JoinedAtMost == 0) return $"{Allocated} were allocated";
        return JoinedAtMost == JoinedAtLeast
            ? $"{Allocated + JoinedAtMost} entered the arm ({Allocated} allocated and {JoinedAtMost} more who joined in a later period)"
            : $"{Allocated + JoinedAtMost} can have entered the arm ({Allocated} allocated and up to {JoinedAtMost} more who joined in a later period)";
    }

    /// <summary>
    /// <see cref="Entered"/> in words: "50 were allocated", "46 entered the arm (40 allocated and 6 more who joined
    /// in a later period)" or "at least 44 entered the arm (40 allocated and at least 4 more ...)".
    /// </summary>
    public string DescribeEntered()
    {
        if (JoinedAtLeast == 0) return $"{Allocated} were allocated";
        return JoinedAtMost == JoinedAtLeast
            ? $"{Entered} entered the arm ({Allocated} allocated and {JoinedAtLeast} more who joined in a later period)"
            : $"at least {Entered} entered the arm ({Allocated} allocated and at least {JoinedAtLeast} more who joined in a later period)";
    }

    /// <summary>Summarises every arm of <paramref name="flow"/>, in order of first appearance.</summary>
    public static IReadOnlyList<ArmFlow> Summarise(ParticipantFlow flow) => Summarise(flow, null);

    /// <summary>Summarises every arm of the report's flow (none without a flow), knowing its design.</summary>
    public static IReadOnlyList<ArmFlow> Summarise(TrialReport report) =>
        report.Flow is { } flow ? Summarise(flow, report.Design) : [];

    private static List<ArmFlow> Summarise(ParticipantFlow flow, Design? design)
    {
        var arms = new Dictionary<string, ArmFlow>(StringComparer.Ordinal);
        var order = new List<ArmFlow>();
        foreach (var period in flow.Periods)
        {
            bool crossover = IsCrossover(design, period);
            foreach (var group in period.Groups)
            {
                if (group.Arm is null) continue;
                if (!arms.TryGetValue(group.Arm, out var arm))
                {
                    arm = new ArmFlow(group.Arm, group, period);
                    arms.Add(group.Arm, arm);
                    order.Add(arm);
                }
                else if (group.Allocated is long started)
                {
                    var previous = arm._groups[^1];
                    if ((previous.Completed ?? previous.Allocated) is long continuing && started > continuing) arm.JoinedAtMost += started - continuing;
                    if (previous.Allocated is long before && started > before) arm.JoinedAtLeast += started - before;
                }
                arm._groups.Add(group);
                arm.Crossover |= crossover;
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

    /// <summary>Whether <paramref name="period"/> belongs to a crossover: its stage's type, or else the design's.</summary>
    private static bool IsCrossover(Design? design, FlowPeriod period)
    {
        if (design is null) return false;
        string? stageId = period.Stage ?? period.Id;
        var stage = stageId is null ? null : design.Stages.FirstOrDefault(s => s.Id == stageId);
        return (stage?.Type ?? design.Type) == "crossover";
    }
}
