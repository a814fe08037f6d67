using System.Collections.Immutable;

namespace TrialLint.Model;

/// <summary>A primary or secondary outcome.</summary>
public sealed class Outcome : ModelObject
{
    /// <summary>Identifier. (<c>id</c>)</summary>
    public string? Id { get; init; }

    /// <summary>primary, secondary or other. (<c>type</c>)</summary>
    public string? Type { get; init; }

    /// <summary>Name. (<c>title</c>)</summary>
    public string? Title { get; init; }

    /// <summary>Measurement variable. (<c>measure</c>)</summary>
    public string? Measure { get; init; }

    /// <summary>Analysis metric. (<c>metric</c>)</summary>
    public string? Metric { get; init; }

    /// <summary>Method of aggregation. (<c>aggregation</c>)</summary>
    public string? Aggregation { get; init; }

    /// <summary>Time point(s). (<c>time_frame</c>)</summary>
    public string? TimeFrame { get; init; }

    /// <summary>Whether prespecified. (<c>prespecified</c>)</summary>
    public bool? Prespecified { get; init; }

    /// <summary>Results per arm. (<c>results</c>)</summary>
    public ImmutableArray<OutcomeResult> Results { get; init; } = [];

    /// <summary>Effects between arms. (<c>effects</c>)</summary>
    public ImmutableArray<EffectEstimate> Effects { get; init; } = [];

    /// <summary>Prose. (<c>statement</c>)</summary>
    public string? Statement { get; init; }
}
