using TrialLint.Model;
using TrialLint.Text;

namespace TrialLint.Tests.Registry;

/// <summary>
/// How a ClinicalTrials.gov record maps to the report model: the fields, the JSON Pointers every model object keeps
/// (so findings land on the record's own lines), how result groups are tied to arms across modules, and the record's
/// own facts.
/// </summary>
public sealed class RegistryMappingTests
{
    private static TrialReport Report(string nctId) => RegistryRecords.Lint(nctId).Report!;

    [Fact]
    public void Identification_status_and_design_map_to_their_sections()
    {
        var report = Report("NCT00763412");

        Assert.Equal("Pilot and Feasibility Study for the Treatment of Pre-diabetes in Patients With Cystic Fibrosis", report.Title);
        Assert.Equal(("ClinicalTrials.gov", "NCT00763412", "https://clinicaltrials.gov/study/NCT00763412", "2008-09-29"),
            (report.Registration!.Registry, report.Registration.Id, report.Registration.Url, report.Registration.Date));
        Assert.Equal("/protocolSection/identificationModule/nctId", report.Registration.PointerOf("id").ToString());
        Assert.Equal("/protocolSection/statusModule/studyFirstSubmitDate", report.Registration.PointerOf("date").ToString());
        Assert.Equal((true, "parallel", "not-applicable"), (report.Design!.Randomised, report.Design.Type, report.Design.Phase));
        Assert.Equal(["participants", "care-providers", "investigators", "outcome-assessors"], report.Blinding!.Blinded.ToArray());
        Assert.Equal("2006-11", report.Dates!.RecruitmentStart);
        Assert.Equal((false, (string?)null), (report.Stopping!.StoppedEarly, report.Stopping.Reason));
        Assert.Equal("/protocolSection/statusModule/whyStopped", report.Stopping.PointerOf("reason").ToString());
    }

    [Fact]
    public void Arms_take_their_role_and_interventions_from_the_arms_and_interventions_module()
    {
        var arms = Report("NCT02552212").Arms;

        Assert.Equal(["certolizumab-pegol-200-mg-q2w", "placebo"], arms.Select(a => a.Id));
        Assert.Equal(["experimental", "placebo-comparator"], arms.Select(a => a.Role));
        Assert.Equal("Certolizumab Pegol (Cimzia, CDP870)", arms[0].Interventions.Single().Name);
        Assert.Equal("biological", arms[0].Interventions.Single().Type);
        Assert.Equal("/protocolSection/armsInterventionsModule/armGroups/1", arms[1].Pointer.ToString());
    }

    [Fact]
    public void Flow_groups_point_at_their_milestones()
    {
        var result = RegistryRecords.Lint("NCT00763412");
        var group = result.Report!.Flow!.Periods[0].Groups[0];

        Assert.Equal(("1-placebo", 8L, 4L), (group.Arm, group.Allocated, group.Completed));
        Assert.Equal("/resultsSection/participantFlowModule/periods/0/milestones/0/achievements/0", group.Pointer.ToString());
        Assert.Equal("/resultsSection/participantFlowModule/periods/0/milestones/0/achievements/0/numSubjects", group.PointerOf("allocated").ToString());
        Assert.Equal("/resultsSection/participantFlowModule/periods/0/milestones/1/achievements/0/numSubjects", group.PointerOf("completed").ToString());
        Assert.Equal("/resultsSection/participantFlowModule/periods/0/milestones/2/achievements/0/numSubjects", group.PointerOf("not_completed").ToString());
        Assert.False(group.Has("discontinued"));
        Assert.Equal(31, result.Report.Flow.Enrolled);
        Assert.Equal("/protocolSection/designModule/enrollmentInfo/count", result.Report.Flow.PointerOf("enrolled").ToString());

        // The location of the STARTED count is the "8" on its own line of the record.
        var location = result.Tree!.GetLocation(group.PointerOf("allocated"));
        string line = result.Source!.GetLineText(location.StartLine);
        Assert.Equal("\"8\"", line[(location.StartColumn - 1)..(location.EndColumn - 1)]);
        Assert.Contains("numSubjects", line);
    }

