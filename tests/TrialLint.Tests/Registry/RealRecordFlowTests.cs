using TrialLint.Diagnostics;
using TrialLint.Engine;
using TrialLint.Registry;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Registry;

/// <summary>
/// Participant-flow, baseline and outcome-group accuracy on real ClinicalTrials.gov records (Registry/Records/Flow,
/// from shared/data/ctgov-real): designs the flow rules once took for errors (losses before allocation told in the
/// pre-assignment details, run-in periods, arms that start in a later period, population descriptions, numbers with
/// thousands separators, a period that recaps the study), and the true findings that must stay.
/// </summary>
public sealed class RealRecordFlowTests
{
    private static FileResult Lint(string nctId) =>
        RegistryRecords.Engine.LintFile(RepoPaths.Combine("tests", "TrialLint.Tests", "Registry", "Records", "Flow", nctId + ".json"));

    private static IEnumerable<string> Ids(FileResult result, string rule) =>
        result.Diagnostics.Where(d => d.Id == rule).Select(d => d.Location.Pointer.ToString());

    [Theory]
    // "Of these 407 subjects, 400 were randomized": the pre-assignment details give the number allocated (442 enrolled).
    [InlineData("NCT00354159")]
    // A crossover: "2 participants ... withdrew from the study before they were randomized" (43 enrolled, 41 allocated).
    [InlineData("NCT01544998")]
    // "A total of 2,148 participants ... Of those, 1,864 participants started": numbers with thousands separators.
    [InlineData("NCT02817841")]
    // "Of the 10 participants who were successfully recruited ..., only 6 developed a fever ... and could be randomized".
    [InlineData("NCT02280239")]
    // 35 enrolled, 33 allocated; screen failures are described but the numbers cannot be reconciled: the rule cannot tell.
    [InlineData("NCT02221037")]
    public void Losses_before_allocation_told_in_the_pre_assignment_details_are_not_an_error(string nctId)
    {
        var result = Lint(nctId);

        Assert.False(result.HasInternalError);
        Assert.Empty(Ids(result, "TL0103"));
        Assert.Equal(RuleOutcome.Passed, result.Outcomes["TL0103"]);
    }

    [Fact]
    public void An_unexplained_difference_between_enrolment_and_allocation_is_still_an_error()
    {
        // Single group: 4 enrolled, 5 started, and the record says nothing about it.
        var result = Lint("NCT01440517");

        Assert.Equal(["/protocolSection/designModule/enrollmentInfo/count"], Ids(result, "TL0103"));
    }

    [Fact]
    public void A_run_in_group_named_after_an_arm_is_not_the_arms_allocation()
    {
        // Run-in "Aliskiren + HCTZ" 1,335 and "Aliskiren + Amlodipine" 1,001 (= 2,336 enrolled), then 8 randomised
        // arms with STARTED 0 in the run-in; the baseline describes the 244 randomised to "Aliskiren + HCTZ".
        var result = Lint("NCT01259297");
        var flow = result.Report!.Flow!;

        Assert.Equal(["aliskiren-hydrochlorothiazide-hctz-run-in", "aliskiren-amlodipine-run-in"], flow.Periods[0].Groups.Select(g => g.Arm));
        Assert.Equal(8, flow.Periods[1].Groups.Length);
        Assert.Equal(244, flow.Periods[1].Groups.Single(g => g.Arm == "aliskiren-hydrochlorothiazide-hctz").Allocated);
        Assert.Empty(Ids(result, "TL0103"));
        Assert.Empty(Ids(result, "TL0112"));
        // The run-in drop-outs have no reasons at all: that finding stays.
        Assert.Equal(2, Ids(result, "TL0601").Count());
    }

    [Fact]
    public void A_run_in_group_of_its_own_before_a_crossover_is_not_an_arm_allocated_zero()
    {
        // "Pacemaker Implantation" 32, then the two sequences 15 + 14 (STARTED 0 during the implantation period).
        var result = Lint("NCT02145351");

        Assert.Equal(15, result.Report!.Flow!.Periods[1].Groups[0].Allocated);
        Assert.DoesNotContain(result.Report.Flow.Periods[0].Groups, g => g.Allocated == 0);
        Assert.Empty(Ids(result, "TL0103"));
        Assert.Empty(Ids(result, "TL0112"));
    }

