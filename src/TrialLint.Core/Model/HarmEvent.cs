using System.Collections.Immutable;

namespace TrialLint.Model;

/// <summary>One kind of harm.</summary>
public sealed class HarmEvent : ModelObject
{
    /// <summary>Name of the event. (<c>term</c>)</summary>
    public string? Term { get; init; }

    /// <summary>Whether serious. (<c>serious</c>)</summary>
    public bool? Serious { get; init; }

    /// <summary>Counts per arm. (<c>groups</c>)</summary>
    public ImmutableArray<HarmEventGroup> Groups { get; init; } = [];
}
