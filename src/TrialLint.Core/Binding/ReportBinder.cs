using TrialLint.Model;
using TrialLint.Syntax;

namespace TrialLint.Binding;

/// <summary>
/// Binds a report's syntax tree to the <see cref="TrialReport"/> model. One method per model type, each reading
/// its keys in schema order. Binding is lenient: a value of the wrong type is left out (schema validation has
/// already reported it), so analyzers see a well-formed model of everything that could be read.
/// </summary>
public static class ReportBinder
{
    /// <summary>Binds the root of <paramref name="tree"/>; null when the root is not a set of keys.</summary>
    public static TrialReport? Bind(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return tree.Root is MappingNode root ? BindTrialReport(root) : null;
    }

    private static TrialReport BindTrialReport(MappingNode node)
    {
        var r = new FieldReader(node);
        return new TrialReport
        {
            FormatVersion = r.Integer("format_version"),
            Title = r.Text("title"),
            Acronym = r.Text("acronym"),
            Source = r.Object("source", BindSourceInfo),
            Packs = r.TextList("packs"),
            Abstract = r.Text("abstract"),
            Registration = r.Object("registration", BindRegistration),
            Protocol = r.Object("protocol", BindDocumentLink),
            AnalysisPlan = r.Object("analysis_plan", BindDocumentLink),
            DataSharing = r.Object("data_sharing", BindDocumentLink),
            Funding = r.Object("funding", BindFunding),
            ConflictsOfInterest = r.Object("conflicts_of_interest", BindConflictsOfInterest),
            Background = r.Text("background"),
            Objectives = r.Text("objectives"),
            PatientInvolvement = r.Text("patient_involvement"),
            Design = r.Object("design", BindDesign),
            Changes = r.List("changes", BindProtocolChange),
            Setting = r.Object("setting", BindSetting),
            Eligibility = r.Object("eligibility", BindEligibility),
            Arms = r.List("arms", BindArm),
            Randomisation = r.Object("randomisation", BindRandomisation),
            Blinding = r.Object("blinding", BindBlinding),
            SampleSize = r.Object("sample_size", BindSampleSize),
            StatisticalMethods = r.Object("statistical_methods", BindStatisticalMethods),
            Dates = r.Object("dates", BindTrialDates),
            FollowUp = r.Object("follow_up", BindFollowUp),
            Stopping = r.Object("stopping", BindStopping),
            Delivery = r.Object("delivery", BindDelivery),
            Flow = r.Object("flow", BindParticipantFlow),
            Baseline = r.Object("baseline", BindBaseline),
            Outcomes = r.List("outcomes", BindOutcome),
            AncillaryAnalyses = r.Text("ancillary_analyses"),
            Harms = r.Object("harms", BindHarms),
            Conclusions = r.Text("conclusions"),
            Limitations = r.Text("limitations"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static SourceInfo BindSourceInfo(MappingNode node)
    {
        var r = new FieldReader(node);
        return new SourceInfo
        {
            Citation = r.Text("citation"),
            Url = r.Text("url"),
            Date = r.Text("date"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static Registration BindRegistration(MappingNode node)
    {
        var r = new FieldReader(node);
        return new Registration
        {
            Registry = r.Text("registry"),
            Id = r.Text("id"),
            Url = r.Text("url"),
            Date = r.Text("date"),
            Statement = r.Text("statement"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static DocumentLink BindDocumentLink(MappingNode node)
    {
        var r = new FieldReader(node);
        return new DocumentLink
        {
            Url = r.Text("url"),
            Statement = r.Text("statement"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static Funding BindFunding(MappingNode node)
    {
        var r = new FieldReader(node);
        return new Funding
        {
            Sources = r.TextList("sources"),
            FunderRole = r.Text("funder_role"),
            Statement = r.Text("statement"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static ConflictsOfInterest BindConflictsOfInterest(MappingNode node)
    {
        var r = new FieldReader(node);
        return new ConflictsOfInterest
        {
            NoneDeclared = r.Boolean("none_declared"),
            Statement = r.Text("statement"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static Design BindDesign(MappingNode node)
    {
        var r = new FieldReader(node);
        return new Design
        {
            Randomised = r.Boolean("randomised"),
            Type = r.Text("type"),
            Phase = r.ScalarText("phase"),
            AllocationRatio = r.Text("allocation_ratio"),
            Framework = r.Text("framework"),
            SingleArmRationale = r.Text("single_arm_rationale"),
            Stages = r.List("stages", BindStage),
            Statement = r.Text("statement"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static Stage BindStage(MappingNode node)
    {
        var r = new FieldReader(node);
        return new Stage
        {
            Id = r.Text("id"),
            Title = r.Text("title"),
            Randomised = r.Boolean("randomised"),
            Type = r.Text("type"),
            Arms = r.TextList("arms"),
            Statement = r.Text("statement"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static ProtocolChange BindProtocolChange(MappingNode node)
    {
        var r = new FieldReader(node);
        return new ProtocolChange
        {
            Kind = r.Text("kind"),
            Description = r.Text("description"),
            Reason = r.Text("reason"),
            Date = r.Text("date"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static Setting BindSetting(MappingNode node)
    {
        var r = new FieldReader(node);
        return new Setting
        {
            Description = r.Text("description"),
            Countries = r.TextList("countries"),
            Sites = r.Integer("sites"),
            Statement = r.Text("statement"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static Eligibility BindEligibility(MappingNode node)
    {
        var r = new FieldReader(node);
        return new Eligibility
        {
            Inclusion = r.TextList("inclusion"),
            Exclusion = r.TextList("exclusion"),
            SitesAndProviders = r.Text("sites_and_providers"),
            Statement = r.Text("statement"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static Arm BindArm(MappingNode node)
    {
        var r = new FieldReader(node);
        return new Arm
        {
            Id = r.Text("id"),
            Title = r.Text("title"),
            Role = r.Text("role"),
            Description = r.Text("description"),
            PlannedN = r.Integer("planned_n"),
            Interventions = r.List("interventions", BindIntervention),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static Intervention BindIntervention(MappingNode node)
    {
        var r = new FieldReader(node);
        return new Intervention
        {
            Name = r.Text("name"),
            Type = r.Text("type"),
            Dose = r.Text("dose"),
            Route = r.Text("route"),
            Schedule = r.Text("schedule"),
            Description = r.Text("description"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static Randomisation BindRandomisation(MappingNode node)
    {
        var r = new FieldReader(node);
        return new Randomisation
        {
            SequenceGeneration = r.Text("sequence_generation"),
            GeneratedBy = r.Text("generated_by"),
            Type = r.Text("type"),
            Restriction = r.Text("restriction"),
            Concealment = r.Text("concealment"),
            Implementation = r.Text("implementation"),
            Statement = r.Text("statement"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static Blinding BindBlinding(MappingNode node)
    {
        var r = new FieldReader(node);
        return new Blinding
        {
            OpenLabel = r.Boolean("open_label"),
            Blinded = r.TextList("blinded"),
            Method = r.Text("method"),
            Similarity = r.Text("similarity"),
            Statement = r.Text("statement"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static SampleSize BindSampleSize(MappingNode node)
    {
        var r = new FieldReader(node);
        return new SampleSize
        {
            Planned = r.Integer("planned"),
            Calculation = r.Text("calculation"),
            InterimAnalyses = r.Text("interim_analyses"),
            Statement = r.Text("statement"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static StatisticalMethods BindStatisticalMethods(MappingNode node)
    {
        var r = new FieldReader(node);
        return new StatisticalMethods
        {
            Comparisons = r.Text("comparisons"),
            AnalysisPopulation = r.Text("analysis_population"),
            MissingData = r.Text("missing_data"),
            AdditionalAnalyses = r.Text("additional_analyses"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static TrialDates BindTrialDates(MappingNode node)
    {
        var r = new FieldReader(node);
        return new TrialDates
        {
            RecruitmentStart = r.Text("recruitment_start"),
            RecruitmentEnd = r.Text("recruitment_end"),
            FollowUpEnd = r.Text("follow_up_end"),
            Statement = r.Text("statement"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static FollowUp BindFollowUp(MappingNode node)
    {
        var r = new FieldReader(node);
        return new FollowUp
        {
            Planned = r.Text("planned"),
            Actual = r.Text("actual"),
            Statement = r.Text("statement"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static Stopping BindStopping(MappingNode node)
    {
        var r = new FieldReader(node);
        return new Stopping
        {
            StoppedEarly = r.Boolean("stopped_early"),
            Reason = r.Text("reason"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static Delivery BindDelivery(MappingNode node)
    {
        var r = new FieldReader(node);
        return new Delivery
        {
            AsAdministered = r.Text("as_administered"),
            ConcomitantCare = r.Text("concomitant_care"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static ParticipantFlow BindParticipantFlow(MappingNode node)
    {
        var r = new FieldReader(node);
        return new ParticipantFlow
        {
            Screened = r.Integer("screened"),
            ExcludedBeforeAllocation = r.List("excluded_before_allocation", BindReasonedCount),
            Enrolled = r.Integer("enrolled"),
            Periods = r.List("periods", BindFlowPeriod),
            Statement = r.Text("statement"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static FlowPeriod BindFlowPeriod(MappingNode node)
    {
        var r = new FieldReader(node);
        return new FlowPeriod
        {
            Id = r.Text("id"),
            Title = r.Text("title"),
            Stage = r.Text("stage"),
            Groups = r.List("groups", BindFlowGroup),
            Statement = r.Text("statement"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    // A reasoned-count list reads a list of {n, reason}; "none" is [] or 0 (the schema allows both), which binds as an
    // empty list whose key is present (FlowGroup.States), unlike a key left out (not reported).
    private static FlowGroup BindFlowGroup(MappingNode node)
    {
        var r = new FieldReader(node);
        return new FlowGroup
        {
            Arm = r.Text("arm"),
            Allocated = r.Integer("allocated"),
            Received = r.Integer("received"),
            DidNotReceive = r.List("did_not_receive", BindReasonedCount),
            LostToFollowUp = r.List("lost_to_follow_up", BindReasonedCount),
            Discontinued = r.List("discontinued", BindReasonedCount),
            Completed = r.Integer("completed"),
            Analysed = r.Integer("analysed"),
            ExcludedFromAnalysis = r.List("excluded_from_analysis", BindReasonedCount),
            Statement = r.Text("statement"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static ReasonedCount BindReasonedCount(MappingNode node)
    {
        var r = new FieldReader(node);
        return new ReasonedCount
        {
            N = r.Integer("n"),
            Reason = r.Text("reason"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static Baseline BindBaseline(MappingNode node)
    {
        var r = new FieldReader(node);
        return new Baseline
        {
            Groups = r.List("groups", BindBaselineGroup),
            Characteristics = r.List("characteristics", BindBaselineCharacteristic),
            Statement = r.Text("statement"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static BaselineGroup BindBaselineGroup(MappingNode node)
    {
        var r = new FieldReader(node);
        return new BaselineGroup
        {
            Arm = r.Text("arm"),
            N = r.Integer("n"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static BaselineCharacteristic BindBaselineCharacteristic(MappingNode node)
    {
        var r = new FieldReader(node);
        return new BaselineCharacteristic
        {
            Name = r.Text("name"),
            Unit = r.Text("unit"),
            Exclusive = r.Boolean("exclusive"),
            Values = r.List("values", BindBaselineValue),
            Categories = r.List("categories", BindBaselineCategory),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static BaselineCategory BindBaselineCategory(MappingNode node)
    {
        var r = new FieldReader(node);
        return new BaselineCategory
        {
            Name = r.Text("name"),
            Values = r.List("values", BindBaselineValue),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static BaselineValue BindBaselineValue(MappingNode node)
    {
        var r = new FieldReader(node);
        return new BaselineValue
        {
            Arm = r.Text("arm"),
            N = r.Integer("n"),
            Percentage = r.Number("percentage"),
            Mean = r.Number("mean"),
            Sd = r.Number("sd"),
            Median = r.Number("median"),
            Q1 = r.Number("q1"),
            Q3 = r.Number("q3"),
            Min = r.Number("min"),
            Max = r.Number("max"),
            Value = r.Number("value"),
            NWithData = r.Integer("n_with_data"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static Outcome BindOutcome(MappingNode node)
    {
        var r = new FieldReader(node);
        return new Outcome
        {
            Id = r.Text("id"),
            Type = r.Text("type"),
            Title = r.Text("title"),
            Measure = r.Text("measure"),
            Metric = r.Text("metric"),
            Aggregation = r.Text("aggregation"),
            TimeFrame = r.Text("time_frame"),
            Prespecified = r.Boolean("prespecified"),
            Results = r.List("results", BindOutcomeResult),
            Effects = r.List("effects", BindEffectEstimate),
            Statement = r.Text("statement"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static OutcomeResult BindOutcomeResult(MappingNode node)
    {
        var r = new FieldReader(node);
        return new OutcomeResult
        {
            Arm = r.Text("arm"),
            NAnalysed = r.Integer("n_analysed"),
            NWithData = r.Integer("n_with_data"),
            Value = r.Number("value"),
            Unit = r.Text("unit"),
            Events = r.Integer("events"),
            Percentage = r.Number("percentage"),
            Dispersion = r.Object("dispersion", BindDispersion),
            Statement = r.Text("statement"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static Dispersion BindDispersion(MappingNode node)
    {
        var r = new FieldReader(node);
        return new Dispersion
        {
            Type = r.Text("type"),
            Value = r.Number("value"),
            Lower = r.Number("lower"),
            Upper = r.Number("upper"),
            Level = r.Number("level"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static EffectEstimate BindEffectEstimate(MappingNode node)
    {
        var r = new FieldReader(node);
        return new EffectEstimate
        {
            Measure = r.Text("measure"),
            Estimate = r.Number("estimate"),
            CiLower = r.Number("ci_lower"),
            CiUpper = r.Number("ci_upper"),
            CiLevel = r.Number("ci_level"),
            TimeFrame = r.Text("time_frame"),
            PValue = r.Number("p_value"),
            PValueText = r.Text("p_value_text"),
            Absolute = r.Boolean("absolute"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static Harms BindHarms(MappingNode node)
    {
        var r = new FieldReader(node);
        return new Harms
        {
            Definition = r.Text("definition"),
            Collection = r.Text("collection"),
            Assessment = r.Text("assessment"),
            TimeFrame = r.Text("time_frame"),
            NoEvents = r.Boolean("no_events"),
            Groups = r.List("groups", BindHarmsGroup),
            Events = r.List("events", BindHarmEvent),
            Statement = r.Text("statement"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static HarmsGroup BindHarmsGroup(MappingNode node)
    {
        var r = new FieldReader(node);
        return new HarmsGroup
        {
            Arm = r.Text("arm"),
            AtRisk = r.Integer("at_risk"),
            Serious = r.Object("serious", BindEventCount),
            NonSerious = r.Object("non_serious", BindEventCount),
            Deaths = r.Integer("deaths"),
            WithdrawalsDueToHarms = r.Integer("withdrawals_due_to_harms"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static EventCount BindEventCount(MappingNode node)
    {
        var r = new FieldReader(node);
        return new EventCount
        {
            Participants = r.Integer("participants"),
            Events = r.Integer("events"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static HarmEvent BindHarmEvent(MappingNode node)
    {
        var r = new FieldReader(node);
        return new HarmEvent
        {
            Term = r.Text("term"),
            Serious = r.Boolean("serious"),
            Groups = r.List("groups", BindHarmEventGroup),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }

    private static HarmEventGroup BindHarmEventGroup(MappingNode node)
    {
        var r = new FieldReader(node);
        return new HarmEventGroup
        {
            Arm = r.Text("arm"),
            Participants = r.Integer("participants"),
            Events = r.Integer("events"),
            AtRisk = r.Integer("at_risk"),
            Pointer = node.Pointer,
            FieldPointers = r.Pointers,
        };
    }
}
