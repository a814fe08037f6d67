using System.Collections.Immutable;
using System.Globalization;
using TrialLint.Diagnostics;
using TrialLint.Model;
using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Registry;

/// <summary>
/// Maps one ClinicalTrials.gov API v2 study to the <see cref="TrialReport"/> model that report files bind to, so the
/// same rules check both. Every model object keeps the JSON Pointers of the record's own fields (a flow group's
/// <c>allocated</c> is its STARTED count, a harms group's <c>deaths</c> its <c>deathsNumAffected</c>), so findings land
/// on the record's lines. What the report format has no place for (status, primary completion, results posted, the
/// outcomes as registered) goes to <see cref="TrialReport.Record"/>. The mapping is lenient: a missing or malformed
/// part is left out, never an exception; numbers that cannot be tied to a group are reported (TL0029) and skipped.
/// </summary>
internal sealed partial class CtGovMapper
{
    private readonly SyntaxTree _tree;
    private readonly RecordNode _study;
    private readonly RegistryOptions _options;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly RecordNode _protocol;
    private readonly RecordNode _results;
    private GroupLinker _groups = new([]);
    private ImmutableArray<RecordHarmsGroup> _recordHarmsGroups = [];

    private CtGovMapper(SyntaxTree tree, RecordNode study, RegistryOptions options)
    {
        _tree = tree;
        _study = study;
        _options = options;
        _protocol = study["protocolSection"];
        _results = study["resultsSection"];
    }

    /// <summary>
    /// Maps the study at <paramref name="node"/>; the report is null when the study has no protocol section
    /// (reported as TL0028). <paramref name="subject"/> names the study in messages.
    /// </summary>
    private static (TrialReport? Report, IReadOnlyList<Diagnostic> Diagnostics) Map(SyntaxTree tree, RecordNode node, RegistryOptions options, string subject)
    {
        if (!node["protocolSection"].IsObject)
        {
            var location = tree.GetLocation(node.Pointer.Append("protocolSection"));
            return (null, [Diagnostic.Create(InputDiagnostics.RecordWithoutProtocol, location, ("subject", $"{subject} has no 'protocolSection'"))]);
        }
        var mapper = new CtGovMapper(tree, node, options ?? RegistryOptions.Default);
        var report = mapper.MapReport();
        return (report, mapper._diagnostics);
    }

    private RecordNode Identification => _protocol["identificationModule"];

    private RecordNode Status => _protocol["statusModule"];

    private RecordNode DesignModule => _protocol["designModule"];

    private bool IsObservational => string.Equals(DesignModule["studyType"].Text, "OBSERVATIONAL", StringComparison.OrdinalIgnoreCase);

