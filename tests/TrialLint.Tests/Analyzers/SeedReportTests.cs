using TrialLint.Diagnostics;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Analyzers;

/// <summary>The analyzers against the seed reports: the complete example stays clean, the ALS article finds what it omits.</summary>
public sealed class SeedReportTests
{
    private static TrialLint.Engine.FileResult LintSeed(string name)
    {
        string path = RepoPaths.Combine("seeds", name);
        return Lint.Text(File.ReadAllText(path), path);
    }

    [Fact]
    public void CompleteRandomisedExample_HasNoFindings()
    {
        var result = LintSeed("example-randomised.trial.yaml");

        Assert.NotNull(result.Report);
        Assert.True(result.Diagnostics.IsEmpty, "Expected no findings, got:\n" + string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void AlsPhase1Article_FindsExactlyWhatACarefulReviewerWould()
    {
        var result = LintSeed("als-phase1-msc.trial.yaml");

        var ids = result.Diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal).ToArray();
        // What the article leaves out, one finding each; nothing about the 8 -> 7 drop it explains.
        Assert.Equal(ExpectedAlsFindings, ids);
    }

    private static readonly string[] ExpectedAlsFindings =
    [
        "TL0105", // number analysed not reported
        "TL0202", // only serious harms
        "TL0203", // how harms were defined and collected
        "TL0206", // the death after enrolment is not among the harms
        "TL0209", // no number at risk for harms (info)
        "TL0301", // no control arm, no rationale
        "TL0303", // "no advancement in ALS symptoms" claimed without a control group
        "TL0312", // how the sample size was determined
        "TL0317", // cell dose not reported
        "TL0402", // recruitment dates
        "TL0403", // no primary outcome identified
        "TL0405", // "Safety" is a domain, not an outcome
        "TL0406", "TL0406", // how functional status and safety were measured
        "TL0501", // no registration
        "TL0505", // protocol access
        "TL0508", // funding
        "TL0510", // conflicts of interest (a company is named among the investigators)
        "TL0706", // statistical methods
        "TL0709", // baseline characteristics
        "TL0710", // limitations
    ];

    [Fact]
    public void AlsPhase1Article_DeathBeforeTreatmentAccountsForTheEighthEnrolledParticipant()
    {
        // 8 enrolled, 7 treated, 1 died before treatment (did_not_receive): allocation is fully accounted for.
        var result = LintSeed("als-phase1-msc.trial.yaml");

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TL0101");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TL0103");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TL0111");
    }

    [Fact]
    public void AlsPhase1Article_FlowRulesThatHaveNothingToCompareAreNotApplicable()
    {
        // One period, no baseline numbers, no numeric outcome results: nothing between periods, no baseline or
        // outcome denominators to compare with the flow, no percentage to check.
        var result = LintSeed("als-phase1-msc.trial.yaml");

        foreach (string id in (string[])["TL0108", "TL0112", "TL0701", "TL0705"])
            Assert.Equal(TrialLint.Diagnostics.RuleOutcome.NotApplicable, result.Outcomes[id]);
        foreach (string id in (string[])["TL0101", "TL0102", "TL0103", "TL0104", "TL0107", "TL0109", "TL0110", "TL0111", "TL0113"])
            Assert.Equal(TrialLint.Diagnostics.RuleOutcome.Passed, result.Outcomes[id]);
        Assert.Equal(TrialLint.Diagnostics.RuleOutcome.Failed, result.Outcomes["TL0105"]);
    }
}
