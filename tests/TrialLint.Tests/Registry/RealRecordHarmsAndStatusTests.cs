using TrialLint.Diagnostics;
using TrialLint.Engine;
using TrialLint.Registry;
using TrialLint.Rules;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Registry;

/// <summary>
/// False alarms and misses reviewers found on real ClinicalTrials.gov records (Records/real, copied from the team's
/// ctgov-real set), each pattern fixed at its cause and pinned on a real record: deaths against their own number at
/// risk (TL0207), time frames named by an event or abbreviated and outcomes without any time frame (TL0404), results
/// overdue by law or by the WHO norm and results under review (TL0603, TL0620), adverse events whose every row says
/// how it was assessed (TL0604), harms not collected (TL0621), estimated enrolment after the end (TL0624) and
/// registration before the ICMJE policy (TL0504). Records are judged on 2026-12-01, as the shared records are.
/// </summary>
public sealed class RealRecordHarmsAndStatusTests
{
    private static readonly LintEngine Engine = new(RuleSet.BuiltIn, new LintOptions { Registry = new RegistryOptions { AsOf = new DateOnly(2026, 12, 1) } });

    private static FileResult Lint(string nctId)
    {
        var result = Engine.LintFile(RepoPaths.Combine("tests", "TrialLint.Tests", "Registry", "Records", "real", nctId + ".json"));
        Assert.False(result.HasInternalError, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Descriptor.Category == DiagnosticCategory.Input);
        return result;
    }

    private static List<Diagnostic> Findings(FileResult result, string id) => [.. result.Diagnostics.Where(d => d.Id == id)];

    [Fact]
    public void Deaths_are_compared_with_their_own_number_at_risk()
    {
        // NCT03276728, group "Part C: HFrEF AMG 986": 16 at risk of serious and other events, 17 at risk of death.
        var result = Lint("NCT03276728");

        var group = Assert.Single(result.Report!.Record!.HarmsGroups, g => g.Title == "Part C: HFrEF AMG 986");
        Assert.Equal(16, group.SeriousAtRisk);
        Assert.Equal(17, group.DeathsAtRisk);
        Assert.Equal(RuleOutcome.Passed, result.Outcomes["TL0207"]);
    }

    [Fact]
    public void Time_frames_named_by_an_event_are_accepted()
    {
        // NCT06132490: 13 outcomes timed "Intraoperative" were 13 warnings.
        var result = Lint("NCT06132490");

        Assert.Empty(Findings(result, "TL0404"));
    }

