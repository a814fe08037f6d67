using System.Collections.Immutable;
using TrialLint.Model;

namespace TrialLint.Analyzers.ResultsRules;

/// <summary>
/// What the data of a report give for a quantity prose may state: the total, the number per arm, and how to say it
/// ("the flow allocates 118 (60 + 58)"). A quantity is known only when every arm gives it: a total made of some
/// arms is not one the prose can be held to.
/// </summary>
internal sealed record ProseDatum(IReadOnlyList<long> Totals, IReadOnlyList<(string Arm, long N)> Arms, string Said);

/// <summary>The data of a report for each quantity of <see cref="ProseQuantity"/> (TL0712).</summary>
internal static class ProseData
{
    /// <summary>What the data give for <paramref name="quantity"/>, for the whole trial or for one arm; null when they do not give it.</summary>
    public static ProseDatum? Of(TrialReport report, ProseQuantity quantity, string? arm)
    {
        var flow = report.Flow;
        bool staged = report.Design is { Stages.Length: > 0 };
        var firstGroups = flow is { Periods.Length: > 0 } ? flow.Periods[0].Groups : [];
        var onlyGroups = flow is { Periods.Length: 1 } ? flow.Periods[0].Groups : [];
        var harms = report.Harms?.Groups ?? [];
        if (arm is not null)
        {
            firstGroups = [.. firstGroups.Where(g => g.Arm == arm)];
            onlyGroups = [.. onlyGroups.Where(g => g.Arm == arm)];
            harms = [.. harms.Where(g => g.Arm == arm)];
        }
        switch (quantity)
        {
            case ProseQuantity.Enrolled or ProseQuantity.Randomised:
                {
                    var allocated = staged ? null : PerArm(firstGroups, g => g.Allocated);
                    long? enrolled = arm is null ? flow?.Enrolled : null;
                    var totals = new List<long>();
                    if (quantity == ProseQuantity.Randomised && allocated is not null) totals.Add(allocated.Value.Total);
                    if (enrolled is long e && !totals.Contains(e)) totals.Add(e);
                    if (quantity == ProseQuantity.Enrolled && allocated is not null && !totals.Contains(allocated.Value.Total)) totals.Add(allocated.Value.Total);
                    if (totals.Count == 0) return null;
                    string said = quantity == ProseQuantity.Randomised && allocated is not null
                        ? $"the flow allocates {Sum(allocated.Value)}" + (enrolled is long en && en != allocated.Value.Total ? $" of {en} enrolled" : "")
                        : enrolled is long en2 ? $"the flow gives {en2} enrolled" + (allocated is { } a && a.Total != en2 ? $" and allocates {Sum(a)}" : "")
                        : $"the flow allocates {Sum(allocated!.Value)}";
                    return new ProseDatum(totals, allocated?.Arms ?? [], said);
                }
            case ProseQuantity.Received:
                return Flow(PerArm(onlyGroups, g => g.Received), "the flow gives {0} receiving the intervention");
            case ProseQuantity.Analysed:
                return Flow(PerArm(onlyGroups, g => g.Analysed), "the flow gives {0} analysed");
            case ProseQuantity.Completed:
                return Flow(PerArm(onlyGroups, g => g.Completed), "the flow gives {0} completing");
            case ProseQuantity.LostToFollowUp:
                return Flow(PerArm(onlyGroups, g => g.States("lost_to_follow_up") ? g.LostToFollowUp.Total() : null), "the flow gives {0} lost to follow-up");
            case ProseQuantity.Deaths:
                return Flow(PerArm(harms, g => g.Deaths), "the harms give {0} deaths");
            case ProseQuantity.SeriousParticipants:
                return Flow(PerArm(harms, g => g.Serious?.Participants), "the harms give {0} participants with serious adverse events");
            case ProseQuantity.SeriousEvents:
                return Flow(PerArm(harms, g => g.Serious?.Events), "the harms give {0} serious adverse events");
            default:
                return null;
        }
    }

    private static ProseDatum? Flow((long Total, List<(string Arm, long N)> Arms)? values, string format) =>
        values is { } v ? new ProseDatum([v.Total], v.Arms, string.Format(System.Globalization.CultureInfo.InvariantCulture, format, Sum(v))) : null;

    /// <summary>"118 (60 + 58)", or "8" for one arm.</summary>
    private static string Sum((long Total, List<(string Arm, long N)> Arms) v) =>
        v.Arms.Count > 1 ? $"{v.Total} ({string.Join(" + ", v.Arms.Select(a => a.N))})" : $"{v.Total}";

    private static (long Total, List<(string Arm, long N)> Arms)? PerArm<T>(ImmutableArray<T> groups, Func<T, long?> value)
        where T : ModelObject
    {
        if (groups.IsDefaultOrEmpty) return null;
        var arms = new List<(string, long)>();
        long total = 0;
        foreach (var g in groups)
        {
            if (value(g) is not long n) return null;
            arms.Add((ArmOf(g) ?? "?", n));
            total += n;
        }
        return (total, arms);
    }

    private static string? ArmOf(ModelObject g) => g switch
    {
        FlowGroup f => f.Arm,
        HarmsGroup h => h.Arm,
        _ => null,
    };
}
