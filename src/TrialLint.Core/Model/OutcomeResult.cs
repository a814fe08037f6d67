namespace TrialLint.Model;

/// <summary>Result of an outcome in one arm.</summary>
public sealed class OutcomeResult : ModelObject
{
    /// <summary>The arm's id. (<c>arm</c>)</summary>
    public string? Arm { get; init; }

    /// <summary>Participants analysed. (<c>n_analysed</c>)</summary>
    public long? NAnalysed { get; init; }

    /// <summary>Participants with data at the time point. (<c>n_with_data</c>)</summary>
    public long? NWithData { get; init; }

    /// <summary>The result. (<c>value</c>)</summary>
    public double? Value { get; init; }

    /// <summary>Unit. (<c>unit</c>)</summary>
    public string? Unit { get; init; }

    /// <summary>Participants with the event (binary outcomes). (<c>events</c>)</summary>
    public long? Events { get; init; }

    /// <summary>Percentage with the event (binary outcomes). (<c>percentage</c>)</summary>
    public double? Percentage { get; init; }

    /// <summary>Dispersion or precision. (<c>dispersion</c>)</summary>
    public Dispersion? Dispersion { get; init; }

    /// <summary>Prose. (<c>statement</c>)</summary>
    public string? Statement { get; init; }
}
