using System.Collections.Immutable;

namespace TrialLint.Model;

/// <summary>Setting and locations.</summary>
public sealed class Setting : ModelObject
{
    /// <summary>Settings. (<c>description</c>)</summary>
    public string? Description { get; init; }

    /// <summary>Countries. (<c>countries</c>)</summary>
    public ImmutableArray<string> Countries { get; init; } = [];

    /// <summary>Number of sites. (<c>sites</c>)</summary>
    public long? Sites { get; init; }

    /// <summary>Prose. (<c>statement</c>)</summary>
    public string? Statement { get; init; }
}
