using TrialLint.Analyzers.ParticipantFlowRules;

namespace TrialLint.Tests.Analyzers.ParticipantFlowRules;

public sealed class TL0103EnrolledNotAllocatedTests
{
    private const string Id = "TL0103";

    [Fact]
    public void SupportedDiagnostics_MatchClassNamePrefix() =>
        AnalyzerAssert.SupportsOnlyOwnId(new TL0103EnrolledNotAllocated());

    [Fact]
    public void Fires_WhenAllocationsDoNotAddUpToEnrolled()
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
                    - arm: placebo
                      allocated: 98
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 6, column: 13);

        Assert.Equal(
            "200 participants were enrolled, but the numbers allocated to the arms add up to 198 (100 in 'active' + 98 in 'placebo')",
            finding.Message);
        Assert.Equal("/flow/enrolled", finding.Location.Pointer.ToString());
    }

    [Fact]
    public void Quiet_WhenAllocationsAddUpToEnrolled()
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
                    - arm: placebo
                      allocated: 100
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Fact]
    public void Quiet_ForACrossover_CountingEachArmOnceAtItsFirstPeriod()
    {
        // Sequences AB and BA in two periods: 24 enrolled, not 48.
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
                    - arm: ab
                      allocated: 12
                      completed: 12
                    - arm: ba
                      allocated: 12
                      completed: 12
                - id: period-2
                  groups:
                    - arm: ab
                      allocated: 12
                    - arm: ba
                      allocated: 12
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Fact]
    public void Fires_ForACrossover_WhenTheFirstPeriodDoesNotAddUp()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: ab
              - id: ba
            flow:
              enrolled: 24
              periods:
                - id: period-1
                  groups:
                    - arm: ab
                      allocated: 12
                    - arm: ba
                      allocated: 11
                - id: period-2
                  groups:
                    - arm: ab
                      allocated: 12
                    - arm: ba
                      allocated: 11
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 6, column: 13);

        Assert.Contains("add up to 23 (12 in 'ab' + 11 in 'ba')", finding.Message);
    }

    [Fact]
    public void Quiet_ForAMultiStageTrial_WithNewArmsInTheSecondStage()
    {
        // Stage 1: one arm of 8; stage 2: two new randomised arms of 33 and 31. Enrolled = 8 + 64.
        const string yaml = """
            format_version: 1
            design:
              randomised: true
              stages:
                - id: stage1
                  randomised: false
                  type: single-arm
                  arms: [msc-stage1]
                - id: stage2
                  randomised: true
                  type: parallel
                  arms: [msc, control]
            arms:
              - id: msc-stage1
                role: experimental
              - id: msc
                role: experimental
              - id: control
                role: active-comparator
            flow:
              enrolled: 72
              periods:
                - id: stage1
                  stage: stage1
                  groups:
                    - arm: msc-stage1
                      allocated: 8
                - id: stage2
                  stage: stage2
                  groups:
                    - arm: msc
                      allocated: 33
                    - arm: control
                      allocated: 31
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Fact]
    public void Quiet_WhenAnArmHasNoAllocationNumber()
    {
        // One arm's number is unknown: the sum cannot be formed, so nothing is claimed.
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
                    - arm: placebo
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
