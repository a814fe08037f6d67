using System.Collections.Immutable;

namespace TrialLint.Model;

/// <summary>Baseline data.</summary>
public sealed class Baseline : ModelObject
{
    /// <summary>Baseline n per arm. (<c>groups</c>)</summary>
    public ImmutableArray<BaselineGroup> Groups { get; init; } = [];

    /// <summary>The rows of the baseline table, with their numbers per arm. (<c>characteristics</c>)</summary>
    public ImmutableArray<BaselineCharacteristic> Characteristics { get; init; } = [];

    /// <summary>Prose. (<c>statement</c>)</summary>
    public string? Statement { get; init; }
}
