namespace TrialLint.Rules;

/// <summary>When a pack applies to a report that does not name its packs.</summary>
public enum PackSelection
{
    /// <summary>For randomised trials, or randomised stages of a multi-stage trial.</summary>
    Randomised,

    /// <summary>For non-randomised trials or stages (single-arm, dose-finding).</summary>
    NotRandomised,

    /// <summary>For every trial.</summary>
    Always,

    /// <summary>Only when a report or configuration names it.</summary>
    Never,

    /// <summary>For registry records (a ClinicalTrials.gov study linted as such); a record gets only these packs.</summary>
    Registry,

    /// <summary>For reports checked against their registration (<c>--registry</c>), whatever other packs they have.</summary>
    CrossCheck,
}
