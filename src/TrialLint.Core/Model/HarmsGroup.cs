namespace TrialLint.Model;

/// <summary>Harms in one arm.</summary>
public sealed class HarmsGroup : ModelObject
{
    /// <summary>The arm's id. (<c>arm</c>)</summary>
    public string? Arm { get; init; }

    /// <summary>Participants at risk. (<c>at_risk</c>)</summary>
    public long? AtRisk { get; init; }

    /// <summary>Serious adverse events. (<c>serious</c>)</summary>
    public EventCount? Serious { get; init; }

    /// <summary>Non-serious adverse events. (<c>non_serious</c>)</summary>
    public EventCount? NonSerious { get; init; }

    /// <summary>Deaths from any cause. (<c>deaths</c>)</summary>
    public long? Deaths { get; init; }

    /// <summary>Withdrawals due to harms. (<c>withdrawals_due_to_harms</c>)</summary>
    public long? WithdrawalsDueToHarms { get; init; }
}
