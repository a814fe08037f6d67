namespace TrialLint.Model;

/// <summary>Why the trial ended.</summary>
public sealed class Stopping : ModelObject
{
    /// <summary>True when stopped before planned. (<c>stopped_early</c>)</summary>
    public bool? StoppedEarly { get; init; }

    /// <summary>Why. (<c>reason</c>)</summary>
    public string? Reason { get; init; }
}
