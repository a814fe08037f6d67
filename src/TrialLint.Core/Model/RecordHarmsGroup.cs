namespace TrialLint.Model;

/// <summary>
/// The numbers at risk of one adverse-event group of a registry record, as the registry gives them: a
/// ClinicalTrials.gov event group has separate numbers at risk for serious events, other events and deaths
/// (deaths are often counted among everyone assigned, serious and other events among those treated), which the
/// report's single <see cref="HarmsGroup.AtRisk"/> cannot hold.
/// </summary>
public sealed class RecordHarmsGroup : ModelObject
{
    /// <summary>The arm's id, as in <c>harms.groups</c>. (<c>arm</c>)</summary>
    public string? Arm { get; init; }

    /// <summary>The group's title in the record. (<c>title</c>)</summary>
    public string? Title { get; init; }

    /// <summary>Participants at risk of serious adverse events (<c>seriousNumAtRisk</c>). (<c>serious_at_risk</c>)</summary>
    public long? SeriousAtRisk { get; init; }

    /// <summary>Participants at risk of other adverse events (<c>otherNumAtRisk</c>). (<c>other_at_risk</c>)</summary>
    public long? OtherAtRisk { get; init; }

    /// <summary>Participants at risk of death, the denominator of all-cause mortality (<c>deathsNumAtRisk</c>). (<c>deaths_at_risk</c>)</summary>
    public long? DeathsAtRisk { get; init; }
}