    private TrialReport MapReport()
    {
        var arms = MapArms();
        var f = new FieldMap();
        f.Read("title", Identification["officialTitle"].Exists ? Identification["officialTitle"] : Identification["briefTitle"]);
        f.Read("acronym", Identification["acronym"]);
        f.Read("objectives", _protocol["descriptionModule"]["briefSummary"]);
        f.Read("background", _protocol["descriptionModule"]["detailedDescription"]);
        f.Read("limitations", _results["moreInfoModule"]["limitationsAndCaveats"]["description"]);
        var flow = MapFlow();
        var baseline = MapBaseline();
        bool resultOutcomes = _results["outcomeMeasuresModule"]["outcomeMeasures"].Count > 0;
        var outcomes = resultOutcomes ? MapResultOutcomes() : MapRegisteredOutcomes();
        var harms = MapHarms();
        var sections = new (string Field, ModelObject? Value, JsonPointer Where)[]
        {
            ("source", null, Identification.Pointer), ("registration", null, Identification.Pointer),
            ("design", null, DesignModule.Pointer), ("arms", null, _protocol["armsInterventionsModule"]["armGroups"].Pointer),
            ("outcomes", null, _protocol["outcomesModule"].Pointer), ("eligibility", null, _protocol["eligibilityModule"].Pointer),
            ("flow", flow, _results["participantFlowModule"].Pointer), ("baseline", baseline, _results["baselineCharacteristicsModule"].Pointer),
            ("harms", harms, _results["adverseEventsModule"].Pointer), ("stopping", null, Status["whyStopped"].Pointer),
            ("dates", null, Status.Pointer), ("sample_size", null, DesignModule["enrollmentInfo"].Pointer),
        };
        foreach (var (field, value, where) in sections)
        {
            if (value is not null) f.Set(field, value.Pointer);
            else f.Absent(field, where);
        }
        if (!arms.IsEmpty) f.Set("arms", _protocol["armsInterventionsModule"]["armGroups"].Pointer);
        if (!outcomes.IsEmpty) f.Set("outcomes", resultOutcomes ? _results["outcomeMeasuresModule"].Pointer : _protocol["outcomesModule"].Pointer);

        return new TrialReport
        {
            Title = f.Present.ContainsKey("title") ? (Identification["officialTitle"].Text ?? Identification["briefTitle"].Text) : null,
            Acronym = Identification["acronym"].Text,
            Source = MapSource(),
            Registration = MapRegistration(),
            Protocol = MapDocument("hasProtocol", "study protocol"),
            AnalysisPlan = MapDocument("hasSap", "statistical analysis plan"),
            DataSharing = MapDataSharing(),
            Funding = MapFunding(),
            Background = _protocol["descriptionModule"]["detailedDescription"].Text,
            Objectives = _protocol["descriptionModule"]["briefSummary"].Text,
            Design = MapDesign(),
            Setting = MapSetting(),
            Eligibility = MapEligibility(),
            Arms = arms,
            Blinding = MapBlinding(),
            SampleSize = MapSampleSize(),
            Dates = MapDates(),
            Stopping = MapStopping(),
            Flow = flow,
            Baseline = baseline,
            Outcomes = outcomes,
            Harms = harms,
            Limitations = _results["moreInfoModule"]["limitationsAndCaveats"]["description"].Text,
            Record = MapRecord(),
            Pointer = _study.Pointer,
            FieldPointers = f.Present,
            MissingFieldPointers = f.Missing,
        };
    }

    private SourceInfo MapSource()
    {
        string? nct = Identification["nctId"].Text;
        var f = new FieldMap();
        f.Read("citation", Identification["briefTitle"]);
        f.Read("url", Identification["nctId"]);
        var date = f.Read("date", Status["lastUpdatePostDateStruct"]["date"]);
        return new SourceInfo
        {
            Citation = nct is null ? null : $"ClinicalTrials.gov record {nct}" + (Identification["briefTitle"].Text is { } brief ? $": {brief}" : ""),
            Url = nct is null ? null : CtGovVocabulary.Url(nct),
            Date = Dates.Normalise(date.Text),
            Pointer = Identification.Pointer,
            FieldPointers = f.Present,
        };
    }

    private Registration MapRegistration()
    {
        string? nct = Identification["nctId"].Text;
        var f = new FieldMap();
        var id = f.Read("id", Identification["nctId"]);
        f.Read("url", Identification["nctId"]);
        if (id.Exists) f.Set("registry", id.Pointer);
        // The registration date is the date the record was first submitted, as the WHO registry platform counts it;
        // "first posted" follows after the registry's quality-control review.
        var date = f.Read("date", Status["studyFirstSubmitDate"].Exists ? Status["studyFirstSubmitDate"] : Status["studyFirstPostDateStruct"]["date"]);
        return new Registration
        {
            Registry = CtGovVocabulary.RegistryName,
            Id = nct,
            Url = nct is null ? null : CtGovVocabulary.Url(nct),
            Date = Dates.Normalise(date.Text),
            Pointer = Identification.Pointer,
            FieldPointers = f.Present,
            MissingFieldPointers = f.Missing,
        };
    }

    private DocumentLink? MapDocument(string flag, string what)
    {
        foreach (var doc in _study["documentSection"]["largeDocumentModule"]["largeDocs"].Items)
        {
            if (doc[flag].Boolean != true) continue;
            var f = new FieldMap();
            f.Read("statement", doc);
            string label = doc["label"].Text ?? doc["filename"].Text ?? "document";
            string? date = doc["date"].Text;
            return new DocumentLink
            {
                Statement = $"The {what} is posted on ClinicalTrials.gov ({label}" + (date is null ? ")" : $", {date})") + ".",
                Pointer = doc.Pointer,
                FieldPointers = f.Present,
            };
        }
        return null;
    }