    [Fact]
    public void Arms_that_start_in_a_later_period_count_their_first_start()
    {
        // Three inpatient arms (47 + 51 + 52 = 150 enrolled), then two outpatient arms of 48 and 55 drawn from those who
        // completed the inpatient part, each written with STARTED 0 in the period it takes no part in.
        var result = Lint("NCT02455076");
        var flow = result.Report!.Flow!;

        Assert.Equal(3, flow.Periods[0].Groups.Length);
        Assert.Equal([48L, 55L], flow.Periods[1].Groups.Select(g => g.Allocated ?? -1));
        Assert.Empty(Ids(result, "TL0103"));
        Assert.Empty(Ids(result, "TL0112"));
    }

    [Theory]
    // "modified intent-to-treat (mITT) population, who are all randomized participants with a baseline HbA1c ..."
    [InlineData("NCT01648582")]
    // "16 of 20 consented participants received the device"
    [InlineData("NCT02071849")]
    // "Six participants overall were consented ..., and baseline data on these participants was collected" (2 started).
    [InlineData("NCT03195660")]
    public void A_baseline_population_description_explains_a_different_baseline(string nctId)
    {
        var result = Lint(nctId);

        Assert.Empty(Ids(result, "TL0112"));
        Assert.Equal(RuleOutcome.Passed, result.Outcomes["TL0112"]);
    }

    [Fact]
    public void An_outcome_population_of_everyone_dosed_may_exceed_a_flow_that_counts_fewer_than_enrolled()
    {
        // 134 enrolled and dosed; the flow's STARTED is the 133 of the ITT population; the safety outcomes analyse
        // "all participants who received at least one dose" (134).
        var result = Lint("NCT01808313");

        Assert.Empty(Ids(result, "TL0705"));
        Assert.Empty(Ids(result, "TL0103"));
    }

    [Fact]
    public void An_outcome_that_combines_participants_of_another_study_is_not_compared_with_the_arm()
    {
        // "Data is a combined data set ... 10 participants from ... study 200719 ... and 43 participants from ... study 200721": 53 > 47.
        var result = Lint("NCT02292771");

        Assert.Empty(Ids(result, "TL0705"));
        Assert.Equal(RuleOutcome.Passed, result.Outcomes["TL0705"]);
    }

    [Fact]
    public void Numbers_with_thousands_separators_are_read()
    {
        // The baseline of "1,864" and the primary outcome's "1,524" analysed were dropped before.
        var report = Lint("NCT02817841").Report!;
        Assert.Equal(1864, report.Baseline!.Groups.Single().N);
        Assert.Equal(1524, report.Outcomes[0].Results.Single().NAnalysed);
    }

    [Fact]
    public void A_period_that_recaps_the_study_with_its_reasons_accounts_for_the_other_periods()
    {
        // Periods 1 to 3 give no reasons; "Complete Study" starts 40 + 20 again and lists 4 + 2 reasons.
        var result = Lint("NCT05409183");

        Assert.Empty(Ids(result, "TL0601"));
    }

    [Fact]
    public void Treatment_groups_of_a_crossover_are_not_tied_to_its_sequences()
    {
        // Flow: "Tadalafil Plus Placebo, Then Tadalafil Plus Nesiritide" and the reverse sequence; the outcomes
        // analyse each treatment ("Tadalafil Plus Nesiritide") over both sequences.
        var report = Lint("NCT01544998").Report!;
        var sequences = report.Flow!.Periods[0].Groups.Select(g => g.Arm).ToHashSet();

        Assert.Equal(2, sequences.Count);
        Assert.DoesNotContain(report.Outcomes.SelectMany(o => o.Results), r => sequences.Contains(r.Arm));
    }

    [Fact]
    public void A_pooled_group_or_a_single_treatment_is_not_tied_by_elimination()
    {
        var linker = new GroupLinker(["Drug A 150 mg", "Drug A 400 mg"]);
        string[] flow = linker.Link(["Drug A 150 mg", "Drug A 400 mg"], isFlow: true);
        string[] outcome = linker.Link(["Drug A 150 mg", "150 mg or 400 mg"], isFlow: false);
        Assert.Equal(flow[0], outcome[0]);
        Assert.DoesNotContain(outcome[1], flow);

        var crossover = new GroupLinker(["Placebo, then drug B", "Drug B, then placebo"]);
        string[] sequences = crossover.Link(["Placebo, Then Drug B", "Drug B, Then Placebo"], isFlow: true);
        string[] treatments = crossover.Link(["Placebo, then drug B", "Drug B"], isFlow: false);
        Assert.Equal(sequences[0], treatments[0]);
        Assert.DoesNotContain(treatments[1], sequences);

        // A group of everyone in a single-group study is that group.
        var single = new GroupLinker(["MPP on"]);
        string[] one = single.Link(["MPP ON"], isFlow: true);
        Assert.Equal(one, single.Link(["All Enrolled Subjects"], isFlow: false));
    }
}
