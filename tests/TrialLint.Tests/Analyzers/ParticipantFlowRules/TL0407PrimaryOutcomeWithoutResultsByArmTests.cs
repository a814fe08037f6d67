using TrialLint.Analyzers.ParticipantFlowRules;

namespace TrialLint.Tests.Analyzers.ParticipantFlowRules;

public sealed class TL0407PrimaryOutcomeWithoutResultsByArmTests
{
    private const string Id = "TL0407";

    [Fact]
    public void SupportedDiagnostics_MatchClassNamePrefix() =>
        AnalyzerAssert.SupportsOnlyOwnId(new TL0407PrimaryOutcomeWithoutResultsByArm());

    [Fact]
    public void NamesTheArmWithoutAResult()
    {
        const string yaml = """
            format_version: 1
            arms: [{id: drug}, {id: placebo}]
            outcomes:
              - id: qmg
                type: primary
                title: "Change in QMG score"
                results:
                  - {arm: drug, n_analysed: 40, value: -4.1}
            """;

        var finding = Assert.Single(AnalyzerAssert.Findings(yaml, Id));
        Assert.Equal("/outcomes/0/results", finding.Location.Pointer.ToString());

        Assert.StartsWith("The primary outcome 'Change in QMG score' has no numeric result for arm 'placebo';", finding.Message);
    }

    [Fact]
    public void SaysAnyArm_WhenThereAreNoResults()
    {
        const string yaml = """
            format_version: 1
            arms: [{id: drug}, {id: placebo}]
            outcomes:
              - {id: qmg, type: primary, effects: [{measure: "difference", estimate: -2.2}]}
            """;

        Assert.Contains("has no numeric result for any arm;", AnalyzerAssert.Single(yaml, Id, line: 4, column: 5).Message);
    }

    [Fact]
    public void Quiet_ForAnArmThatStartsInALaterPeriod()
    {
        // 'newcomers' joined in the extension (period 2): not in the period where the primary outcome was assessed.
        const string yaml = """
            format_version: 1
            arms: [{id: drug}, {id: placebo}, {id: newcomers}]
            flow:
              periods:
                - groups: [{arm: drug, allocated: 40}, {arm: placebo, allocated: 40}]
                - groups: [{arm: drug, allocated: 38}, {arm: placebo, allocated: 37}, {arm: newcomers, allocated: 6}]
            outcomes:
              - id: qmg
                type: primary
                results: [{arm: drug, n_analysed: 40, value: -4.1}, {arm: placebo, n_analysed: 40, value: -1.9}]
            """;

        AnalyzerAssert.Passes(yaml, Id);
    }
}
