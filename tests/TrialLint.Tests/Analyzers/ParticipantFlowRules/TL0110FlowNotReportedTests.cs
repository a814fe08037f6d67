using TrialLint.Analyzers.ParticipantFlowRules;

namespace TrialLint.Tests.Analyzers.ParticipantFlowRules;

public sealed class TL0110FlowNotReportedTests
{
    private const string Id = "TL0110";

    [Fact]
    public void SupportedDiagnostics_MatchClassNamePrefix() =>
        AnalyzerAssert.SupportsOnlyOwnId(new TL0110FlowNotReported());

    [Fact]
    public void Fires_WhenTheReportHasNoFlow()
    {
        const string yaml = """
            format_version: 1
            title: "A trial without a flow diagram"
            arms:
              - id: active
              - id: placebo
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 1, column: 1);

        Assert.Contains("no participant flow", finding.Message);
        Assert.Contains("enrolled, allocated to each arm, treated and analysed", finding.Message);
        Assert.Equal("/flow", finding.Location.Pointer.ToString());
        Assert.True(finding.Location.IsMissing);
    }

    [Fact]
    public void Fires_WhenTheFlowIsOnlyProse()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              statement: "Participants were followed as planned."
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 4, column: 1);

        Assert.Equal("/flow", finding.Location.Pointer.ToString());
    }

    [Fact]
    public void Fires_WhenThePeriodsHaveNoGroups()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              periods:
                - id: treatment
                  statement: "All participants completed treatment."
            """;

        AnalyzerAssert.Single(yaml, Id, line: 4, column: 1);
    }

    [Fact]
    public void Quiet_WhenTheNumberEnrolledIsGiven()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              enrolled: 30
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Fact]
    public void Quiet_WhenTheFlowGivesNumbersPerArm()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              periods:
                - groups:
                    - {arm: active, allocated: 30, analysed: 30}
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Fact]
    public void Fires_WhenTheGroupsGiveNoNumbers()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              periods:
                - groups:
                    - {arm: active, statement: "All participants completed the trial."}
            """;

        AnalyzerAssert.Single(yaml, Id, line: 4, column: 1);
    }
}
