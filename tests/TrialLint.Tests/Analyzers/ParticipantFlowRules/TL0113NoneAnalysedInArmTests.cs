using TrialLint.Analyzers.ParticipantFlowRules;

namespace TrialLint.Tests.Analyzers.ParticipantFlowRules;

public sealed class TL0113NoneAnalysedInArmTests
{
    private const string Id = "TL0113";

    [Fact]
    public void SupportedDiagnostics_MatchClassNamePrefix() =>
        AnalyzerAssert.SupportsOnlyOwnId(new TL0113NoneAnalysedInArm());

    [Fact]
    public void Fires_WhenAnArmWithParticipantsHasNobodyAnalysedAndNoReason()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: low
              - id: high
            flow:
              enrolled: 20
              periods:
                - groups:
                    - {arm: low, allocated: 10, analysed: 10}
                    - arm: high
                      allocated: 10
                      analysed: 0
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 12, column: 21);

        Assert.Equal(
            "No participants are analysed in arm 'high', although 10 were allocated; give the reasons under 'excluded_from_analysis' or explain in the arm's statement why the arm was not analysed",
            finding.Message);
        Assert.Equal("/flow/periods/0/groups/1/analysed", finding.Location.Pointer.ToString());
    }

    [Fact]
    public void TL0111DefersToTL0113_SoTheArmGetsOneFinding()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: high
            flow:
              enrolled: 10
              periods:
                - groups:
                    - {arm: high, allocated: 10, analysed: 0}
            """;

        AnalyzerAssert.Single(yaml, Id, line: 8, column: 48);
        AnalyzerAssert.Quiet(yaml, "TL0111");
    }

    [Fact]
    public void Quiet_WhenTheExclusionsFromTheAnalysisGiveAReason()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: high
            flow:
              enrolled: 6
              periods:
                - groups:
                    - arm: high
                      allocated: 6
                      analysed: 0
                      excluded_from_analysis:
                        - n: 6
                          reason: "Arm closed by the data monitoring committee after two dose-limiting toxicities; not analysed for efficacy"
            """;

        AnalyzerAssert.Passes(yaml, Id);
    }

    [Fact]
    public void Quiet_WhenTheArmsStatementExplains()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: high
            flow:
              enrolled: 6
              periods:
                - groups:
                    - arm: high
                      allocated: 6
                      analysed: 0
                      statement: "The sponsor closed the arm after 6 participants; their samples were destroyed in a freezer failure."
            """;

        AnalyzerAssert.Passes(yaml, Id);
    }

    [Fact]
    public void Quiet_WhenNobodyWasAllocated()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: high
            flow:
              enrolled: 0
              periods:
                - groups:
                    - {arm: high, allocated: 0, analysed: 0}
            """;

        AnalyzerAssert.Passes(yaml, Id);
    }

    [Fact]
    public void Fires_InTheLaterPeriodThatGivesTheNumberAnalysed()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              enrolled: 12
              periods:
                - id: treatment
                  groups:
                    - {arm: active, allocated: 12, completed: 12}
                - id: follow-up
                  groups:
                    - {arm: active, allocated: 12, analysed: 0}
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 12, column: 50);

        Assert.StartsWith("No participants are analysed in arm 'active' (period 'follow-up'), although 12 were allocated", finding.Message);
    }

    [Fact]
    public void NotApplicable_WithoutFlowNumbers()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              statement: "All participants were analysed."
            """;

        AnalyzerAssert.NotApplicable(yaml, Id);
    }
}
