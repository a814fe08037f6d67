namespace TrialLint.Model;

/// <summary>One kind of harm in one arm.</summary>
public sealed class HarmEventGroup : ModelObject
{
    /// <summary>The arm's id. (<c>arm</c>)</summary>
    public string? Arm { get; init; }

    /// <summary>Participants with the event. (<c>participants</c>)</summary>
    public long? Participants { get; init; }

    /// <summary>Number of events. (<c>events</c>)</summary>
    public long? Events { get; init; }

    /// <summary>Participants at risk. (<c>at_risk</c>)</summary>
    public long? AtRisk { get; init; }
}
