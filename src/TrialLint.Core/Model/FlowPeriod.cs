using System.Collections.Immutable;

namespace TrialLint.Model;

/// <summary>One period of the participant flow.</summary>
public sealed class FlowPeriod : ModelObject
{
    /// <summary>Identifier. (<c>id</c>)</summary>
    public string? Id { get; init; }

    /// <summary>Name. (<c>title</c>)</summary>
    public string? Title { get; init; }

    /// <summary>The stage this period belongs to. (<c>stage</c>)</summary>
    public string? Stage { get; init; }

    /// <summary>Numbers per arm. (<c>groups</c>)</summary>
    public ImmutableArray<FlowGroup> Groups { get; init; } = [];

    /// <summary>Prose. (<c>statement</c>)</summary>
    public string? Statement { get; init; }
}
