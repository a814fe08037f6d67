using TrialLint.Analyzers.ParticipantFlowRules;

namespace TrialLint.Tests.Analyzers.ParticipantFlowRules;

public sealed class TL0105AnalysedNotReportedTests
{
    private const string Id = "TL0105";

    [Fact]
    public void SupportedDiagnostics_MatchClassNamePrefix() =>
        AnalyzerAssert.SupportsOnlyOwnId(new TL0105AnalysedNotReported());

    [Fact]
    public void Fires_ForAnArmWithoutANumberAnalysed()
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
                      analysed: 49
                      excluded_from_analysis:
                        - n: 1
                          reason: "No post-baseline data"
                    - arm: placebo
                      allocated: 50
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 15, column: 11);

        Assert.Equal("The number of participants analysed in arm 'placebo' is not reported", finding.Message);
        Assert.Equal("/flow/periods/0/groups/1/analysed", finding.Location.Pointer.ToString());
        Assert.True(finding.Location.IsMissing);
    }

    [Fact]
    public void Fires_AtTheArmsLastPeriod_WhenNoPeriodGivesTheNumberAnalysed()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              enrolled: 40
              periods:
                - id: treatment
                  groups:
                    - arm: active
                      allocated: 40
                      completed: 38
                      discontinued:
                        - n: 2
                          reason: "Adverse event"
                - id: follow-up
                  groups:
                    - arm: active
                      allocated: 38
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 17, column: 11);

        Assert.Contains("arm 'active'", finding.Message);
        Assert.Equal("/flow/periods/1/groups/0/analysed", finding.Location.Pointer.ToString());
    }

    [Fact]
    public void Quiet_WhenTheFlowGivesTheNumberAnalysedForEveryArm()
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
                      analysed: 50
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Fact]
    public void Quiet_WhenTheNumberAnalysedIsGivenOnlyAsNAnalysedOfAnOutcomeResult()
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
                    - arm: placebo
                      allocated: 50
            outcomes:
              - id: pain
                type: primary
                results:
                  - arm: active
                    n_analysed: 48
                    value: 3.1
                  - arm: placebo
                    n_analysed: 49
                    value: 4.0
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Fact]
    public void Fires_OnlyForTheArmWhoseOutcomeResultLacksNAnalysed()
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
                    - arm: placebo
                      allocated: 50
            outcomes:
              - id: pain
                results:
                  - arm: active
                    n_analysed: 48
                  - arm: placebo
                    n_with_data: 49
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 11, column: 11);

        Assert.Contains("arm 'placebo'", finding.Message);
    }

    [Fact]
    public void Quiet_WhenThereIsNoFlow()
    {
        // No flow at all is TL0110's finding, not one TL0105 per arm.
        const string yaml = """
            format_version: 1
            arms:
              - id: active
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
