using System.Collections.Immutable;

namespace TrialLint.Model;

/// <summary>Eligibility criteria.</summary>
public sealed class Eligibility : ModelObject
{
    /// <summary>Inclusion criteria. (<c>inclusion</c>)</summary>
    public ImmutableArray<string> Inclusion { get; init; } = [];

    /// <summary>Exclusion criteria. (<c>exclusion</c>)</summary>
    public ImmutableArray<string> Exclusion { get; init; } = [];

    /// <summary>Eligibility of sites and providers. (<c>sites_and_providers</c>)</summary>
    public string? SitesAndProviders { get; init; }

    /// <summary>Prose. (<c>statement</c>)</summary>
    public string? Statement { get; init; }
}
