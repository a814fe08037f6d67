using TrialLint.Model;

namespace TrialLint.Analyzers.ParticipantFlowRules;

/// <summary>Phrases shared by the participant-flow analyzers, so their messages read alike.</summary>
internal static class FlowText
{
    /// <summary>"arm 'msc'" or "arm 'msc' (period 'follow-up')" when the flow has several periods.</summary>
    public static string Where(TrialReport report, FlowGroup group, FlowPeriod? period)
    {
        string arm = $"arm '{group.Arm ?? "?"}'";
        if (period is null || report.Flow is not { Periods.Length: > 1 }) return arm;
        string name = period.Id ?? period.Title ?? $"{report.Flow.Periods.IndexOf(period) + 1}";
        return $"{arm} (period '{name}')";
    }

    /// <summary>"1 participant" or "3 participants".</summary>
    public static string Participants(long n) => n == 1 ? "1 participant" : $"{n} participants";
}
