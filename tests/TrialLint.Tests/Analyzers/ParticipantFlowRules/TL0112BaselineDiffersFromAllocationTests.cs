using TrialLint.Analyzers.ParticipantFlowRules;

namespace TrialLint.Tests.Analyzers.ParticipantFlowRules;

public sealed class TL0112BaselineDiffersFromAllocationTests
{
    private const string Id = "TL0112";

    [Fact]
    public void SupportedDiagnostics_MatchClassNamePrefix() =>
        AnalyzerAssert.SupportsOnlyOwnId(new TL0112BaselineDiffersFromAllocation());

    [Fact]
    public void Fires_WhenTheBaselineTableHasFewerParticipantsThanWereAllocated()
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
                    - {arm: active, allocated: 100}
                    - {arm: placebo, allocated: 100}
            baseline:
              statement: "Table 1 shows the baseline characteristics."
              groups:
                - arm: active
                  n: 97
                - arm: placebo
                  n: 100
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 15, column: 10);

        Assert.Equal(
            "The baseline data of arm 'active' describe 97 participants, but 100 were allocated to it (3 participants fewer); say in the baseline statement which 97 participants the baseline table describes and why it differs",
            finding.Message);
        Assert.Equal("/baseline/groups/0/n", finding.Location.Pointer.ToString());
    }

    [Fact]
    public void Fires_WhenTheBaselineTableHasMoreParticipantsThanWereAllocated()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              enrolled: 30
              periods:
                - groups:
                    - {arm: active, allocated: 30}
            baseline:
              groups:
                - {arm: active, n: 31}
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 11, column: 24);

        Assert.Contains("(1 participant more)", finding.Message);
    }

    [Fact]
    public void Quiet_WhenTheBaselineStatementGivesTheNumberTheTableDescribes()
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
                    - {arm: active, allocated: 100, received: 97, did_not_receive: [{n: 3, reason: "Withdrew consent before the first dose"}]}
                    - {arm: placebo, allocated: 100, received: 100}
            baseline:
              statement: "Table 1 describes the 97 and 100 participants who received at least one dose."
              groups:
                - {arm: active, n: 97}
                - {arm: placebo, n: 100}
            """;

        AnalyzerAssert.Passes(yaml, Id);
    }

    [Fact]
    public void Fires_WhenTheStatementGivesTheNumberOnlyInsideAnotherNumber()
    {
        // "1997" and "97.5" do not give the 97 participants the table describes.
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              enrolled: 100
              periods:
                - groups:
                    - {arm: active, allocated: 100}
            baseline:
              statement: "Recruitment began in 1997; 97.5% were women."
              groups:
                - {arm: active, n: 97}
            """;

        AnalyzerAssert.Single(yaml, Id, line: 12, column: 24);
    }

    [Fact]
    public void ComparesWithTheAllocationWhereTheArmFirstAppears()
    {
        // An extension period that fewer participants started does not change what the baseline table describes.
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              enrolled: 40
              periods:
                - id: randomised
                  groups:
                    - {arm: active, allocated: 40, completed: 36, discontinued: [{n: 4, reason: "Adverse event"}]}
                - id: extension
                  groups:
                    - {arm: active, allocated: 36}
            baseline:
              groups:
                - {arm: active, n: 40}
            """;

        AnalyzerAssert.Passes(yaml, Id);
    }

    [Fact]
    public void Quiet_ForACrossoverWhoseBaselineDescribesEveryoneEnrolled()
    {
        const string yaml = """
            format_version: 1
            design:
              randomised: true
              type: crossover
            arms:
              - id: drug
              - id: placebo
            flow:
              enrolled: 24
              periods:
                - id: period-1
                  groups:
                    - {arm: drug, allocated: 12, completed: 12}
                    - {arm: placebo, allocated: 12, completed: 12}
                - id: period-2
                  groups:
                    - {arm: drug, allocated: 12, completed: 12}
                    - {arm: placebo, allocated: 12, completed: 12}
            baseline:
              groups:
                - {arm: drug, n: 24}
                - {arm: placebo, n: 24}
            """;

        AnalyzerAssert.Passes(yaml, Id);
    }

    [Fact]
    public void NotApplicable_WithoutBaselineNumbers()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              enrolled: 30
              periods:
                - groups:
                    - {arm: active, allocated: 30}
            baseline:
              statement: "Table 1 shows the baseline characteristics."
            """;

        AnalyzerAssert.NotApplicable(yaml, Id);
    }

    [Fact]
    public void NotApplicable_WithoutAnAllocationForTheBaselineArms()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              enrolled: 30
            baseline:
              groups:
                - {arm: active, n: 29}
            """;

        AnalyzerAssert.NotApplicable(yaml, Id);
    }
}
