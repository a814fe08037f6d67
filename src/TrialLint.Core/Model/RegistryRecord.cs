using System.Collections.Immutable;

namespace TrialLint.Model;

/// <summary>
/// The facts of a registry record that have no place in the report format: the record's status, its dates, whether
/// results are posted, and the outcomes as registered. Set on a <see cref="TrialReport"/> mapped from a registry
/// record (<see cref="TrialReport.Record"/>); null for report files. Rule expressions read it as <c>record</c>.
/// </summary>
public sealed class RegistryRecord : ModelObject
{
    /// <summary>The registry, e.g. ClinicalTrials.gov. (<c>registry</c>)</summary>
    public string? Registry { get; init; }

    /// <summary>The registration number, e.g. NCT01363401. (<c>id</c>)</summary>
    public string? Id { get; init; }

    /// <summary>The file the record was read from. (<c>path</c>)</summary>
    public string? Path { get; init; }

    /// <summary>INTERVENTIONAL, OBSERVATIONAL or EXPANDED_ACCESS, as the registry writes it. (<c>study_type</c>)</summary>
    public string? StudyType { get; init; }

    /// <summary>The overall status as the registry writes it (COMPLETED, RECRUITING, TERMINATED ...). (<c>status</c>)</summary>
    public string? Status { get; init; }

    /// <summary>The primary completion date (YYYY, YYYY-MM or YYYY-MM-DD). (<c>primary_completion</c>)</summary>
    public string? PrimaryCompletion { get; init; }

    /// <summary>ACTUAL or ESTIMATED; null when the record does not say. (<c>primary_completion_type</c>)</summary>
    public string? PrimaryCompletionType { get; init; }

    /// <summary>The enrolment as registered (actual or estimated). (<c>enrollment</c>)</summary>
    public long? Enrollment { get; init; }

    /// <summary>ACTUAL or ESTIMATED. (<c>enrollment_type</c>)</summary>
    public string? EnrollmentType { get; init; }

    /// <summary>Whether the record holds posted results. (<c>has_results</c>)</summary>
    public bool HasResults { get; init; }

    /// <summary>Whether the sponsor certified a delay of results (which gives up to two more years) or results were waived. (<c>results_delayed</c>)</summary>
    public bool ResultsDelayed { get; init; }

    /// <summary>
    /// When results are due: 12 months after the primary completion date (3 years after it when a delay was
    /// certified), in the precision of that date; null without a primary completion date. (<c>results_due</c>)
    /// </summary>
    public string? ResultsDue { get; init; }

    /// <summary>The date the record is judged on (<c>--as-of</c>, default today), YYYY-MM-DD. (<c>as_of</c>)</summary>
    public string? AsOf { get; init; }

    /// <summary>The outcomes as registered in the protocol section (whatever the results section reports). (<c>registered_outcomes</c>)</summary>
    public ImmutableArray<Outcome> RegisteredOutcomes { get; init; } = [];

    /// <summary>
    /// The adverse-event groups with their own numbers at risk for serious events, other events and deaths (the
    /// report's <c>harms.groups</c> keep one number at risk per group). (<c>harms_groups</c>)
    /// </summary>
    public ImmutableArray<RecordHarmsGroup> HarmsGroups { get; init; } = [];

    /// <summary>
    /// Whether the record shows an applicable clinical trial under FDAAA 801 and 42 CFR 11 (interventional, not phase
    /// 1 alone, an FDA-regulated drug or device, a US site or US export, primary completion on or after 18 January
    /// 2017), whose results are due by law. (<c>applicable_trial</c>)
    /// </summary>
    public bool ApplicableTrial { get; init; }

    /// <summary>
    /// For an applicable clinical trial, the legal deadline for results: 1 year and 30 days after the primary
    /// completion date (3 years and 30 days with a delay certification), YYYY-MM-DD, a partial date counting as its
    /// last day; null otherwise or when results were waived. (<c>results_due_by_law</c>)
    /// </summary>
    public string? ResultsDueByLaw { get; init; }

    /// <summary>When results were first submitted to the registry (posted or not), YYYY-MM-DD. (<c>results_first_submitted</c>)</summary>
    public string? ResultsFirstSubmitted { get; init; }

    /// <summary>When results were last submitted to the registry, YYYY-MM-DD. (<c>results_last_submitted</c>)</summary>
    public string? ResultsLastSubmitted { get; init; }

    /// <summary>Whether results were submitted and are under the registry's quality-control review, not yet posted. (<c>results_under_review</c>)</summary>
    public bool ResultsUnderReview { get; init; }

    /// <summary>When the registry's quality control returned the last results submission to the sponsor for corrections. (<c>results_returned</c>)</summary>
    public string? ResultsReturned { get; init; }

    /// <summary>The lead sponsor's name as the record gives it, trimmed. (<c>lead_sponsor</c>)</summary>
    public string? LeadSponsor { get; init; }

    /// <summary>
    /// The lead sponsor's class as the registry writes it: INDUSTRY, NIH, FED, OTHER_GOV, NETWORK, INDIV, OTHER,
    /// AMBIG or UNKNOWN. (<c>lead_sponsor_class</c>)
    /// </summary>
    public string? LeadSponsorClass { get; init; }

    /// <summary>
    /// When the registry last posted an update of the record (<c>lastUpdatePostDateStruct</c>), YYYY-MM-DD: the copy
    /// judged is at least that recent, and may miss what was posted after. (<c>last_updated</c>)
    /// </summary>
    public string? LastUpdated { get; init; }

    /// <summary>
    /// Whether results are due by law on the date judged on: an applicable clinical trial whose primary completion has
    /// happened (completed, terminated, an actual date, or results posted) and whose legal deadline
    /// (<see cref="ResultsDueByLaw"/>) is before <see cref="AsOf"/>, whether or not results are posted. The
    /// denominator of <see cref="ResultsOverdue"/>. (<c>results_due_now</c>)
    /// </summary>
    public bool ResultsDueNow { get; init; }

    /// <summary>
    /// Whether results are overdue by law (what TL0603 reports): due now (<see cref="ResultsDueNow"/>), not posted, and
    /// no submission under the registry's quality-control review. (<c>results_overdue</c>)
    /// </summary>
    public bool ResultsOverdue { get; init; }
}
