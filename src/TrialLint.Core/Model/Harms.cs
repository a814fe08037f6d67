using System.Collections.Immutable;

namespace TrialLint.Model;

/// <summary>Harms.</summary>
public sealed class Harms : ModelObject
{
    /// <summary>How harms were defined. (<c>definition</c>)</summary>
    public string? Definition { get; init; }

    /// <summary>systematic, non-systematic or both. (<c>collection</c>)</summary>
    public string? Collection { get; init; }

    /// <summary>How harms were assessed. (<c>assessment</c>)</summary>
    public string? Assessment { get; init; }

    /// <summary>Over what period harms were collected. (<c>time_frame</c>)</summary>
    public string? TimeFrame { get; init; }

    /// <summary>True when no adverse events of any kind occurred. (<c>no_events</c>)</summary>
    public bool? NoEvents { get; init; }

    /// <summary>Harms per arm. (<c>groups</c>)</summary>
    public ImmutableArray<HarmsGroup> Groups { get; init; } = [];

    /// <summary>Harms by kind. (<c>events</c>)</summary>
    public ImmutableArray<HarmEvent> Events { get; init; } = [];

    /// <summary>Prose. (<c>statement</c>)</summary>
    public string? Statement { get; init; }
}
