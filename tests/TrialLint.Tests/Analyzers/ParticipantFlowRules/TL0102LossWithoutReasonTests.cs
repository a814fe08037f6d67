using TrialLint.Analyzers.ParticipantFlowRules;

namespace TrialLint.Tests.Analyzers.ParticipantFlowRules;

public sealed class TL0102LossWithoutReasonTests
{
    private const string Id = "TL0102";

    // The list under test is line 10; its first entry (n: 3, no reason) starts on line 11, column 15.
    private const string GroupListTemplate = """
        format_version: 1
        arms:
          - id: active
        flow:
          enrolled: 50
          periods:
            - groups:
                - arm: active
                  allocated: 50
                  LIST:
                    - n: 3
                    - n: 2
                      reason: "Moved away"
        """;

    [Fact]
    public void SupportedDiagnostics_MatchClassNamePrefix() =>
        AnalyzerAssert.SupportsOnlyOwnId(new TL0102LossWithoutReason());

    [Theory]
    [InlineData("did_not_receive", "did not receive the intervention")]
    [InlineData("lost_to_follow_up", "lost to follow-up")]
    [InlineData("discontinued", "discontinued")]
    [InlineData("excluded_from_analysis", "excluded from the analysis")]
    public void Fires_ForAnEntryWithoutReason_InEachListOfAGroup(string list, string what)
    {
        string yaml = GroupListTemplate.Replace("LIST", list, StringComparison.Ordinal);

        var finding = AnalyzerAssert.Single(yaml, Id, line: 11, column: 15);

        Assert.Equal($"3 participants {what} in arm 'active' without a reason", finding.Message);
        Assert.Equal($"/flow/periods/0/groups/0/{list}/0/reason", finding.Location.Pointer.ToString());
        Assert.True(finding.Location.IsMissing);
    }

    [Fact]
    public void Fires_ForAnExclusionBeforeAllocationWithoutReason()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              screened: 60
              excluded_before_allocation:
                - n: 6
                  reason: "Not eligible"
                - n: 4
              enrolled: 50
              periods:
                - groups:
                    - arm: active
                      allocated: 50
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 9, column: 7);

        Assert.Equal("4 participants excluded before allocation in the screening without a reason", finding.Message);
        Assert.Equal("/flow/excluded_before_allocation/1/reason", finding.Location.Pointer.ToString());
    }

    [Fact]
    public void Fires_AtABlankReason()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              enrolled: 50
              periods:
                - groups:
                    - arm: active
                      allocated: 50
                      lost_to_follow_up:
                        - n: 1
                          reason: "  "
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 12, column: 23);

        Assert.Equal("1 participant lost to follow-up in arm 'active' without a reason", finding.Message);
    }

    [Fact]
    public void NamesThePeriod_WhenTheFlowHasSeveralPeriods()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              enrolled: 50
              periods:
                - id: treatment
                  groups:
                    - arm: active
                      allocated: 50
                      completed: 50
                - id: follow-up
                  groups:
                    - arm: active
                      allocated: 50
                      discontinued:
                        - n: 2
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 17, column: 15);

        Assert.Equal("2 participants discontinued in arm 'active' (period 'follow-up') without a reason", finding.Message);
    }

    [Fact]
    public void Quiet_WhenEveryLossAndExclusionHasAReason()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              screened: 70
              excluded_before_allocation:
                - n: 20
                  reason: "Did not meet inclusion criteria"
              enrolled: 50
              periods:
                - groups:
                    - arm: active
                      allocated: 50
                      received: 49
                      did_not_receive:
                        - n: 1
                          reason: "Withdrew consent before treatment"
                      lost_to_follow_up:
                        - n: 2
                          reason: "Could not be contacted"
                      discontinued:
                        - n: 3
                          reason: "Adverse event"
                      completed: 44
                      analysed: 48
                      excluded_from_analysis:
                        - n: 2
                          reason: "No post-baseline data"
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
    public void Quiet_ForAnEntryOfZeroParticipantsWithoutReason()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              enrolled: 50
              periods:
                - groups:
                    - arm: active
                      allocated: 50
                      lost_to_follow_up:
                        - n: 0
            """;

        AnalyzerAssert.Passes(yaml, Id);
    }
}
