namespace TrialLint.Model;

/// <summary>Recruitment and follow-up dates.</summary>
public sealed class TrialDates : ModelObject
{
    /// <summary>First participant enrolled. (<c>recruitment_start</c>)</summary>
    public string? RecruitmentStart { get; init; }

    /// <summary>Last participant enrolled. (<c>recruitment_end</c>)</summary>
    public string? RecruitmentEnd { get; init; }

    /// <summary>End of follow-up. (<c>follow_up_end</c>)</summary>
    public string? FollowUpEnd { get; init; }

    /// <summary>Prose. (<c>statement</c>)</summary>
    public string? Statement { get; init; }
}
