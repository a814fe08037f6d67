using TrialLint.Analyzers.HarmsRules;

namespace TrialLint.Tests.Analyzers.HarmsRules;

public sealed class TL0202OnlySeriousHarmsTests
{
    private const string Id = "TL0202";

    [Fact]
    public void SupportedDiagnostics_MatchClassNamePrefix() =>
        AnalyzerAssert.SupportsOnlyOwnId(new TL0202OnlySeriousHarms());

    [Fact]
    public void Fires_AtTheStatement_WhenItOnlySaysThereWereNoSeriousAdverseEvents()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: msc
            harms:
              time_frame: "12 months"
              statement: "No serious adverse events were observed during this period."
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 6, column: 14);

        Assert.StartsWith("Only serious adverse events are reported", finding.Message);
        Assert.Contains("including non-serious ones", finding.Message);
        Assert.Equal("/harms/statement", finding.Location.Pointer.ToString());
    }

    [Fact]
    public void Fires_AtTheHarmsSection_WhenOnlySeriousCountsAreGiven()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
              - id: placebo
            harms:
              groups:
                - {arm: active, serious: {participants: 2}}
                - {arm: placebo, serious: {participants: 1}}
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 5, column: 1);

        Assert.Equal("/harms", finding.Location.Pointer.ToString());
    }

    [Fact]
    public void Fires_WhenEveryListedEventIsSerious()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            harms:
              events:
                - term: "Pneumonia"
                  serious: true
                  groups:
                    - {arm: active, participants: 1}
            """;

        AnalyzerAssert.Single(yaml, Id, line: 4, column: 1);
    }

    [Fact]
    public void Quiet_WhenSeriousAndNonSeriousCountsAreGiven()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
              - id: placebo
            harms:
              statement: "Serious adverse events: 2 with active, 1 with placebo."
              groups:
                - {arm: active, serious: {participants: 2}, non_serious: {participants: 14}}
                - {arm: placebo, serious: {participants: 1}, non_serious: {participants: 9}}
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Fact]
    public void Quiet_WhenTheEventsListIncludesANonSeriousEvent()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            harms:
              events:
                - term: "Pneumonia"
                  serious: true
                  groups:
                    - {arm: active, participants: 1}
                - term: "Injection-site reaction"
                  serious: false
                  groups:
                    - {arm: active, participants: 7}
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Fact]
    public void Quiet_WithAnExplicitNoEvents_EvenWhenTheStatementMentionsSeriousEvents()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            harms:
              no_events: true
              statement: "No serious adverse events were observed."
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Fact]
    public void Quiet_WithAStatementThatNoAdverseEventsOccurred()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            harms:
              statement: "No adverse events occurred."
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Theory]
    [InlineData("Serious adverse events occurred in 2 of 40 participants and non-serious adverse events in 15 of 40.")]
    [InlineData("No adverse events, serious or non-serious, occurred.")]
    public void Quiet_WhenTheStatementAlsoCoversNonSeriousEvents(string statement)
    {
        string yaml = $"""
            format_version: 1
            arms:
              - id: active
            harms:
              statement: "{statement}"
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Fact]
    public void Quiet_WhenThereIsNoHarmsSection()
    {
        // Silence about harms is TL0201's finding.
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }
}
