namespace TrialLint.Rules.Compilation;

/// <summary>A rule tested more conditions on one report than <see cref="RuleScope.MaxTests"/> allows.</summary>
public sealed class RuleBudgetExceededException : Exception
{
    /// <summary>Creates the exception for a budget of <paramref name="tests"/> tests.</summary>
    public RuleBudgetExceededException(int tests)
        : base($"the rule tested more than {tests} conditions on this report")
    {
        Tests = tests;
    }

    /// <summary>The budget that was used up.</summary>
    public int Tests { get; }
}
