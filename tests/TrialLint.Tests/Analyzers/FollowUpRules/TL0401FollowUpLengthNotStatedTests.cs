using TrialLint.Analyzers.FollowUpRules;

namespace TrialLint.Tests.Analyzers.FollowUpRules;

public sealed class TL0401FollowUpLengthNotStatedTests
{
    private const string Id = "TL0401";

    [Fact]
    public void SupportedDiagnostics_MatchClassNamePrefix() =>
        AnalyzerAssert.SupportsOnlyOwnId(new TL0401FollowUpLengthNotStated());

    [Fact]
    public void Fires_WhenFollowUpIsAbsent()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            dates:
              recruitment_start: "2022-02"
              recruitment_end: "2023-03"
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 1, column: 1);

        Assert.Contains("does not say how long participants were followed", finding.Message);
        Assert.Contains("planned and actual length of follow-up", finding.Message);
        Assert.Equal("/follow_up", finding.Location.Pointer.ToString());
        Assert.True(finding.Location.IsMissing);
    }

    [Fact]
    public void Fires_AtTheFollowUpSection_WhenItsFieldsAreBlank()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            follow_up:
              planned: ""
              actual: " "
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 4, column: 1);

        Assert.Equal("/follow_up", finding.Location.Pointer.ToString());
    }

    [Theory]
    [InlineData("follow_up:\n  planned: \"12 months after the first injection\"")]
    [InlineData("follow_up:\n  actual: \"Median 12.0 weeks (range 1.0 to 13.1)\"")]
    [InlineData("follow_up:\n  statement: \"Participants were followed for 2 years.\"")]
    [InlineData("dates:\n  recruitment_start: \"2022-02\"\n  follow_up_end: \"2023-06-23\"")]
    public void Quiet_WhenTheLengthOrEndOfFollowUpIsStated(string section)
    {
        string yaml = "format_version: 1\narms:\n  - id: active\n" + section + "\n";

        AnalyzerAssert.Quiet(yaml, Id);
    }
}
