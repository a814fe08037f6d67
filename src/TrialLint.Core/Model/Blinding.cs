using System.Collections.Immutable;

namespace TrialLint.Model;

/// <summary>Blinding.</summary>
public sealed class Blinding : ModelObject
{
    /// <summary>True when nobody was blinded. (<c>open_label</c>)</summary>
    public bool? OpenLabel { get; init; }

    /// <summary>Who was blinded. (<c>blinded</c>)</summary>
    public ImmutableArray<string> Blinded { get; init; } = [];

    /// <summary>How. (<c>method</c>)</summary>
    public string? Method { get; init; }

    /// <summary>Similarity of interventions. (<c>similarity</c>)</summary>
    public string? Similarity { get; init; }

    /// <summary>Prose. (<c>statement</c>)</summary>
    public string? Statement { get; init; }
}
