using System.Collections.Immutable;

namespace TrialLint.Model;

/// <summary>Participant flow.</summary>
public sealed class ParticipantFlow : ModelObject
{
    /// <summary>Assessed for eligibility. (<c>screened</c>)</summary>
    public long? Screened { get; init; }

    /// <summary>Assessed but not enrolled, with reasons. (<c>excluded_before_allocation</c>)</summary>
    public ImmutableArray<ReasonedCount> ExcludedBeforeAllocation { get; init; } = [];

    /// <summary>Enrolled (randomised or assigned). (<c>enrolled</c>)</summary>
    public long? Enrolled { get; init; }

    /// <summary>Flow per period. (<c>periods</c>)</summary>
    public ImmutableArray<FlowPeriod> Periods { get; init; } = [];

    /// <summary>Prose. (<c>statement</c>)</summary>
    public string? Statement { get; init; }
}
