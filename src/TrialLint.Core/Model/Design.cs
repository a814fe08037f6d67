using System.Collections.Immutable;

namespace TrialLint.Model;

/// <summary>Trial design.</summary>
public sealed class Design : ModelObject
{
    /// <summary>Whether allocation was random. (<c>randomised</c>)</summary>
    public bool? Randomised { get; init; }

    /// <summary>parallel, crossover, factorial, cluster, single-arm, dose-escalation, dose-expansion or other. (<c>type</c>)</summary>
    public string? Type { get; init; }

    /// <summary>Trial phase as written (e.g. 1, 1/2). (<c>phase</c>)</summary>
    [AnyScalar]
    public string? Phase { get; init; }

    /// <summary>Allocation ratio such as 1:1. (<c>allocation_ratio</c>)</summary>
    public string? AllocationRatio { get; init; }

    /// <summary>superiority, equivalence, non-inferiority or exploratory. (<c>framework</c>)</summary>
    public string? Framework { get; init; }

    /// <summary>Why there is no control arm. (<c>single_arm_rationale</c>)</summary>
    public string? SingleArmRationale { get; init; }

    /// <summary>Stages of a multi-stage trial. (<c>stages</c>)</summary>
    public ImmutableArray<Stage> Stages { get; init; } = [];

    /// <summary>Prose. (<c>statement</c>)</summary>
    public string? Statement { get; init; }
}
