namespace TrialLint.Model;

/// <summary>Randomisation.</summary>
public sealed class Randomisation : ModelObject
{
    /// <summary>Method of sequence generation. (<c>sequence_generation</c>)</summary>
    public string? SequenceGeneration { get; init; }

    /// <summary>Who generated the sequence. (<c>generated_by</c>)</summary>
    public string? GeneratedBy { get; init; }

    /// <summary>Type of randomisation. (<c>type</c>)</summary>
    public string? Type { get; init; }

    /// <summary>Restrictions (blocking, stratification). (<c>restriction</c>)</summary>
    public string? Restriction { get; init; }

    /// <summary>Allocation concealment mechanism. (<c>concealment</c>)</summary>
    public string? Concealment { get; init; }

    /// <summary>Who enrolled and assigned, and their access to the sequence. (<c>implementation</c>)</summary>
    public string? Implementation { get; init; }

    /// <summary>Prose. (<c>statement</c>)</summary>
    public string? Statement { get; init; }
}
