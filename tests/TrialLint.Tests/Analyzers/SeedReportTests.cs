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
    public void AlsPhase1Article_FindsExactlyTheMissingAnalysedNumberOnlySeriousHarmsAndNoControlRationale()
    {
        var result = LintSeed("als-phase1-msc.trial.yaml");

        var ids = result.Diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["TL0105", "TL0202", "TL0301"], ids);
    }

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
            Assert.Equal(TrialLint.Analyzers.RuleOutcome.NotApplicable, result.Outcomes[id]);
        foreach (string id in (string[])["TL0101", "TL0102", "TL0103", "TL0104", "TL0107", "TL0109", "TL0110", "TL0111", "TL0113"])
            Assert.Equal(TrialLint.Analyzers.RuleOutcome.Passed, result.Outcomes[id]);
        Assert.Equal(TrialLint.Analyzers.RuleOutcome.Failed, result.Outcomes["TL0105"]);
    }
}
