using TrialLint.Analyzers.ParticipantFlowRules;

namespace TrialLint.Tests.Analyzers.ParticipantFlowRules;

public sealed class TL0101AllocationNotAccountedForTests
{
    private const string Id = "TL0101";

    [Fact]
    public void SupportedDiagnostics_MatchClassNamePrefix() =>
        AnalyzerAssert.SupportsOnlyOwnId(new TL0101AllocationNotAccountedFor());

    [Fact]
    public void Fires_WhenParticipantsVanishBetweenAllocationAndTreatment()
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
                      received: 97
                      did_not_receive:
                        - n: 1
                          reason: "Withdrew consent before the first dose"
                    - arm: placebo
                      allocated: 100
                      received: 100
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 11, column: 21);

        Assert.Equal(
            "In arm 'active', 100 were allocated, 97 received the intervention and 1 are listed as not receiving it: 2 participants not accounted for",
            finding.Message);
        Assert.Equal("/flow/periods/0/groups/0/received", finding.Location.Pointer.ToString());
    }

    [Fact]
    public void Fires_WhenMoreAreAccountedForThanWereAllocated()
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
                      received: 30
                      did_not_receive:
                        - n: 1
                          reason: "Died before treatment"
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 10, column: 21);

        Assert.Contains("In arm 'active', 30 were allocated, 30 received", finding.Message);
        Assert.EndsWith("1 participant more than were allocated", finding.Message);
    }

    [Fact]
    public void Quiet_WhenDeathBeforeTreatmentIsListedUnderDidNotReceive()
    {
        // 8 enrolled, one died before treatment, 7 treated: the death accounts for the eighth participant.
        const string yaml = """
            format_version: 1
            arms:
              - id: msc
                role: experimental
            flow:
              enrolled: 8
              periods:
                - id: treatment
                  groups:
                    - arm: msc
                      allocated: 8
                      received: 7
                      did_not_receive:
                        - n: 1
                          reason: "Died shortly after enrolment, before treatment"
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Fact]
    public void Quiet_WhenEveryoneAllocatedReceivedTheIntervention()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
              - id: placebo
            flow:
              enrolled: 40
              periods:
                - groups:
                    - arm: active
                      allocated: 20
                      received: 20
                    - arm: placebo
                      allocated: 20
                      received: 20
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Fact]
    public void Quiet_WhenTheNumberReceivingIsNotGiven()
    {
        // Nothing to reconcile: a registry record with allocation numbers only.
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              enrolled: 20
              periods:
                - groups:
                    - arm: active
                      allocated: 20
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Fact]
    public void NamesThePeriod_WhenTheFlowHasSeveralPeriods()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: ab
            flow:
              enrolled: 12
              periods:
                - id: first
                  groups:
                    - arm: ab
                      allocated: 12
                      received: 12
                      completed: 12
                - id: second
                  groups:
                    - arm: ab
                      allocated: 12
                      received: 10
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 17, column: 21);

        Assert.StartsWith("In arm 'ab' (period 'second'), 12 were allocated, 10 received", finding.Message);
        Assert.EndsWith("2 participants not accounted for", finding.Message);
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
