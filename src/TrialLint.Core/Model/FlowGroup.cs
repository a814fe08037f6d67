using System.Collections.Immutable;

namespace TrialLint.Model;

/// <summary>
/// The flow of one arm through one period. A stage the report leaves out differs from one it states as none: a
/// reasoned-count list written <c>[]</c> or <c>0</c> is empty and <see cref="States"/> it; a key left out is empty
/// and not stated.
/// </summary>
public sealed class FlowGroup : ModelObject
{
    /// <summary>
    /// Whether the report gives <paramref name="field"/> (snake_case, e.g. <c>lost_to_follow_up</c>) for this group:
    /// a count, a list of reasoned counts, or "none" (<c>[]</c> or <c>0</c>). False when the key is left out.
    /// </summary>
    public bool States(string field) => Has(field);

    /// <summary>The arm's id. (<c>arm</c>)</summary>
    public string? Arm { get; init; }

    /// <summary>Entering this period (allocated in the first period, started in later ones). (<c>allocated</c>)</summary>
    public long? Allocated { get; init; }

    /// <summary>Received the allocated intervention. (<c>received</c>)</summary>
    public long? Received { get; init; }

    /// <summary>Did not receive it, with reasons. (<c>did_not_receive</c>)</summary>
    public ImmutableArray<ReasonedCount> DidNotReceive { get; init; } = [];

    /// <summary>Lost to follow-up, with reasons. (<c>lost_to_follow_up</c>)</summary>
    public ImmutableArray<ReasonedCount> LostToFollowUp { get; init; } = [];

    /// <summary>Discontinued, with reasons. (<c>discontinued</c>)</summary>
    public ImmutableArray<ReasonedCount> Discontinued { get; init; } = [];

    /// <summary>Completed the period. (<c>completed</c>)</summary>
    public long? Completed { get; init; }

    /// <summary>Analysed. (<c>analysed</c>)</summary>
    public long? Analysed { get; init; }

    /// <summary>Excluded from analysis, with reasons. (<c>excluded_from_analysis</c>)</summary>
    public ImmutableArray<ReasonedCount> ExcludedFromAnalysis { get; init; } = [];

    /// <summary>Prose. (<c>statement</c>)</summary>
    public string? Statement { get; init; }
}
