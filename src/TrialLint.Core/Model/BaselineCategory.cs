using System.Collections.Immutable;

namespace TrialLint.Model;

/// <summary>One category of a baseline characteristic (female; NYHA class II), with its numbers per arm.</summary>
public sealed class BaselineCategory : ModelObject
{
    /// <summary>Name of the category. (<c>name</c>)</summary>
    public string? Name { get; init; }

    /// <summary>The numbers per arm. (<c>values</c>)</summary>
    public ImmutableArray<BaselineValue> Values { get; init; } = [];
}
