using System.Globalization;
using TrialLint.Model;

namespace TrialLint.Output.Summary;

/// <summary>
/// What the completeness summary needs to know about one registry record, taken from the model's
/// <see cref="RegistryRecord"/> and nowhere else: the lead sponsor and its class, the year of primary completion,
/// whether results are posted, due by law and overdue (as TL0603 judges). The findings JSON carries these per file
/// (<c>record</c>), so <c>triallint merge</c> rebuilds the same summary from shard outputs.
/// </summary>
/// <param name="Id">The registration number (NCT...).</param>
/// <param name="LeadSponsor">The lead sponsor's name as the record gives it (trimmed), or null.</param>
/// <param name="SponsorClass">The lead sponsor's class (INDUSTRY, NIH, FED, OTHER_GOV, OTHER ...), or null.</param>
/// <param name="PrimaryCompletion">The primary completion date (YYYY, YYYY-MM or YYYY-MM-DD), or null.</param>
/// <param name="HasResults">Whether results are posted.</param>
/// <param name="ResultsDue">Whether results are due by law on the date judged on (<see cref="RegistryRecord.ResultsDueNow"/>).</param>
/// <param name="ResultsOverdue">Whether results are overdue by law (<see cref="RegistryRecord.ResultsOverdue"/>).</param>
/// <param name="LastUpdated">When the registry last posted an update of the record, or null.</param>
public sealed record RecordFacts(string? Id, string? LeadSponsor, string? SponsorClass, string? PrimaryCompletion, bool HasResults, bool ResultsDue, bool ResultsOverdue, string? LastUpdated = null)
{
    /// <summary>The facts of <paramref name="record"/>; null for a report that is not a registry record.</summary>
    public static RecordFacts? Of(RegistryRecord? record) => record is null ? null
        : new RecordFacts(record.Id, record.LeadSponsor, record.LeadSponsorClass, record.PrimaryCompletion, record.HasResults, record.ResultsDueNow, record.ResultsOverdue, record.LastUpdated);

    /// <summary>The facts as a record again (what <c>merge</c> hands to the writers).</summary>
    public RegistryRecord ToRecord() => new()
    {
        Id = Id,
        LeadSponsor = LeadSponsor,
        LeadSponsorClass = SponsorClass,
        PrimaryCompletion = PrimaryCompletion,
        HasResults = HasResults,
        ResultsDueNow = ResultsDue,
        ResultsOverdue = ResultsOverdue,
        LastUpdated = LastUpdated,
    };

    /// <summary>The year of primary completion, or null when the record gives no date.</summary>
    public int? PrimaryCompletionYear =>
        PrimaryCompletion is { Length: >= 4 } date && int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year) ? year : null;
}
