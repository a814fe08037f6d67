using TrialLint.Diagnostics;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Registry;

/// <summary>
/// Legitimate designs raise no false alarm: crossovers (at-risk totals above the enrolment), flows over several periods
/// with an extension group that starts later, and observational studies (no CONSORT flow rules).
/// </summary>
public sealed class LegitimateDesignTests
{
    [Fact]
    public void A_crossover_whose_numbers_at_risk_add_up_to_more_than_the_enrolment_is_clean()
    {
        var result = RegistryRecords.Engine.LintFile(RepoPaths.Combine("tests", "TrialLint.Tests", "Registry", "Designs", "crossover-with-results.json"));

        Assert.True(result.Diagnostics.IsEmpty, string.Join("\n", result.Diagnostics));
        var report = result.Report!;
        Assert.Equal(24, report.Flow!.Enrolled);
        Assert.True(report.Harms!.Groups.Sum(g => g.AtRisk) > report.Flow.Enrolled);
        Assert.Equal(3, report.Flow.Periods.Length);
        Assert.Equal(RuleOutcome.Passed, result.Outcomes["TL0601"]);
        Assert.Equal(RuleOutcome.Passed, result.Outcomes["TL0103"]);
        Assert.Equal(RuleOutcome.Passed, result.Outcomes["TL0207"]);
    }

    [Fact]
    public void An_extension_group_that_starts_in_a_later_period_is_not_a_mismatch()
    {
        var result = RegistryRecords.Lint("NCT02552212");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(RuleOutcome.Passed, result.Outcomes["TL0103"]);
        Assert.Equal(RuleOutcome.Passed, result.Outcomes["TL0601"]);
        Assert.Equal(RuleOutcome.Passed, result.Outcomes["TL0705"]);
    }

    [Fact]
    public void An_observational_study_gets_no_consort_rule()
    {
        var result = RegistryRecords.Lint("NCT05594173");

        Assert.Equal(["registry"], result.SelectedPacks);
        foreach (string consortOnly in (string[])["TL0101", "TL0104", "TL0105", "TL0110", "TL0111", "TL0113", "TL0201", "TL0304", "TL0710"])
            Assert.False(result.Outcomes.ContainsKey(consortOnly), $"{consortOnly} ran on an observational record");
    }
}
