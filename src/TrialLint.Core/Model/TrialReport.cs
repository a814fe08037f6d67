using System.Collections.Immutable;

namespace TrialLint.Model;

/// <summary>A structured clinical-trial report (format version 1), or a registry record mapped to the same shape.</summary>
public sealed partial class TrialReport : ModelObject
{
    /// <summary>Version of the report format. (<c>format_version</c>)</summary>
    public long? FormatVersion { get; init; }

    /// <summary>Title of the report or trial. (<c>title</c>)</summary>
    public string? Title { get; init; }

    /// <summary>Trial acronym. (<c>acronym</c>)</summary>
    public string? Acronym { get; init; }

    /// <summary>The publication the report was written from. (<c>source</c>)</summary>
    public SourceInfo? Source { get; init; }

    /// <summary>Rule packs named by the report, overriding the choice by design. (<c>packs</c>)</summary>
    public ImmutableArray<string> Packs { get; init; } = [];

    /// <summary>Structured summary (CONSORT 2025 item 1b). (<c>abstract</c>)</summary>
    public string? Abstract { get; init; }

    /// <summary>Trial registration (item 2). (<c>registration</c>)</summary>
    public Registration? Registration { get; init; }

    /// <summary>Where the protocol can be accessed (item 3). (<c>protocol</c>)</summary>
    public DocumentLink? Protocol { get; init; }

    /// <summary>Where the statistical analysis plan can be accessed (item 3). (<c>analysis_plan</c>)</summary>
    public DocumentLink? AnalysisPlan { get; init; }

    /// <summary>Data sharing (item 4). (<c>data_sharing</c>)</summary>
    public DocumentLink? DataSharing { get; init; }

    /// <summary>Funding and the funder's role (item 5a). (<c>funding</c>)</summary>
    public Funding? Funding { get; init; }

    /// <summary>Conflicts of interest (item 5b). (<c>conflicts_of_interest</c>)</summary>
    public ConflictsOfInterest? ConflictsOfInterest { get; init; }

    /// <summary>Scientific background and rationale (item 6). (<c>background</c>)</summary>
    public string? Background { get; init; }

    /// <summary>Objectives (item 7). (<c>objectives</c>)</summary>
    public string? Objectives { get; init; }

    /// <summary>Patient and public involvement (item 8). (<c>patient_involvement</c>)</summary>
    public string? PatientInvolvement { get; init; }

    /// <summary>Trial design (item 9). (<c>design</c>)</summary>
    public Design? Design { get; init; }

    /// <summary>Changes after the trial began (item 10). (<c>changes</c>)</summary>
    public ImmutableArray<ProtocolChange> Changes { get; init; } = [];

    /// <summary>Setting and locations (item 11). (<c>setting</c>)</summary>
    public Setting? Setting { get; init; }

    /// <summary>Eligibility criteria (item 12). (<c>eligibility</c>)</summary>
    public Eligibility? Eligibility { get; init; }

    /// <summary>Arms of the trial (item 13). (<c>arms</c>)</summary>
    public ImmutableArray<Arm> Arms { get; init; } = [];

    /// <summary>Randomisation (items 17-19). (<c>randomisation</c>)</summary>
    public Randomisation? Randomisation { get; init; }

    /// <summary>Blinding (item 20). (<c>blinding</c>)</summary>
    public Blinding? Blinding { get; init; }

    /// <summary>Sample size (item 16). (<c>sample_size</c>)</summary>
    public SampleSize? SampleSize { get; init; }

    /// <summary>Statistical methods (item 21). (<c>statistical_methods</c>)</summary>
    public StatisticalMethods? StatisticalMethods { get; init; }

    /// <summary>Recruitment and follow-up dates (item 23a). (<c>dates</c>)</summary>
    public TrialDates? Dates { get; init; }

    /// <summary>Length of follow-up (item 23a). (<c>follow_up</c>)</summary>
    public FollowUp? FollowUp { get; init; }

    /// <summary>Why the trial ended (item 23b). (<c>stopping</c>)</summary>
    public Stopping? Stopping { get; init; }

    /// <summary>Intervention delivery (item 24). (<c>delivery</c>)</summary>
    public Delivery? Delivery { get; init; }

    /// <summary>Participant flow (item 22). (<c>flow</c>)</summary>
    public ParticipantFlow? Flow { get; init; }

    /// <summary>Baseline data (item 25). (<c>baseline</c>)</summary>
    public Baseline? Baseline { get; init; }

    /// <summary>Outcomes (items 14 and 26). (<c>outcomes</c>)</summary>
    public ImmutableArray<Outcome> Outcomes { get; init; } = [];

    /// <summary>Other analyses (item 28). (<c>ancillary_analyses</c>)</summary>
    public string? AncillaryAnalyses { get; init; }

    /// <summary>Harms (items 15 and 27). (<c>harms</c>)</summary>
    public Harms? Harms { get; init; }

    /// <summary>Interpretation as stated by the authors (item 29). (<c>conclusions</c>)</summary>
    public string? Conclusions { get; init; }

    /// <summary>Limitations (item 30). (<c>limitations</c>)</summary>
    public string? Limitations { get; init; }
}