    private DocumentLink? MapDataSharing()
    {
        var ipd = _protocol["ipdSharingStatementModule"];
        if (!ipd.IsObject) return null;
        var f = new FieldMap();
        f.Read("statement", ipd["ipdSharing"]);
        var url = f.Read("url", ipd["url"]);
        string? plan = ipd["ipdSharing"].Text;
        string? description = ipd["description"].Text;
        string statement = (plan is null ? "" : $"Sharing of individual participant data: {CtGovVocabulary.Words(plan)}.") + (description is null ? "" : " " + description);
        return new DocumentLink
        {
            Url = url.Text is { } u && (u.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || u.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) ? u : null,
            Statement = statement.Trim().Length > 0 ? statement.Trim() : null,
            Pointer = ipd.Pointer,
            FieldPointers = f.Present,
        };
    }

    private Funding? MapFunding()
    {
        var sponsors = _protocol["sponsorCollaboratorsModule"];
        if (!sponsors.IsObject) return null;
        var names = new List<string>();
        if (sponsors["leadSponsor"]["name"].Text is { } lead) names.Add(lead);
        names.AddRange(sponsors["collaborators"].Items.Select(c => c["name"].Text).OfType<string>());
        var f = new FieldMap();
        if (names.Count > 0) f.Set("sources", sponsors["leadSponsor"].Exists ? sponsors["leadSponsor"].Pointer : sponsors.Pointer);
        return new Funding
        {
            Sources = [.. names.Distinct(StringComparer.Ordinal)],
            Statement = names.Count > 0 ? $"Lead sponsor: {names[0]}." + (names.Count > 1 ? $" Collaborators: {string.Join("; ", names.Skip(1).Distinct(StringComparer.Ordinal))}." : "") : null,
            Pointer = sponsors.Pointer,
            FieldPointers = f.Present,
        };
    }

    private Design MapDesign()
    {
        var info = DesignModule["designInfo"];
        var f = new FieldMap();
        var allocation = f.Read("randomised", info["allocation"]);
        var model = f.Read("type", IsObservational ? info["observationalModel"] : info["interventionModel"]);
        var phases = f.Read("phase", DesignModule["phases"]);
        f.Read("statement", DesignModule["studyType"]);
        bool? randomised = IsObservational ? false : allocation.Text?.ToUpperInvariant() switch
        {
            "RANDOMIZED" => true,
            "NON_RANDOMIZED" => false,
            "NA" => false,
            _ => null,
        };
        if (IsObservational && f.Present.ContainsKey("type")) f.Set("randomised", model.Pointer);
        var parts = new List<string>();
        if (DesignModule["studyType"].Text is { } type) parts.Add($"{Capital(CtGovVocabulary.Words(type))} study");
        if (allocation.Text is { } a && !IsObservational) parts.Add($"allocation: {CtGovVocabulary.Words(a)}");
        if (model.Text is { } m) parts.Add((IsObservational ? "observational model: " : "intervention model: ") + CtGovVocabulary.Words(m));
        if (info["timePerspective"].Text is { } time) parts.Add($"time perspective: {CtGovVocabulary.Words(time)}");
        if (info["primaryPurpose"].Text is { } purpose) parts.Add($"primary purpose: {CtGovVocabulary.Words(purpose)}");
        string? statement = parts.Count > 0 ? string.Join("; ", parts) + "." : null;
        if (info["interventionModelDescription"].Text is { } description) statement = (statement is null ? "" : statement + " ") + description;
        return new Design
        {
            Randomised = randomised,
            Type = IsObservational ? (model.Exists ? "other" : null) : CtGovVocabulary.DesignType(model.Text),
            Phase = CtGovVocabulary.Phase([.. phases.Texts]),
            Statement = statement,
            Pointer = DesignModule.Pointer,
            FieldPointers = f.Present,
            MissingFieldPointers = f.Missing,
        };
    }

    private Blinding? MapBlinding()
    {
        var masking = DesignModule["designInfo"]["maskingInfo"];
        if (!masking.IsObject) return null;
        var f = new FieldMap();
        var level = f.Read("open_label", masking["masking"]);
        var who = masking["whoMasked"];
        if (who.Count > 0) f.Set("blinded", who.Pointer);
        f.Read("method", masking["maskingDescription"]);
        bool open = string.Equals(level.Text, "NONE", StringComparison.OrdinalIgnoreCase);
        return new Blinding
        {
            OpenLabel = level.Text is null ? null : open,
            Blinded = open ? [] : [.. who.Texts.Select(CtGovVocabulary.Masked).Distinct(StringComparer.Ordinal)],
            Method = masking["maskingDescription"].Text,
            Statement = level.Text is { } l ? $"Masking: {(open ? "none (open label)" : CtGovVocabulary.Words(l))}" + (who.Count > 0 ? $" ({string.Join(", ", who.Texts.Select(CtGovVocabulary.Words))})." : ".") : null,
            Pointer = masking.Pointer,
            FieldPointers = f.Present,
        };
    }

