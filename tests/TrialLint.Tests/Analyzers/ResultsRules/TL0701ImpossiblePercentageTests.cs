using TrialLint.Analyzers.ResultsRules;

namespace TrialLint.Tests.Analyzers.ResultsRules;

public sealed class TL0701ImpossiblePercentageTests
{
    private const string Id = "TL0701";

    // The result under test: line 12 holds the percentage, at column 21.
    private const string Template = """
        format_version: 1
        arms:
          - id: active
        outcomes:
          - id: responders
            type: primary
            title: "At least 50% reduction in migraine days"
            results:
              - arm: active
                n_analysed: N
                EXTRA
                percentage: PCT
        """;

    private static string Report(string percentage, long n, string extra = "unit: \"% of participants\"") =>
        Template.Replace("PCT", percentage, StringComparison.Ordinal)
            .Replace("N\n", $"{n}\n", StringComparison.Ordinal)
            .Replace("EXTRA", extra, StringComparison.Ordinal);

    [Fact]
    public void SupportedDiagnostics_MatchClassNamePrefix() =>
        AnalyzerAssert.SupportsOnlyOwnId(new TL0701ImpossiblePercentage());

    [Fact]
    public void Fires_ForAPercentageNoWholeNumberOfParticipantsGives()
    {
        // 41/99 = 41.4%, 42/99 = 42.4%: 42.0% of 99 is impossible.
        var finding = AnalyzerAssert.Single(Report("42.0", 99), Id, line: 12, column: 21);

        Assert.Equal(
            "In outcome 'responders', arm 'active': 42.0% is not possible with 99 participants analysed: 41 of 99 is 41.4% and 42 of 99 is 42.4%; check the percentage and the number analysed",
            finding.Message);
        Assert.Equal("/outcomes/0/results/0/percentage", finding.Location.Pointer.ToString());
    }

    [Theory]
    [InlineData("42.4", 99)]   // 42/99 = 42.42
    [InlineData("42", 99)]     // no decimals: 42/99 rounds to 42
    [InlineData("12.5", 8)]    // 1/8 exactly
    [InlineData("13", 8)]      // 12.5 rounded half up
    [InlineData("12", 8)]      // 12.5 rounded half to even
    [InlineData("0", 7)]
    [InlineData("100", 7)]
    [InlineData("33.33", 3)]   // 1/3
    [InlineData("50.0", 1000)] // any percentage to one decimal is possible with 1000 participants
    [InlineData("42.42", 99)]
    public void Quiet_ForAPossiblePercentage(string percentage, long n) =>
        AnalyzerAssert.Passes(Report(percentage, n), Id);

    [Theory]
    [InlineData("42.40", 99)]  // two decimals written: 42/99 = 42.42, not 42.40
    [InlineData("50", 7)]      // 3/7 = 43%, 4/7 = 57%
    [InlineData("33.3", 4)]
    public void Fires_ForAnImpossiblePercentage_TrailingZerosCounting(string percentage, long n) =>
        AnalyzerAssert.Single(Report(percentage, n), Id, line: 12, column: 21);

    [Fact]
    public void Fires_WhenThePercentageIsNotTheEventsOverTheNumberAnalysed()
    {
        // 45.5% is possible for 99 (45/99 = 45.45) but not for the 42 events given.
        var finding = AnalyzerAssert.Single(Report("45.5", 99, "events: 42"), Id, line: 12, column: 21);

        Assert.Equal(
            "In outcome 'responders', arm 'active': 42 of 99 is 42.4%, not 45.5%; check the number with the event, the number analysed and the percentage",
            finding.Message);
    }

    [Fact]
    public void Quiet_WhenThePercentageIsTheEventsOverTheNumberAnalysed() =>
        AnalyzerAssert.Passes(Report("42.4", 99, "events: 42"), Id);

    [Fact]
    public void Quiet_WhenThePercentageIsOfTheParticipantsWithData()
    {
        // 42 of the 93 with data is 45.2%: a percentage of those with data, not of the 99 analysed.
        AnalyzerAssert.Passes(Report("45.2", 99, "n_with_data: 93\n        events: 42"), Id);
    }

    [Fact]
    public void NamesBothDenominators_WhenNeitherGivesThePercentage()
    {
        var finding = AnalyzerAssert.Single(Report("47.0", 99, "n_with_data: 93\n        events: 42"), Id, line: 13, column: 21);

        Assert.Contains("42 of 99 is 42.4%, not 47.0% (and 42 of the 93 with data is 45.2%)", finding.Message);
    }

    [Fact]
    public void ReadsTheDecimalsFromJson()
    {
        const string json = """
            {"format_version": 1, "arms": [{"id": "active"}],
             "outcomes": [{"id": "responders", "results": [{"arm": "active", "n_analysed": 99, "percentage": 42.0}]}]}
            """;

        var result = TrialLint.Tests.Infrastructure.Lint.Text(json, "test.trial.json");

        Assert.Single(result.Diagnostics, d => d.Id == Id);
    }

    [Fact]
    public void NotApplicable_WithoutAPercentageAndANumberAnalysed()
    {
        const string yaml = """
            format_version: 1
            arms:
              - id: active
            outcomes:
              - id: responders
                results:
                  - {arm: active, percentage: 42.0}
                  - {arm: active, n_analysed: 99, events: 42}
            """;

        AnalyzerAssert.NotApplicable(yaml, Id);
    }

    // The baseline table: an arm of 21; line 8 holds the value.
    private static string Baseline(string value) => $$"""
        format_version: 1
        arms:
          - id: active
        baseline:
          groups: [{arm: active, n: 21}]
          characteristics:
            - name: "Women"
              values: [{arm: active, {{value}}}]
        """;

    [Fact]
    public void Fires_ForABaselinePercentageImpossibleForTheArm()
    {
        // "47.5% of 21 women": 9 of 21 is 42.9% and 10 of 21 is 47.6%.
        var finding = AnalyzerAssert.Single(Baseline("percentage: 47.5"), Id, line: 8, column: 42);

        Assert.Equal(
            "In baseline characteristic 'Women', arm 'active': 47.5% is not possible with the 21 participants in the arm: 9 of 21 is 42.9% and 10 of 21 is 47.6%; check the percentage and its denominator",
            finding.Message);
        Assert.Equal("/baseline/characteristics/0/values/0/percentage", finding.Location.Pointer.ToString());
    }

    [Fact]
    public void Fires_ForABaselinePercentageThatIsNotTheCountOverTheArm()
    {
        var finding = AnalyzerAssert.Single(Baseline("n: 10, percentage: 45.0"), Id, line: 8, column: 49);

        Assert.Contains("10 of the 21 in the arm is 47.6%, not 45.0%", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("n: 10, percentage: 47.6")]
    [InlineData("percentage: 48")]                              // no decimals: 10/21 = 47.6 rounds to 48
    [InlineData("n: 9, percentage: 47.4, n_with_data: 19")]     // of the 19 with data
    [InlineData("n: 10, percentage: 47.6, n_with_data: 19")]    // of the arm, although some have no data
    public void Quiet_ForAPossibleBaselinePercentage(string value) =>
        AnalyzerAssert.Passes(Baseline(value), Id);

    [Fact]
    public void Quiet_ForABaselinePercentageOfEyesWithoutItsOwnDenominator()
    {
        string yaml = Baseline("percentage: 47.5").Replace("- name: \"Women\"", "- name: \"Eyes with oedema\"\n      unit: eyes", StringComparison.Ordinal);
        AnalyzerAssert.Quiet(yaml, Id);
    }
}