    [Fact]
    public void Drop_withdraw_reasons_become_losses_and_discontinuations()
    {
        var group = Report("NCT02210780").Flow!.Periods[0].Groups[1];

        Assert.Equal([("Lost to Follow-up", 1L)], group.LostToFollowUp.Select(r => (r.Reason!, r.N!.Value)));
        Assert.Equal(7, group.Discontinued.Total());
        Assert.Equal(group.Allocated - group.Completed, group.LostToFollowUp.Total() + group.Discontinued.Total());
        Assert.StartsWith("/resultsSection/participantFlowModule/periods/0/dropWithdraws/", group.Discontinued[0].Pointer.ToString());
    }

    [Fact]
    public void Groups_are_tied_across_modules_by_their_titles()
    {
        // "Placebo" (flow), "Patients Who Received Placebo" (baseline), "1 Placebo" (outcomes), "Placebo" (adverse events).
        var report = Report("NCT00763412");
        string[] arms = ["1-placebo", "2-repaglinide"];

        Assert.Equal(arms, report.Flow!.Periods[0].Groups.Select(g => g.Arm));
        Assert.Equal(arms, report.Baseline!.Groups.Select(g => g.Arm));
        Assert.Equal(arms, report.Outcomes[0].Results.Select(r => r.Arm));
        Assert.Equal(arms, report.Harms!.Groups.Select(g => g.Arm));
        Assert.Equal([4L, 4L], report.Baseline.Groups.Select(g => g.N!.Value));
    }

    [Fact]
    public void A_flow_group_with_other_words_is_tied_to_the_last_arm_left()
    {
        // Flow groups "Early Intervention Number of Patients" and "Late Interventions Number of Patients"; arms
        // "Early Intervention" and "Late implementation".
        var report = Report("NCT02299791");

        Assert.Equal(["early-intervention", "late-implementation"], report.Flow!.Periods[0].Groups.Select(g => g.Arm));
        Assert.Equal(["early-intervention", "late-implementation"], report.Baseline!.Groups.Select(g => g.Arm));
    }

    [Fact]
    public void A_subset_of_an_arm_is_a_group_of_its_own()
    {
        var report = Report("NCT02552212");
        var safety = report.Outcomes.Single(o => o.Title!.StartsWith("Percentage of Subjects With Treatment-Emergent", StringComparison.Ordinal));

        // "Placebo (SS)" is the placebo arm; "Placebo->OL CZP (SS)" the participants who switched: not the placebo arm.
        Assert.Equal(["placebo", "czp-200-mg-q2w", "placebo-ol-czp", "czp-ol-czp", "sfe-ol-czp-200-mg-q2w"], safety.Results.Select(r => r.Arm));
        Assert.Equal(["placebo", "czp-200-mg-q2w", "placebo-ol-czp", "czp-ol-czp", "sfe-ol-czp-200-mg-q2w"], report.Harms!.Groups.Select(g => g.Arm));
        // The extension group starts in the second period; the record lists it with 0 in the first, which is not its
        // allocation: the group is left out of the period it takes no part in.
        Assert.Equal([null, 243L], report.Flow!.Periods.Select(p => p.Groups.SingleOrDefault(g => g.Arm == "sfe-ol-czp-200-mg-q2w")?.Allocated));
    }

    [Fact]
    public void Baseline_leaves_out_the_total_column()
    {
        var baseline = Report("NCT04431453").Baseline!;

        Assert.Equal(8, baseline.Groups.Length);
        Assert.Equal(58, baseline.Groups.Sum(g => g.N));
        Assert.Equal("/resultsSection/baselineCharacteristicsModule/denoms/0/counts/4/value", baseline.Groups[4].PointerOf("n").ToString());
    }

    [Fact]
    public void Outcome_measures_give_denominators_values_and_analyses()
    {
        var outcome = Report("NCT02210780").Outcomes[3];

        Assert.Equal(("secondary-3", "secondary", "Week 16"), (outcome.Id, outcome.Type, outcome.TimeFrame));
        Assert.Equal([97L, 97L], outcome.Results.Select(r => r.NAnalysed!.Value));
        var effect = outcome.Effects.Single();
        Assert.Equal((34.0, 24.29, 43.75, 90.0, "<0.0001"), (effect.Estimate!.Value, effect.CiLower!.Value, effect.CiUpper!.Value, effect.CiLevel!.Value, effect.PValueText!));
        Assert.Equal("/resultsSection/outcomeMeasuresModule/outcomeMeasures/3/analyses/0/ciLowerLimit", effect.PointerOf("ci_lower").ToString());
    }

