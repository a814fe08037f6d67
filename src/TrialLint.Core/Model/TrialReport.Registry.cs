namespace TrialLint.Model;

/// <summary>The registry side of a report: the record it was mapped from, or the registration it is checked against.</summary>
public sealed partial class TrialReport
{
    private TrialReport? _registered;

    /// <summary>
    /// For a report mapped from a registry record: the record's own facts (status, dates, results, registered
    /// outcomes). Null for report files. (<c>record</c>)
    /// </summary>
    [NotInReportFormat]
    public RegistryRecord? Record { get; init; }

    /// <summary>
    /// The registration this report is checked against (<c>triallint lint --registry</c>): the registry record,
    /// mapped to the same model. Null when the report is not cross-checked. (<c>registered</c>)
    /// </summary>
    [NotInReportFormat]
    public TrialReport? Registered => _registered;

    /// <summary>Returns a copy of this report that is checked against <paramref name="registered"/>.</summary>
    public TrialReport CheckedAgainst(TrialReport registered)
    {
        ArgumentNullException.ThrowIfNull(registered);
        var copy = (TrialReport)MemberwiseClone();
        copy._registered = registered;
        return copy;
    }
}
