using TrialLint.Analyzers.ParticipantFlowRules;
using TrialLint.Tests.Infrastructure;
using TrialLint.Tests.Registry;

namespace TrialLint.Tests.Analyzers.ParticipantFlowRules;

public sealed class TL0114FlowStageNotReportedTests
{
    private const string Id = "TL0114";

    [Fact]
    public void SupportedDiagnostics_MatchClassNamePrefix() =>
        AnalyzerAssert.SupportsOnlyOwnId(new TL0114FlowStageNotReported());

    [Fact]
    public void Fires_OncePerArm_NamingEveryStageLeftOut()
    {
        const string yaml = """
            format_version: 1
            design: {randomised: true}
            arms:
              - id: active
              - id: placebo
            flow:
              enrolled: 120
              periods:
                - groups:
                    - {arm: active, allocated: 60, received: 60, lost_to_follow_up: [], discontinued: [], analysed: 60}
                    - arm: placebo
                      allocated: 60
                      analysed: 60
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 11, column: 11);
        Assert.Equal("/flow/periods/0/groups/1/received", finding.Location.Pointer.ToString());

        Assert.Equal(
            "The flow of arm 'placebo' does not report how many received the intervention (received, or did_not_receive with reasons), losses to follow-up (lost_to_follow_up), or discontinuations (discontinued); account for everyone allocated at each stage, with reasons, and state a stage with nobody in it as none ([] or 0)",
            finding.Message);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("0")]
    public void Quiet_WhenAStageIsStatedAsNone(string none)
    {
        string yaml = $$"""
            format_version: 1
            design: {randomised: true}
            arms:
              - id: active
            flow:
              periods:
                - groups:
                    - arm: active
                      allocated: 60
                      did_not_receive: {{none}}
                      lost_to_follow_up: {{none}}
                      discontinued: {{none}}
                      analysed: 60
            """;

        AnalyzerAssert.Passes(yaml, Id);
    }

    [Fact]
    public void NamesOnlyTheStageLeftOut_AndReadsJson()
    {
        const string json = """
            {"format_version": 1, "design": {"randomised": true}, "arms": [{"id": "active"}],
             "flow": {"periods": [{"groups": [{"arm": "active", "allocated": 10, "received": 10, "discontinued": 0, "analysed": 10}]}]}}
            """;

        var findings = Lint.Text(json, "report.trial.json").Diagnostics.Where(d => d.Id == Id).ToList();

        Assert.Equal("The flow of arm 'active' does not report losses to follow-up (lost_to_follow_up); account for everyone allocated at each stage, with reasons, and state a stage with nobody in it as none ([] or 0)",
            Assert.Single(findings).Message);
    }

    [Fact]
    public void ANonZeroNumberForAReasonedCountIsAFormatError()
    {
        const string yaml = """
            format_version: 1
            flow:
              periods:
                - groups:
                    - {arm: active, lost_to_follow_up: 3}
            """;

        Assert.Contains(Lint.Text(yaml).Diagnostics, d => d.Descriptor.Category == TrialLint.Diagnostics.DiagnosticCategory.Input);
    }

    [Fact]
    public void Quiet_WhenStagesAreGivenInDifferentPeriods()
    {
        // Received in the treatment period only; losses in the follow-up period; no discontinuations in follow-up.
        const string yaml = """
            format_version: 1
            design: {randomised: true}
            arms:
              - id: active
            flow:
              periods:
                - groups:
                    - {arm: active, allocated: 40, received: 40, discontinued: [], completed: 40}
                - groups:
                    - {arm: active, allocated: 40, lost_to_follow_up: [{n: 1, reason: "Moved"}], analysed: 40}
            """;

        AnalyzerAssert.Passes(yaml, Id);
    }

    [Fact]
    public void NotApplicable_ToANonRandomisedTrial()
    {
        const string yaml = """
            format_version: 1
            packs: [consort-2025]
            design: {randomised: false}
            arms:
              - id: msc
            flow:
              periods:
                - groups:
                    - {arm: msc, allocated: 8, analysed: 7}
            """;

        AnalyzerAssert.NotApplicable(yaml, Id);
    }

    [Theory]
    [MemberData(nameof(ImportTests.RecordsWithResults), MemberType = typeof(ImportTests))]
    public void DoesNotRunOnRegistryRecords(string nctId)
    {
        // Real ClinicalTrials.gov records with a participant flow: their flow has its own shape (TL0601).
        var result = RegistryRecords.Lint(nctId);

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == Id);
        Assert.False(result.Outcomes.ContainsKey(Id));
    }
}
