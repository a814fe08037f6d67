using TrialLint.Analyzers.HarmsRules;

namespace TrialLint.Tests.Analyzers.HarmsRules;

public sealed class TL0201HarmsNotReportedTests
{
    private const string Id = "TL0201";

    [Fact]
    public void SupportedDiagnostics_MatchClassNamePrefix() =>
        AnalyzerAssert.SupportsOnlyOwnId(new TL0201HarmsNotReported());

    [Fact]
    public void Fires_WhenTheReportHasNoHarmsSection()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
              - id: placebo
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 1, column: 1);

        Assert.Contains("says nothing about harms", finding.Message);
        Assert.Contains("state that none occurred", finding.Message);
        Assert.Equal("/harms", finding.Location.Pointer.ToString());
        Assert.True(finding.Location.IsMissing);
    }

    [Fact]
    public void Fires_WhenTheHarmsSectionOnlyDescribesHowHarmsWereCollected()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            harms:
              definition: "MedDRA 25.0"
              collection: systematic
              time_frame: "12 weeks"
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 4, column: 1);

        Assert.Equal("/harms", finding.Location.Pointer.ToString());
        Assert.False(finding.Location.IsMissing);
    }

    [Fact]
    public void Fires_WhenTheReportOnlySaysThatEventsOccurred()
    {
        // no_events: false says adverse events did occur, yet none are described: harms are still not reported.
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            harms:
              no_events: false
            """;

        AnalyzerAssert.Single(yaml, Id, line: 4, column: 1);
    }

    [Fact]
    public void Quiet_WithAnExplicitNoEvents()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            harms:
              no_events: true
            """;

        AnalyzerAssert.Quiet(yaml, Id);
        AnalyzerAssert.Quiet(yaml, "TL0202");
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
        AnalyzerAssert.Quiet(yaml, "TL0202");
    }

    [Fact]
    public void Quiet_WithCountsPerArm()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            harms:
              groups:
                - arm: active
                  at_risk: 30
                  serious: {participants: 1, events: 1}
                  non_serious: {participants: 12, events: 20}
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Fact]
    public void Quiet_WithAListOfEvents()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            harms:
              events:
                - term: "Headache"
                  serious: false
                  groups:
                    - {arm: active, participants: 4, at_risk: 30}
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }
}
