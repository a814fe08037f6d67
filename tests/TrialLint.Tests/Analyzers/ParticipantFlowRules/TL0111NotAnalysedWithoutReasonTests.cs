using TrialLint.Analyzers.ParticipantFlowRules;

namespace TrialLint.Tests.Analyzers.ParticipantFlowRules;

public sealed class TL0111NotAnalysedWithoutReasonTests
{
    private const string Id = "TL0111";

    [Fact]
    public void SupportedDiagnostics_MatchClassNamePrefix() =>
        AnalyzerAssert.SupportsOnlyOwnId(new TL0111NotAnalysedWithoutReason());

    [Fact]
    public void Fires_WhenSomeParticipantsNotAnalysedAreUnexplained()
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
                    - arm: active
                      allocated: 100
                      lost_to_follow_up:
                        - n: 3
                          reason: "Could not be contacted"
                      analysed: 90
                      excluded_from_analysis:
                        - n: 2
                          reason: "No post-baseline data"
                    - arm: placebo
                      allocated: 100
                      analysed: 100
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 14, column: 21);

        Assert.Equal(
            "In arm 'active', 100 were allocated and 90 analysed; 2 participants are listed as excluded from the analysis, which leaves 8 participants of the 10 not analysed unaccounted for (losses and discontinuations not analysed belong among the exclusions, not on top of them)",
            finding.Message);
        Assert.Equal("/flow/periods/0/groups/0/analysed", finding.Location.Pointer.ToString());
    }

    [Fact]
    public void Fires_WhenNothingExplainsTheParticipantsNotAnalysed()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              enrolled: 30
              periods:
                - groups:
                    - arm: active
                      allocated: 30
                      analysed: 29
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 10, column: 21);

        Assert.EndsWith("1 participant of the 1 not analysed are not explained by any listed loss, discontinuation or exclusion", finding.Message);
    }

    [Fact]
    public void Quiet_WhenNonReceiptLossesAndDiscontinuationsExplainTheDifferenceAndNoExclusionsAreGiven()
    {
        // 100 allocated, 90 analysed, excluded_from_analysis not given: 1 not treated + 4 lost + 3 discontinued + 2 = 10.
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              enrolled: 100
              periods:
                - groups:
                    - arm: active
                      allocated: 100
                      received: 99
                      did_not_receive: [{n: 1, reason: "Declined treatment"}]
                      lost_to_follow_up: [{n: 4, reason: "Could not be contacted"}]
                      discontinued: [{n: 3, reason: "Adverse event"}, {n: 2, reason: "Protocol violation"}]
                      completed: 90
                      analysed: 90
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Fact]
    public void Fires_WhenTheSameParticipantsAreDiscontinuedAndExcludedButSomeAreUnaccountedFor()
    {
        // 60 allocated, 54 analysed; the same 4 discontinued and were excluded. Adding them up (4 + 4 = 8 of 6)
        // hid the gap: analysed + excluded from analysis = 58 of 60, so 2 are unaccounted for.
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              enrolled: 60
              periods:
                - groups:
                    - arm: active
                      allocated: 60
                      discontinued: [{n: 4, reason: "Adverse event"}]
                      analysed: 54
                      excluded_from_analysis: [{n: 4, reason: "Discontinued before the first assessment"}]
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 11, column: 21);

        Assert.Contains("4 participants are listed as excluded from the analysis, which leaves 2 participants of the 6 not analysed unaccounted for", finding.Message);
    }

    [Fact]
    public void Quiet_WhenTheExclusionsListEveryoneNotAnalysedIncludingTheDiscontinued()
    {
        // 60 allocated = 54 analysed + 6 excluded (4 who discontinued, 2 with no baseline data).
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              enrolled: 60
              periods:
                - groups:
                    - arm: active
                      allocated: 60
                      discontinued: [{n: 4, reason: "Adverse event"}]
                      analysed: 54
                      excluded_from_analysis:
                        - {n: 4, reason: "Discontinued before the first assessment"}
                        - {n: 2, reason: "No baseline measurement"}
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Fact]
    public void Quiet_WhenMoreAreListedAsLostThanAreMissingFromTheAnalysis()
    {
        // Intention-to-treat with imputation: 5 lost, yet 98 of 100 analysed.
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              enrolled: 100
              periods:
                - groups:
                    - arm: active
                      allocated: 100
                      lost_to_follow_up: [{n: 5, reason: "Could not be contacted"}]
                      analysed: 98
                      excluded_from_analysis: [{n: 2, reason: "No data after randomisation"}]
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(101)]
    public void Quiet_WhenNobodyAllocatedIsLeftOutOfTheAnalysis(int analysed)
    {
        string yaml = $"""
            format_version: 1
            arms:
              - id: active
            flow:
              enrolled: 100
              periods:
                - groups:
                    - arm: active
                      allocated: 100
                      analysed: {analysed}
            """;

        AnalyzerAssert.Quiet(yaml, Id);
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
    public void CountsParticipantsWhoJoinALaterPeriod()
    {
        // 40 randomised; 46 started the extension (6 newcomers); 42 analysed and nobody listed as leaving.
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
                    - {arm: active, allocated: 46, analysed: 42}
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 12, column: 50);

        Assert.Equal(
            "In arm 'active' (period 'extension'), 46 entered the arm (40 allocated and 6 more who joined in a later period) and 42 analysed; 4 participants of the 4 not analysed are not explained by any listed loss, discontinuation or exclusion",
            finding.Message);
    }

    [Fact]
    public void Quiet_WhenAFollowUpPeriodCountsEveryoneAllocatedAfterTreatmentWasStopped()
    {
        // 5 stopped treatment but stayed in follow-up, which all 100 started: nobody joined, 2 excluded with a reason.
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              enrolled: 100
              periods:
                - id: treatment
                  groups:
                    - {arm: active, allocated: 100, discontinued: [{n: 5, reason: "Adverse event"}], completed: 95}
                - id: follow-up
                  groups:
                    - {arm: active, allocated: 100, analysed: 98, excluded_from_analysis: [{n: 2, reason: "No outcome data"}]}
            """;

        AnalyzerAssert.Passes(yaml, Id);
    }
}
