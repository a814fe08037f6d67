using System.Collections.Immutable;

namespace TrialLint.Model;

/// <summary>One arm (group) of the trial.</summary>
public sealed class Arm : ModelObject
{
    /// <summary>Identifier used by flow, baseline, outcomes and harms. (<c>id</c>)</summary>
    public string? Id { get; init; }

    /// <summary>Name. (<c>title</c>)</summary>
    public string? Title { get; init; }

    /// <summary>experimental, active-comparator, placebo-comparator, sham-comparator, no-intervention or other. (<c>role</c>)</summary>
    public string? Role { get; init; }

    /// <summary>Description. (<c>description</c>)</summary>
    public string? Description { get; init; }

    /// <summary>Planned number of participants. (<c>planned_n</c>)</summary>
    public long? PlannedN { get; init; }

    /// <summary>Interventions given. (<c>interventions</c>)</summary>
    public ImmutableArray<Intervention> Interventions { get; init; } = [];
}