    private ImmutableArray<Arm> MapArms()
    {
        var module = _protocol["armsInterventionsModule"];
        var armGroups = module["armGroups"].Items.ToList();
        _groups = new GroupLinker(armGroups.Select(a => a["label"].Text));
        var interventions = module["interventions"].Items.ToList();
        var arms = ImmutableArray.CreateBuilder<Arm>(armGroups.Count);
        for (int i = 0; i < armGroups.Count; i++)
        {
            var group = armGroups[i];
            string? label = group["label"].Text;
            var f = new FieldMap();
            f.Read("id", group["label"]);
            f.Read("title", group["label"]);
            f.Read("role", group["type"]);
            f.Read("description", group["description"]);
            var given = interventions.Where(iv => label is not null && iv["armGroupLabels"].Texts.Contains(label, StringComparer.Ordinal))
                .Select(MapIntervention).ToList();
            if (given.Count == 0)
            {
                // Older records name the interventions only in the arm ("Drug: placebo").
                foreach (var name in group["interventionNames"].Items)
                {
                    if (name.Text is not { } text) continue;
                    int colon = text.IndexOf(':', StringComparison.Ordinal);
                    var nf = new FieldMap();
                    nf.Read("name", name);
                    nf.Read("type", name);
                    given.Add(new Intervention
                    {
                        Name = colon < 0 ? text : text[(colon + 1)..].Trim(),
                        Type = colon < 0 ? null : CtGovVocabulary.InterventionTypeFromLabel(text[..colon]),
                        Pointer = name.Pointer,
                        FieldPointers = nf.Present,
                    });
                }
            }
            if (given.Count > 0) f.Set("interventions", group["interventionNames"].Exists ? group["interventionNames"].Pointer : group.Pointer);
            arms.Add(new Arm
            {
                Id = _groups.ArmIds[i],
                Title = label,
                Role = CtGovVocabulary.Role(group["type"].Text),
                Description = group["description"].Text,
                Interventions = [.. given],
                Pointer = group.Pointer,
                FieldPointers = f.Present,
            });
        }
        return arms.ToImmutable();
    }

    private static Intervention MapIntervention(RecordNode node)
    {
        var f = new FieldMap();
        f.Read("name", node["name"]);
        f.Read("type", node["type"]);
        f.Read("description", node["description"]);
        string? name = node["name"].Text;
        var others = node["otherNames"].Texts.ToList();
        return new Intervention
        {
            Name = name is not null && others.Count > 0 ? $"{name} ({string.Join(", ", others)})" : name,
            Type = CtGovVocabulary.InterventionType(node["type"].Text),
            Description = node["description"].Text,
            Pointer = node.Pointer,
            FieldPointers = f.Present,
        };
    }

    private Setting? MapSetting()
    {
        var locations = _protocol["contactsLocationsModule"]["locations"];
        if (locations.Count == 0) return null;
        var countries = locations.Items.Select(l => l["country"].Text).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var f = new FieldMap();
        if (countries.Count > 0) f.Set("countries", locations.Pointer);
        f.Set("sites", locations.Pointer);
        return new Setting
        {
            Countries = [.. countries],
            Sites = locations.Count,
            Pointer = _protocol["contactsLocationsModule"].Pointer,
            FieldPointers = f.Present,
        };
    }

    private Eligibility? MapEligibility()
    {
        var module = _protocol["eligibilityModule"];
        if (!module.IsObject) return null;
        var f = new FieldMap();
        var criteria = f.Read("statement", module["eligibilityCriteria"]);
        return new Eligibility
        {
            Statement = criteria.Text,
            Pointer = module.Pointer,
            FieldPointers = f.Present,
        };
    }

