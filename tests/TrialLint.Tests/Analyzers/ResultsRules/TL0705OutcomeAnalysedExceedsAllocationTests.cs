using TrialLint.Analyzers.ResultsRules;

namespace TrialLint.Tests.Analyzers.ResultsRules;

public sealed class TL0705OutcomeAnalysedExceedsAllocationTests
{
    private const string Id = "TL0705";

    [Fact]
    public void SupportedDiagnostics_MatchClassNamePrefix() =>
        AnalyzerAssert.SupportsOnlyOwnId(new TL0705OutcomeAnalysedExceedsAllocation());

    [Fact]
    public void Fires_WhenAnOutcomeAnalysesMoreThanWereAllocated()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
              - id: placebo
            flow:
              enrolled: 200
              periods:
                - groups:
                    - {arm: active, allocated: 100}
                    - {arm: placebo, allocated: 100}
            outcomes:
              - id: mmd-change
                results:
                  - {arm: active, n_analysed: 99}
                  - arm: placebo
                    n_analysed: 108
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 16, column: 21);

        Assert.Equal(
            "The results of outcome 'mmd-change' analyse 108 participants in arm 'placebo', but only 100 were allocated; check the number analysed against the participant flow",
            finding.Message);
        Assert.Equal("/outcomes/0/results/1/n_analysed", finding.Location.Pointer.ToString());
    }

    [Fact]
    public void Quiet_ForAnIntentionToTreatAnalysisOfEveryoneAllocated()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              enrolled: 100
              periods:
                - groups:
                    - {arm: active, allocated: 100, lost_to_follow_up: [{n: 5, reason: "Could not be contacted"}], completed: 95}
            outcomes:
              - id: mmd-change
                results:
                  - {arm: active, n_analysed: 100}
            """;

        AnalyzerAssert.Passes(yaml, Id);
    }

    [Fact]
    public void CountsParticipantsWhoJoinTheArmInALaterPeriod()
    {
        // 40 randomised; 46 started the open-label extension (6 joined); the extension outcome analyses 45.
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              enrolled: 40
              periods:
                - id: randomised
                  groups:
                    - {arm: active, allocated: 40, completed: 40}
                - id: extension
                  groups:
                    - {arm: active, allocated: 46}
            outcomes:
              - id: long-term
                results:
                  - {arm: active, n_analysed: 45}
                  - {arm: active, n_analysed: 47}
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 17, column: 35);

        Assert.Contains("but only 46 entered the arm (40 allocated and 6 more who joined in a later period)", finding.Message);
    }

    [Fact]
    public void Quiet_ForACrossoverWhoseArmsAreTreatmentsGivenInEveryPeriod()
    {
        // Every participant receives the drug in one period and placebo in the other: 24 analysed per treatment.
        const string yaml = """
            format_version: 1
            design:
              randomised: true
              type: crossover
            arms:
              - id: drug
              - id: placebo
            flow:
              enrolled: 24
              periods:
                - id: period-1
                  groups:
                    - {arm: drug, allocated: 12, completed: 12}
                    - {arm: placebo, allocated: 12, completed: 12}
                - id: period-2
                  groups:
                    - {arm: drug, allocated: 12, completed: 12}
                    - {arm: placebo, allocated: 12, completed: 12}
            outcomes:
              - id: pain
                results:
                  - {arm: drug, n_analysed: 24}
                  - {arm: placebo, n_analysed: 24}
            """;

        AnalyzerAssert.Passes(yaml, Id);
    }

    [Fact]
    public void ComparesWithTheStageWhereTheArmIsAllocated()
    {
        const string yaml = """
            format_version: 1
            design:
              randomised: true
              stages:
                - {id: stage1, randomised: false, type: single-arm, arms: [stage1]}
                - {id: stage2, randomised: true, type: parallel, arms: [msc, control]}
            arms:
              - id: stage1
              - id: msc
              - id: control
            flow:
              enrolled: 72
              periods:
                - id: stage1
                  groups:
                    - {arm: stage1, allocated: 8}
                - id: stage2
                  groups:
                    - {arm: msc, allocated: 33}
                    - {arm: control, allocated: 31}
            outcomes:
              - id: alsfrs
                results:
                  - {arm: stage1, n_analysed: 8}
                  - {arm: msc, n_analysed: 33}
                  - {arm: control, n_analysed: 33}
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 26, column: 36);

        Assert.Contains("33 participants in arm 'control', but only 31 were allocated", finding.Message);
    }

    [Fact]
    public void NotApplicable_WithoutAnAllocationToCompareWith()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            outcomes:
              - id: mmd-change
                results:
                  - {arm: active, n_analysed: 99}
            """;

        AnalyzerAssert.NotApplicable(yaml, Id);
    }
}
