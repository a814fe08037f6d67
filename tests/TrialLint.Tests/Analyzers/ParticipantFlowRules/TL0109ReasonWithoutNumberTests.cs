using TrialLint.Analyzers.ParticipantFlowRules;

namespace TrialLint.Tests.Analyzers.ParticipantFlowRules;

public sealed class TL0109ReasonWithoutNumberTests
{
    private const string Id = "TL0109";

    // The list under test is line 10; its second entry (a reason, no n) starts on line 13, column 15.
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
                    - n: 2
                      reason: "Adverse event"
                    - reason: "Moved abroad"
        """;

    [Fact]
    public void SupportedDiagnostics_MatchClassNamePrefix() =>
        AnalyzerAssert.SupportsOnlyOwnId(new TL0109ReasonWithoutNumber());

    [Theory]
    [InlineData("did_not_receive")]
    [InlineData("lost_to_follow_up")]
    [InlineData("discontinued")]
    [InlineData("excluded_from_analysis")]
    public void Fires_ForAReasonWithoutANumber_InEachListOfAGroup(string list)
    {
        string yaml = GroupListTemplate.Replace("LIST", list, StringComparison.Ordinal);

        var finding = AnalyzerAssert.Single(yaml, Id, line: 13, column: 15);

        Assert.Equal("The reason 'Moved abroad' does not say how many participants it applies to", finding.Message);
        Assert.Equal($"/flow/periods/0/groups/0/{list}/1/n", finding.Location.Pointer.ToString());
        Assert.True(finding.Location.IsMissing);
    }

    [Fact]
    public void Fires_ForAnExclusionBeforeAllocationWithoutANumber()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              screened: 60
              excluded_before_allocation:
                - reason: "Declined to participate"
                - n: 4
                  reason: "Not eligible"
              enrolled: 50
              periods:
                - groups:
                    - {arm: active, allocated: 50}
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 7, column: 7);

        Assert.Equal("The reason 'Declined to participate' does not say how many participants it applies to", finding.Message);
        Assert.Equal("/flow/excluded_before_allocation/0/n", finding.Location.Pointer.ToString());
    }

    [Fact]
    public void Quiet_WhenEveryReasonHasANumber_IncludingZero()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              screened: 60
              excluded_before_allocation:
                - {n: 10, reason: "Not eligible"}
              enrolled: 50
              periods:
                - groups:
                    - arm: active
                      allocated: 50
                      did_not_receive: [{n: 0, reason: "Everyone allocated was treated"}]
                      lost_to_follow_up: [{n: 1, reason: "Moved abroad"}]
                      discontinued: [{n: 2, reason: "Adverse event"}]
                      excluded_from_analysis: [{n: 1, reason: "No post-baseline data"}]
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Fact]
    public void Quiet_ForAnEntryWithNeitherNumberNorReason()
    {
        // Nothing to quote: the missing reason is TL0102's finding.
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
                      discontinued:
                        - {}
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
}
