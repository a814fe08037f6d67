using System.Collections.Immutable;

namespace TrialLint.Model;

/// <summary>Funding.</summary>
public sealed class Funding : ModelObject
{
    /// <summary>Sources of funding and support. (<c>sources</c>)</summary>
    public ImmutableArray<string> Sources { get; init; } = [];

    /// <summary>Role of the funders. (<c>funder_role</c>)</summary>
    public string? FunderRole { get; init; }

    /// <summary>Prose. (<c>statement</c>)</summary>
    public string? Statement { get; init; }
}
