using TrialLint.Analyzers.ParticipantFlowRules;

namespace TrialLint.Tests.Analyzers.ParticipantFlowRules;

public sealed class TL0106UnknownArmTests
{
    private const string Id = "TL0106";

    private const string Known = "('active', 'placebo')";

    [Fact]
    public void SupportedDiagnostics_MatchClassNamePrefix() =>
        AnalyzerAssert.SupportsOnlyOwnId(new TL0106UnknownArm());

    [Fact]
    public void Fires_ForAnUnknownArmInTheFlow()
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
                    - arm: plaecbo
                      allocated: 50
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 11, column: 16);

        Assert.Equal($"'plaecbo' is not one of the arms listed under 'arms' {Known}", finding.Message);
        Assert.Equal("/flow/periods/0/groups/1/arm", finding.Location.Pointer.ToString());
    }

    [Fact]
    public void Fires_ForAnUnknownArmInTheBaseline()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
              - id: placebo
            baseline:
              groups:
                - arm: active
                  n: 50
                - arm: Placebo
                  n: 50
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 9, column: 12);

        Assert.Equal($"'Placebo' is not one of the arms listed under 'arms' {Known}", finding.Message);
        Assert.Equal("/baseline/groups/1/arm", finding.Location.Pointer.ToString());
    }

    [Fact]
    public void Fires_ForAnUnknownArmInAnOutcomeResult()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
              - id: placebo
            outcomes:
              - id: pain
                results:
                  - arm: active
                    n_analysed: 50
                  - arm: control
                    n_analysed: 50
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 10, column: 14);

        Assert.Equal($"'control' is not one of the arms listed under 'arms' {Known}", finding.Message);
        Assert.Equal("/outcomes/0/results/1/arm", finding.Location.Pointer.ToString());
    }

    [Fact]
    public void Fires_ForAnUnknownArmInTheHarmsGroups()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
              - id: placebo
            harms:
              groups:
                - arm: activ
                  serious: {participants: 1}
                  non_serious: {participants: 10}
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 7, column: 12);

        Assert.Equal($"'activ' is not one of the arms listed under 'arms' {Known}", finding.Message);
        Assert.Equal("/harms/groups/0/arm", finding.Location.Pointer.ToString());
    }

    [Fact]
    public void Fires_ForAnUnknownArmInAHarmEvent()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
              - id: placebo
            harms:
              events:
                - term: "Nausea"
                  serious: false
                  groups:
                    - {arm: active, participants: 4}
                    - {arm: drug-b, participants: 2}
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 11, column: 17);

        Assert.Equal($"'drug-b' is not one of the arms listed under 'arms' {Known}", finding.Message);
        Assert.Equal("/harms/events/0/groups/1/arm", finding.Location.Pointer.ToString());
    }

    [Fact]
    public void Quiet_WhenEveryArmIdIsListed()
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
                    - {arm: active, allocated: 50}
                    - {arm: placebo, allocated: 50}
            baseline:
              groups:
                - {arm: active, n: 50}
                - {arm: placebo, n: 50}
            outcomes:
              - id: pain
                results:
                  - {arm: active, n_analysed: 50}
                  - {arm: placebo, n_analysed: 50}
            harms:
              groups:
                - {arm: active, serious: {participants: 1}, non_serious: {participants: 9}}
                - {arm: placebo, serious: {participants: 0}, non_serious: {participants: 7}}
              events:
                - term: "Headache"
                  serious: false
                  groups:
                    - {arm: active, participants: 5}
                    - {arm: placebo, participants: 4}
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Fact]
    public void Quiet_WhenTheReportListsNoArms()
    {
        // Without a list of arms there is nothing to compare against (other rules report the missing arms).
        const string yaml = """
            format_version: 1
            flow:
              enrolled: 50
              periods:
                - groups:
                    - {arm: active, allocated: 50}
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Fact]
    public void NotApplicable_WhenNoNumbersNameAnArm()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            flow:
              enrolled: 50
            """;

        AnalyzerAssert.NotApplicable(yaml, Id);
    }

    [Fact]
    public void StillApplies_WithoutFlow_WhenOutcomesNameArms()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            outcomes:
              - id: pain
                results:
                  - {arm: actve, n_analysed: 50}
            """;

        AnalyzerAssert.Single(yaml, Id, line: 7, column: 15);
    }
}
