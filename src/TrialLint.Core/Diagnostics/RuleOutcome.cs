namespace TrialLint.Diagnostics;

/// <summary>What a rule concluded about one report.</summary>
public enum RuleOutcome
{
    /// <summary>The rule applied and found nothing.</summary>
    Passed,

    /// <summary>The rule applied and reported at least one finding.</summary>
    Failed,

    /// <summary>The rule does not apply to this report (e.g. a randomisation rule on a single-arm trial): neither a pass nor a finding.</summary>
    NotApplicable,
}