    private SampleSize? MapSampleSize()
    {
        var enrollment = DesignModule["enrollmentInfo"];
        if (!string.Equals(enrollment["type"].Text, "ESTIMATED", StringComparison.OrdinalIgnoreCase) || enrollment["count"].Integer is not long planned) return null;
        var f = new FieldMap();
        f.Read("planned", enrollment["count"]);
        return new SampleSize { Planned = planned, Pointer = enrollment.Pointer, FieldPointers = f.Present };
    }

    private TrialDates MapDates()
    {
        var f = new FieldMap();
        var start = Status["startDateStruct"];
        // An anticipated start is not the start of recruitment, and neither is the start date of a study withdrawn
        // before its first participant enrolled (status WITHDRAWN, or an actual enrolment of 0): it never recruited,
        // whatever type the registry gives the date.
        bool withdrawn = string.Equals(Status["overallStatus"].Text, "WITHDRAWN", StringComparison.OrdinalIgnoreCase)
            || (string.Equals(DesignModule["enrollmentInfo"]["type"].Text, "ACTUAL", StringComparison.OrdinalIgnoreCase)
                && DesignModule["enrollmentInfo"]["count"].Integer == 0);
        bool started = !withdrawn && !string.Equals(start["type"].Text, "ESTIMATED", StringComparison.OrdinalIgnoreCase);
        if (started) f.Read("recruitment_start", start["date"]);
        else f.Absent("recruitment_start", start["date"].Pointer);
        var completion = Status["completionDateStruct"];
        bool completed = string.Equals(completion["type"].Text, "ACTUAL", StringComparison.OrdinalIgnoreCase);
        if (completed) f.Read("follow_up_end", completion["date"]);
        f.Set("statement", Status.Pointer);
        var parts = new List<string>();
        void Part(string name, RecordNode date)
        {
            if (date["date"].Text is not { } text) return;
            parts.Add($"{name} {text}" + (date["type"].Text is { } type ? $" ({CtGovVocabulary.Words(type)})" : ""));
        }
        Part("start", start);
        Part("primary completion", Status["primaryCompletionDateStruct"]);
        Part("study completion", completion);
        return new TrialDates
        {
            RecruitmentStart = started ? Dates.Normalise(start["date"].Text) : null,
            FollowUpEnd = completed ? Dates.Normalise(completion["date"].Text) : null,
            Statement = parts.Count > 0 ? Capital(string.Join("; ", parts)) + "." : null,
            Pointer = Status.Pointer,
            FieldPointers = f.Present,
            MissingFieldPointers = f.Missing,
        };
    }

    private Stopping? MapStopping()
    {
        var f = new FieldMap();
        var status = f.Read("stopped_early", Status["overallStatus"]);
        var why = f.Read("reason", Status["whyStopped"]);
        string? overall = status.Text?.ToUpperInvariant();
        bool? stopped = overall is null ? null
            : CtGovVocabulary.StoppedStatuses.Contains(overall) ? true
            : overall == "COMPLETED" ? false
            : null;
        if (stopped is null && why.Text is null) return null;
        return new Stopping
        {
            StoppedEarly = stopped,
            Reason = why.Text,
            Pointer = Status.Pointer,
            FieldPointers = f.Present,
            MissingFieldPointers = f.Missing,
        };
    }

