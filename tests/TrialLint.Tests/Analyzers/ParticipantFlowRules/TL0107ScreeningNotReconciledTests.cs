using TrialLint.Analyzers.ParticipantFlowRules;

namespace TrialLint.Tests.Analyzers.ParticipantFlowRules;

public sealed class TL0107ScreeningNotReconciledTests
{
    private const string Id = "TL0107";

    [Fact]
    public void SupportedDiagnostics_MatchClassNamePrefix() =>
        AnalyzerAssert.SupportsOnlyOwnId(new TL0107ScreeningNotReconciled());

    [Fact]
    public void Fires_WhenScreenedExceedsEnrolledPlusExcluded()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              screened: 120
              excluded_before_allocation:
                - n: 10
                  reason: "Not eligible"
                - n: 5
                  reason: "Declined"
              enrolled: 100
              periods:
                - groups:
                    - {arm: active, allocated: 100}
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 5, column: 13);

        Assert.Equal("120 were assessed for eligibility, 100 enrolled and 15 excluded: 5 participants not accounted for", finding.Message);
        Assert.Equal("/flow/screened", finding.Location.Pointer.ToString());
    }

    [Fact]
    public void Fires_WhenScreenedExceedsEnrolledAndNoExclusionsAreListed()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              screened: 120
              enrolled: 100
              periods:
                - groups:
                    - {arm: active, allocated: 100}
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 5, column: 13);

        Assert.Equal("120 were assessed for eligibility, 100 enrolled and 0 excluded: 20 participants not accounted for", finding.Message);
    }

    [Fact]
    public void Fires_WhenMoreAreAccountedForThanWereScreened()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              screened: 100
              excluded_before_allocation:
                - n: 1
                  reason: "Declined"
              enrolled: 100
              periods:
                - groups:
                    - {arm: active, allocated: 100}
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 5, column: 13);

        Assert.EndsWith(": 1 participant more than were assessed", finding.Message);
    }

    [Fact]
    public void Quiet_WhenScreenedEqualsEnrolledPlusExcluded()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              screened: 120
              excluded_before_allocation:
                - n: 12
                  reason: "Not eligible"
                - n: 8
                  reason: "Declined"
              enrolled: 100
              periods:
                - groups:
                    - {arm: active, allocated: 100}
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Fact]
    public void Quiet_WhenEveryoneScreenedWasEnrolledAndNoExclusionsAreListed()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              screened: 100
              enrolled: 100
              periods:
                - groups:
                    - {arm: active, allocated: 100}
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Fact]
    public void Quiet_WhenScreeningIsNotReported()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              enrolled: 100
              periods:
                - groups:
                    - {arm: active, allocated: 100}
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
