using TrialLint.Analyzers.ParticipantFlowRules;

namespace TrialLint.Tests.Analyzers.ParticipantFlowRules;

public sealed class TL0108LeftBetweenPeriodsTests
{
    private const string Id = "TL0108";

    [Fact]
    public void SupportedDiagnostics_MatchClassNamePrefix() =>
        AnalyzerAssert.SupportsOnlyOwnId(new TL0108LeftBetweenPeriods());

    [Fact]
    public void Fires_WhenFewerStartTheNextPeriodThanCompletedThePreviousOne()
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
                - id: extension
                  groups:
                    - arm: active
                      allocated: 45
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 15, column: 22);

        Assert.Equal(
            "In arm 'active', 50 completed period 'treatment' but only 45 started period 'extension': 5 participants unaccounted for between periods",
            finding.Message);
        Assert.Equal("/flow/periods/1/groups/0/allocated", finding.Location.Pointer.ToString());
    }

    [Fact]
    public void Quiet_WhenParticipantsEnterALaterPeriod()
    {
        // 40 completed the randomised period; 46 started the open-label extension (6 joined from outside).
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              enrolled: 40
              periods:
                - id: randomised
                  groups:
                    - arm: active
                      allocated: 40
                      completed: 40
                - id: extension
                  groups:
                    - arm: active
                      allocated: 46
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Fact]
    public void Quiet_ForACrossoverWhereEveryoneWhoCompletedStartsTheNextPeriod()
    {
        const string yaml = """
            format_version: 1
            design:
              randomised: true
              type: crossover
            arms:
              - id: ab
              - id: ba
            flow:
              enrolled: 24
              periods:
                - id: period-1
                  groups:
                    - {arm: ab, allocated: 12, completed: 11, discontinued: [{n: 1, reason: "Withdrew consent"}]}
                    - {arm: ba, allocated: 12, completed: 12}
                - id: period-2
                  groups:
                    - {arm: ab, allocated: 11, completed: 11}
                    - {arm: ba, allocated: 12, completed: 12}
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Fact]
    public void Quiet_ForNewArmsInALaterStage()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: stage1
              - id: msc
              - id: control
            flow:
              enrolled: 72
              periods:
                - id: stage1
                  groups:
                    - {arm: stage1, allocated: 8, completed: 8}
                - id: stage2
                  groups:
                    - {arm: msc, allocated: 33}
                    - {arm: control, allocated: 31}
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Fact]
    public void Quiet_WhenThePreviousPeriodDoesNotSayHowManyCompleted()
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
                    - {arm: active, allocated: 50}
                - id: extension
                  groups:
                    - {arm: active, allocated: 45}
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
    public void NotApplicable_WithASinglePeriod()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              enrolled: 50
              periods:
                - groups:
                    - {arm: active, allocated: 50, completed: 48, lost_to_follow_up: [{n: 2, reason: "Moved away"}]}
            """;

        AnalyzerAssert.NotApplicable(yaml, Id);
    }

    [Fact]
    public void NotApplicable_WhenEachStageHasArmsOfItsOwn()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: stage1
              - id: msc
              - id: control
            flow:
              enrolled: 72
              periods:
                - id: stage1
                  groups:
                    - {arm: stage1, allocated: 8, completed: 8}
                - id: stage2
                  groups:
                    - {arm: msc, allocated: 33}
                    - {arm: control, allocated: 31}
            """;

        AnalyzerAssert.NotApplicable(yaml, Id);
    }
}