    private RegistryRecord MapRecord()
    {
        var f = new FieldMap();
        f.Read("id", Identification["nctId"]);
        f.Read("registry", Identification["nctId"]);
        f.Read("study_type", DesignModule["studyType"]);
        f.Read("status", Status["overallStatus"]);
        var pc = Status["primaryCompletionDateStruct"];
        f.Read("primary_completion", pc["date"]);
        f.Read("primary_completion_type", pc["type"]);
        f.Read("results_due", pc["date"]);
        var enrollment = DesignModule["enrollmentInfo"];
        f.Read("enrollment", enrollment["count"]);
        f.Read("enrollment_type", enrollment["type"]);
        f.Read("has_results", _results.Exists ? _results : _study["hasResults"]);
        f.Read("results_delayed", Status["dispFirstSubmitDate"].Exists ? Status["dispFirstSubmitDate"] : Status["resultsWaived"]);
        bool waived = Status["resultsWaived"].Boolean == true;
        bool delayed = Status["dispFirstSubmitDate"].Exists;
        string? primaryCompletion = Dates.Normalise(pc["date"].Text);
        bool applicable = IsApplicableClinicalTrial(primaryCompletion);
        if (applicable) f.Set("applicable_trial", _protocol["oversightModule"].Pointer);
        var (firstSubmitted, lastSubmitted, underReview, returned) = ResultsSubmissions(f);
        if (applicable && !waived) f.Read("results_due_by_law", pc["date"]);
        var leadSponsor = _protocol["sponsorCollaboratorsModule"]["leadSponsor"];
        f.Read("lead_sponsor", leadSponsor["name"]);
        f.Read("lead_sponsor_class", leadSponsor["class"]);
        f.Read("last_updated", Status["lastUpdatePostDateStruct"]["date"]);
        string? dueByLaw = applicable && !waived ? Dates.AddYearsAndDays(primaryCompletion, delayed ? 3 : 1, 30) : null;
        string? status = Status["overallStatus"].Text?.ToUpperInvariant();
        // The primary completion has happened: the trial says so (completed, terminated, an actual date) or posted results.
        bool completed = status is "COMPLETED" or "TERMINATED"
            || string.Equals(pc["type"].Text, "ACTUAL", StringComparison.OrdinalIgnoreCase) || _results.IsObject;
        bool dueNow = dueByLaw is not null && completed && Dates.Before(dueByLaw, _options.AsOfText);
        bool overdue = dueNow && !_results.IsObject && !underReview;
        if (dueNow) f.Read("results_due_now", pc["date"]);
        if (overdue) f.Read("results_overdue", pc["date"]);
        return new RegistryRecord
        {
            Registry = CtGovVocabulary.RegistryName,
            Id = Identification["nctId"].Text,
            Path = _tree.Source.Path,
            StudyType = DesignModule["studyType"].Text?.ToUpperInvariant(),
            Status = Status["overallStatus"].Text?.ToUpperInvariant(),
            PrimaryCompletion = primaryCompletion,
            PrimaryCompletionType = pc["type"].Text?.ToUpperInvariant(),
            Enrollment = enrollment["count"].Integer,
            EnrollmentType = enrollment["type"].Text?.ToUpperInvariant(),
            HasResults = _results.IsObject,
            ResultsDelayed = waived || delayed,
            ResultsDue = waived ? null : Dates.AddYears(primaryCompletion, delayed ? 3 : 1),
            AsOf = _options.AsOfText,
            RegisteredOutcomes = MapRegisteredOutcomes(),
            HarmsGroups = _recordHarmsGroups,
            ApplicableTrial = applicable,
            ResultsDueByLaw = dueByLaw,
            ResultsFirstSubmitted = firstSubmitted,
            ResultsLastSubmitted = lastSubmitted,
            ResultsUnderReview = underReview,
            ResultsReturned = returned,
            LeadSponsor = leadSponsor["name"].Text?.Trim() is { Length: > 0 } sponsor ? sponsor : null,
            LeadSponsorClass = leadSponsor["class"].Text?.Trim().ToUpperInvariant() is { Length: > 0 } sponsorClass ? sponsorClass : null,
            LastUpdated = Dates.Normalise(Status["lastUpdatePostDateStruct"]["date"].Text),
            ResultsDueNow = dueNow,
            ResultsOverdue = overdue,
            Pointer = _study.Pointer,
            FieldPointers = f.Present,
            MissingFieldPointers = f.Missing,
        };
    }

    /// <summary>The date FDAAA 801's final rule (42 CFR 11) took effect.</summary>
    private const string FinalRuleEffective = "2017-01-18";

