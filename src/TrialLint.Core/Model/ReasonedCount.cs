namespace TrialLint.Model;

/// <summary>A number of participants with a reason.</summary>
public sealed class ReasonedCount : ModelObject
{
    /// <summary>How many. (<c>n</c>)</summary>
    public long? N { get; init; }

    /// <summary>Why. (<c>reason</c>)</summary>
    public string? Reason { get; init; }
}
