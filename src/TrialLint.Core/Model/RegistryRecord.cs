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
}
