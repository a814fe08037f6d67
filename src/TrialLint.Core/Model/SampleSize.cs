namespace TrialLint.Model;

/// <summary>Sample size.</summary>
public sealed class SampleSize : ModelObject
{
    /// <summary>Planned number of participants. (<c>planned</c>)</summary>
    public long? Planned { get; init; }

    /// <summary>How it was determined, with assumptions. (<c>calculation</c>)</summary>
    public string? Calculation { get; init; }

    /// <summary>Interim analyses and stopping guidelines. (<c>interim_analyses</c>)</summary>
    public string? InterimAnalyses { get; init; }

    /// <summary>Prose. (<c>statement</c>)</summary>
    public string? Statement { get; init; }
}
