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
}