    /// <summary>
    /// Whether the record shows an applicable clinical trial under FDAAA 801 and 42 CFR 11, as the FDAAA
    /// TrialsTracker judges it from public data: an interventional study, not withdrawn, not (early) phase 1 alone,
    /// not a device feasibility study, of a drug or device the FDA regulates (<c>isFdaRegulatedDrug</c>,
    /// <c>isFdaRegulatedDevice</c>), with a site in the United States or a product exported from the United States
    /// (<c>isUsExport</c>; an IND or IDE is not in the public record), whose primary completion (else completion)
    /// is on or after 18 January 2017. A trial the record cannot show to be applicable is treated as not.
    /// </summary>
    private bool IsApplicableClinicalTrial(string? primaryCompletion)
    {
        if (!string.Equals(DesignModule["studyType"].Text, "INTERVENTIONAL", StringComparison.OrdinalIgnoreCase)) return false;
        if (string.Equals(Status["overallStatus"].Text, "WITHDRAWN", StringComparison.OrdinalIgnoreCase)) return false;
        var phases = DesignModule["phases"].Texts.Select(p => p.ToUpperInvariant()).ToList();
        if (phases.Count > 0 && phases.All(p => p is "PHASE1" or "EARLY_PHASE1")) return false;
        if (string.Equals(DesignModule["designInfo"]["primaryPurpose"].Text, "DEVICE_FEASIBILITY", StringComparison.OrdinalIgnoreCase)) return false;
        var oversight = _protocol["oversightModule"];
        if (oversight["isFdaRegulatedDrug"].Boolean != true && oversight["isFdaRegulatedDevice"].Boolean != true) return false;
        bool usSite = _protocol["contactsLocationsModule"]["locations"].Items
            .Any(l => string.Equals(l["country"].Text, "United States", StringComparison.OrdinalIgnoreCase));
        if (!usSite && oversight["isUsExport"].Boolean != true) return false;
        string? completion = primaryCompletion ?? Dates.Normalise(Status["completionDateStruct"]["date"].Text);
        return completion is not null && !Dates.Before(completion, FinalRuleEffective);
    }

    /// <summary>
    /// The results submissions of a record: the first and the last (<c>resultsFirstSubmitDate</c>, the release dates
    /// of <c>derivedSection.miscInfoModule.submissionTracking</c>), whether results not yet posted are under the
    /// registry's quality-control review (the last submission was neither returned nor cancelled), and when the last
    /// submission was returned to the sponsor for corrections.
    /// </summary>
    private (string? First, string? Last, bool UnderReview, string? Returned) ResultsSubmissions(FieldMap f)
    {
        var tracking = _study["derivedSection"]["miscInfoModule"]["submissionTracking"];
        var submissions = tracking["submissionInfos"].Items.Where(i => i.IsObject && Dates.Normalise(i["releaseDate"].Text) is not null).ToList();
        var firstNode = Status["resultsFirstSubmitDate"].Exists ? Status["resultsFirstSubmitDate"]
            : submissions.Count > 0 ? submissions[0]["releaseDate"] : default;
        string? first = Dates.Normalise(firstNode.Text);
        if (first is not null) f.Read("results_first_submitted", firstNode);
        if (submissions.Count == 0) return (first, first, false, null);
        var last = submissions[^1];
        f.Read("results_last_submitted", last["releaseDate"]);
        string? returned = Dates.Normalise(last["resetDate"].Text);
        bool cancelled = last["unreleaseDate"].Exists || last["unreleaseDateUnknown"].Boolean == true;
        bool underReview = !_results.IsObject && returned is null && !cancelled;
        if (underReview) f.Set("results_under_review", last.Pointer);
        if (returned is not null) f.Read("results_returned", last["resetDate"]);
        return (first, Dates.Normalise(last["releaseDate"].Text), underReview, returned);
    }

    private ImmutableArray<Outcome> MapRegisteredOutcomes()
    {
        var module = _protocol["outcomesModule"];
        var outcomes = ImmutableArray.CreateBuilder<Outcome>();
        foreach (var (key, type) in (ReadOnlySpan<(string, string)>)[("primaryOutcomes", "primary"), ("secondaryOutcomes", "secondary"), ("otherOutcomes", "other")])
        {
            int n = 0;
            foreach (var outcome in module[key].Items)
            {
                n++;
                var f = new FieldMap();
                f.Set("type", module[key].Pointer);
                f.Read("id", outcome["measure"]);
                f.Read("title", outcome["measure"]);
                f.Read("time_frame", outcome["timeFrame"]);
                f.Read("statement", outcome["description"]);
                outcomes.Add(new Outcome
                {
                    Id = $"{type}-{n}",
                    Type = type,
                    Title = outcome["measure"].Text,
                    TimeFrame = outcome["timeFrame"].Text,
                    Statement = outcome["description"].Text,
                    Prespecified = true,
                    Pointer = outcome.Pointer,
                    FieldPointers = f.Present,
                    MissingFieldPointers = f.Missing,
                });
            }
        }
        return outcomes.ToImmutable();
    }

    private Location Locate(JsonPointer pointer) => _tree.GetLocation(pointer);

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);
}
