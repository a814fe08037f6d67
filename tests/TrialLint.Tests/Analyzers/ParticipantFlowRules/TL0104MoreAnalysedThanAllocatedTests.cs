using TrialLint.Analyzers.ParticipantFlowRules;

namespace TrialLint.Tests.Analyzers.ParticipantFlowRules;

public sealed class TL0104MoreAnalysedThanAllocatedTests
{
    private const string Id = "TL0104";

    [Fact]
    public void SupportedDiagnostics_MatchClassNamePrefix() =>
        AnalyzerAssert.SupportsOnlyOwnId(new TL0104MoreAnalysedThanAllocated());

    [Fact]
    public void Fires_WhenAnArmAnalysesMoreThanWereAllocated()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
              - id: placebo
            flow:
              enrolled: 100
              periods:
                - groups:
                    - arm: active
                      allocated: 50
                      analysed: 50
                    - arm: placebo
                      allocated: 50
                      analysed: 52
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 14, column: 21);

        Assert.Equal("In arm 'placebo', 52 participants are analysed but only 50 were allocated", finding.Message);
        Assert.Equal("/flow/periods/0/groups/1/analysed", finding.Location.Pointer.ToString());
    }

    [Theory]
    [InlineData(50)]
    [InlineData(47)]
    public void Quiet_WhenAnalysedIsAtMostAllocated(int analysed)
    {
        string yaml = $"""
            format_version: 1
            arms:
              - id: active
            flow:
              enrolled: 50
              periods:
                - groups:
                    - arm: active
                      allocated: 50
                      analysed: {analysed}
                      lost_to_follow_up:
                        - n: 3
                          reason: "Moved away"
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Fact]
    public void Quiet_WhenIntentionToTreatAnalysisInTheLastPeriodIncludesParticipantsLostEarlier()
    {
        // 100 randomised; 5 lost during treatment, so 95 start follow-up. The primary analysis is by intention to
        // treat (all 100, missing data imputed) and, as TL0105 asks, the number analysed is given in the arm's last
        // period. 100 analysed of 100 allocated is not "more analysed than allocated".
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              enrolled: 100
              periods:
                - id: treatment
                  groups:
                    - arm: active
                      allocated: 100
                      lost_to_follow_up:
                        - n: 5
                          reason: "Could not be contacted"
                      completed: 95
                - id: follow-up
                  groups:
                    - arm: active
                      allocated: 95
                      completed: 95
                      analysed: 100
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Fact]
    public void Fires_InALaterPeriod_WhenMoreAreAnalysedThanWereRandomisedToTheArm()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              enrolled: 100
              periods:
                - id: treatment
                  groups:
                    - arm: active
                      allocated: 100
                      completed: 100
                - id: follow-up
                  groups:
                    - arm: active
                      allocated: 100
                      analysed: 101
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 16, column: 21);

        Assert.StartsWith("In arm 'active' (period 'follow-up'), 101 participants are analysed", finding.Message);
    }

    [Fact]
    public void NotApplicable_WithoutFlowNumbers()
    {
        // Only prose: TL0110 reports the missing flow; there are no numbers to reconcile.
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              statement: "Participants were followed as planned."
              periods:
                - groups:
                    - {arm: active, statement: "All participants completed the trial."}
            """;

        AnalyzerAssert.NotApplicable(yaml, Id);
    }

    [Fact]
    public void Quiet_WhenParticipantsWhoJoinedALaterPeriodAreAnalysed()
    {
        // 40 randomised and all completed; 46 started the open-label extension (6 newcomers) and all 46 are analysed.
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
                    - {arm: active, allocated: 46, analysed: 46}
            """;

        AnalyzerAssert.Passes(yaml, Id);
    }

    [Fact]
    public void Fires_WhenMoreAreAnalysedThanEnteredTheArmIncludingNewcomers()
    {
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
                    - {arm: active, allocated: 46, analysed: 48}
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 12, column: 50);

        Assert.Equal(
            "In arm 'active' (period 'extension'), 48 participants are analysed but only 46 entered the arm (40 allocated and 6 more who joined in a later period)",
            finding.Message);
    }

    [Fact]
    public void Quiet_ForACrossoverWhoseArmsAreTreatmentsAnalysedOverBothPeriods()
    {
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
                    - {arm: drug, allocated: 12, completed: 12, analysed: 24}
                    - {arm: placebo, allocated: 12, completed: 12, analysed: 24}
            """;

        AnalyzerAssert.Passes(yaml, Id);
    }
}