    [Fact]
    public void A_record_whose_outcomes_have_no_time_frame_at_all_gets_one_finding()
    {
        // NCT00151619 (registered 2005): 14 outcomes, none with a time frame or a time point in its title: 14 warnings before.
        var result = Lint("NCT00151619");

        var finding = Assert.Single(Findings(result, "TL0404"));
        Assert.Equal("/protocolSection/outcomesModule/primaryOutcomes/0/timeFrame", finding.Location.Pointer.ToString());
        Assert.Contains("any of its 14 outcomes", finding.Message, StringComparison.Ordinal);
        Assert.Contains("14 of them name no time point", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_outcome_title_that_says_when_stands_in_for_the_time_frame()
    {
        // NCT00125996: 9 outcomes, no time frames; 6 titles say when ("from baseline to week 18"), 3 do not.
        var result = Lint("NCT00125996");

        var finding = Assert.Single(Findings(result, "TL0404"));
        Assert.Contains("3 of them name no time point", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_number_is_still_not_a_time_frame()
    {
        var result = Lint("NCT05084235");

        var finding = Assert.Single(Findings(result, "TL0404"));
        Assert.Contains("'180'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_applicable_clinical_trial_overdue_by_law_is_a_warning()
    {
        // NCT03000270: FDA-regulated device (phase NA), a US site, primary completion 2018-06-19.
        var result = Lint("NCT03000270");

        Assert.True(result.Report!.Record!.ApplicableTrial);
        var finding = Assert.Single(Findings(result, "TL0603"));
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Contains("due by law by 2019-07-19", finding.Message, StringComparison.Ordinal);
        Assert.Empty(Findings(result, "TL0620"));
    }

    [Fact]
    public void Results_returned_by_quality_control_are_overdue_and_the_message_says_when_they_were_submitted()
    {
        var result = Lint("NCT03813524");

        var finding = Assert.Single(Findings(result, "TL0603"));
        Assert.Contains("results were submitted on 2025-04-16 and returned by the registry's quality control", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Results_under_review_are_not_overdue()
    {
        // NCT05254002: results submitted on 2026-03-06, under quality-control review on 2026-12-01.
        var result = Lint("NCT05254002");

        Assert.True(result.Report!.Record!.ResultsUnderReview);
        Assert.Equal("2026-03-06", result.Report.Record.ResultsLastSubmitted);
        Assert.Equal(RuleOutcome.NotApplicable, result.Outcomes["TL0603"]);
        Assert.Equal(RuleOutcome.NotApplicable, result.Outcomes["TL0620"]);
    }

    [Fact]
    public void A_trial_the_law_does_not_cover_gets_the_who_norm_as_information()
    {
        // NCT00083772: terminated in 2006, before the final rule; no FDA-regulated product recorded.
        var result = Lint("NCT00083772");

        Assert.False(result.Report!.Record!.ApplicableTrial);
        Assert.Empty(Findings(result, "TL0603"));
        var finding = Assert.Single(Findings(result, "TL0620"));
        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
        Assert.Contains("WHO joint statement", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adverse_events_whose_every_row_says_how_they_were_assessed_need_no_description()
    {
        // NCT01440517: no adverse-event description, every event row systematic or non-systematic.
        var result = Lint("NCT01440517");

        Assert.Equal(RuleOutcome.Passed, result.Outcomes["TL0604"]);
    }

    [Fact]
    public void Arms_with_nobody_at_risk_are_not_reported_when_the_record_says_harms_were_not_collected()
    {
        // NCT04757584: both adverse-event groups 0 at risk; "Adverse events were not assessed as part of this study".
        var result = Lint("NCT04757584");

        Assert.Equal(2, result.Report!.Record!.HarmsGroups.Count(g => g.SeriousAtRisk == 0 && g.OtherAtRisk == 0));
        Assert.Equal(RuleOutcome.Passed, result.Outcomes["TL0621"]);
    }

    [Fact]
    public void A_terminated_trial_whose_enrolment_is_still_estimated_is_reported()
    {
        var result = Lint("NCT01583881");

        var finding = Assert.Single(Findings(result, "TL0624"));
        Assert.Equal("/protocolSection/designModule/enrollmentInfo/type", finding.Location.Pointer.ToString());
    }

    [Theory]
    [InlineData("NCT00113087")] // started 2003-08, registered 2005-06-03
    [InlineData("NCT00151619")] // started 1999-02-10, registered 2005-09-08
    public void A_trial_recruiting_before_the_icmje_policy_and_registered_by_its_deadline_is_not_retrospective(string nctId)
    {
        Assert.Equal(RuleOutcome.NotApplicable, Lint(nctId).Outcomes["TL0504"]);
    }

    [Theory]
    [InlineData("NCT00953797")] // withdrawn, enrolment 0 (actual), start 2009-05, registered 2009-08-05
    [InlineData("NCT03415906")] // withdrawn, enrolment 0, start date typed ACTUAL (2017-12-14)
    public void A_study_withdrawn_before_enrolling_anyone_never_began_recruiting(string nctId)
    {
        var result = Lint(nctId);

        Assert.Null(result.Report!.Dates!.RecruitmentStart);
        Assert.Equal(RuleOutcome.NotApplicable, result.Outcomes["TL0504"]);
    }

    [Fact]
    public void A_trial_recruiting_before_the_icmje_policy_but_registered_after_its_deadline_is_reported()
    {
        // NCT00241098: started 2003-05, registered 2005-10-14.
        Assert.Single(Findings(Lint("NCT00241098"), "TL0504"));
    }
}
