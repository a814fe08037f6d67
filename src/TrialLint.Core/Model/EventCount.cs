namespace TrialLint.Model;

/// <summary>Participants affected and events.</summary>
public sealed class EventCount : ModelObject
{
    /// <summary>Participants with at least one event. (<c>participants</c>)</summary>
    public long? Participants { get; init; }

    /// <summary>Number of events. (<c>events</c>)</summary>
    public long? Events { get; init; }
}
