namespace TrialLint.Model;

/// <summary>Length of follow-up.</summary>
public sealed class FollowUp : ModelObject
{
    /// <summary>Planned length. (<c>planned</c>)</summary>
    public string? Planned { get; init; }

    /// <summary>Actual length. (<c>actual</c>)</summary>
    public string? Actual { get; init; }

    /// <summary>Prose. (<c>statement</c>)</summary>
    public string? Statement { get; init; }
}