    [Fact]
    public void Adverse_events_give_groups_events_and_how_they_were_collected()
    {
        var harms = Report("NCT02210780").Harms!;

        Assert.StartsWith("Adverse Events (AE) were collected from signature", harms.TimeFrame, StringComparison.Ordinal);
        Assert.Equal(("systematic", "Adverse events coded with MedDRA (18.0)."), (harms.Collection, harms.Definition));
        var group = harms.Groups[1];
        Assert.Equal((97L, 3L, 30L, 0L), (group.AtRisk!.Value, group.Serious!.Participants!.Value, group.NonSerious!.Participants!.Value, group.Deaths!.Value));
        Assert.Equal("/resultsSection/adverseEventsModule/eventGroups/1/deathsNumAffected", group.PointerOf("deaths").ToString());
        Assert.Equal(9, harms.Events.Length);
        Assert.Equal(3, harms.Events.Count(e => e.Serious == true));
    }

    [Fact]
    public void Record_without_results_keeps_its_registered_outcomes_and_facts()
    {
        var report = Report("NCT03418623");

        Assert.Null(report.Flow!.Periods.FirstOrDefault());
        Assert.Null(report.Harms);
        Assert.Equal(["primary-1", "secondary-1", "secondary-2"], report.Outcomes.Select(o => o.Id));
        var record = report.Record!;
        Assert.Equal(("COMPLETED", "INTERVENTIONAL", false, "2020-03-13", "2021-03-13", "2025-06-01"),
            (record.Status, record.StudyType, record.HasResults, record.PrimaryCompletion, record.ResultsDue, record.AsOf));
        Assert.Equal("/protocolSection/statusModule/primaryCompletionDateStruct/date", record.PointerOf("primary_completion").ToString());
        Assert.Equal(3, record.RegisteredOutcomes.Length);
    }

    [Fact]
    public void A_stopped_trial_gives_its_reason_for_stopping()
    {
        var stopping = Report("NCT00973089").Stopping!;

        Assert.True(stopping.StoppedEarly);
        Assert.Equal("recruiting or enrolling participants has halted prematurely and will not resume", stopping.Reason);
        Assert.Equal("/protocolSection/statusModule/whyStopped", stopping.PointerOf("reason").ToString());
    }

    [Fact]
    public void A_study_in_a_studies_list_has_its_pointers_below_its_item()
    {
        var report = Report("NCT03281889");

        Assert.Equal("/studies/0", report.Pointer.ToString());
        Assert.Equal("/studies/0/protocolSection/identificationModule/nctId", report.Registration!.PointerOf("id").ToString());
        Assert.Equal(20, report.SampleSize!.Planned);
    }

    [Fact]
    public void An_observational_study_has_no_randomisation_and_no_arm_roles()
    {
        var report = Report("NCT03475563");

        Assert.Equal((false, "other"), (report.Design!.Randomised, report.Design.Type));
        Assert.Null(report.Arms.Single().Role);
        Assert.Equal("OBSERVATIONAL", report.Record!.StudyType);
    }

    [Fact]
    public void Every_record_maps_every_pointer_to_a_node_of_its_own_file()
    {
        foreach (string id in RegistryRecords.Ids)
        {
            var result = RegistryRecords.Lint(id);
            foreach (var (obj, field, pointer) in Pointers(result.Report!))
            {
                var location = result.Tree!.GetLocation(pointer);
                Assert.False(location.IsMissing, $"{id}: {obj.GetType().Name}.{field} points at {pointer}, which is not in the record");
            }
        }
    }

    private static IEnumerable<(ModelObject Object, string Field, JsonPointer Pointer)> Pointers(object? value, int depth = 0)
    {
        if (value is null || depth > 12) yield break;
        if (value is ModelObject obj)
        {
            yield return (obj, "(self)", obj.Pointer);
            foreach (var (field, pointer) in obj.FieldPointers) yield return (obj, field, pointer);
            foreach (var property in obj.GetType().GetProperties().Where(p => p.DeclaringType != typeof(ModelObject) && p.Name != nameof(TrialReport.Registered)))
                foreach (var inner in Pointers(property.GetValue(obj), depth + 1)) yield return inner;
        }
        else if (value is System.Collections.IEnumerable list and not string)
        {
            foreach (var item in list)
                foreach (var inner in Pointers(item, depth + 1)) yield return inner;
        }
    }
}
