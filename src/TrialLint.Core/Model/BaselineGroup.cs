namespace TrialLint.Model;

/// <summary>Baseline n of one arm.</summary>
public sealed class BaselineGroup : ModelObject
{
    /// <summary>The arm's id. (<c>arm</c>)</summary>
    public string? Arm { get; init; }

    /// <summary>Participants in the baseline table. (<c>n</c>)</summary>
    public long? N { get; init; }
}
