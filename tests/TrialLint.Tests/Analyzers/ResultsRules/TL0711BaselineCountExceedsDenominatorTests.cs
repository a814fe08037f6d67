using TrialLint.Analyzers.ResultsRules;

namespace TrialLint.Tests.Analyzers.ResultsRules;

public sealed class TL0711BaselineCountExceedsDenominatorTests
{
    private const string Id = "TL0711";

    // An arm of 21 in the baseline table; line 8 holds the characteristic's first line after its name.
    private const string Template = """
        format_version: 1
        arms:
          - id: active
        baseline:
          groups: [{arm: active, n: 21}]
          characteristics:
            - name: "Sex"
              BODY
        """;

    private static string Report(string body) => Template.Replace("BODY", body, StringComparison.Ordinal);

    private static string Categories(string female, string male, string extra = "") =>
        Report($$"""
            {{extra}}categories:
                    - name: Female
                      values: [{arm: active, {{female}}}]
                    - name: Male
                      values: [{arm: active, {{male}}}]
            """);

    [Fact]
    public void SupportedDiagnostics_MatchClassNamePrefix() =>
        AnalyzerAssert.SupportsOnlyOwnId(new TL0711BaselineCountExceedsDenominator());

    [Fact]
    public void Fires_ForACountAboveTheArm()
    {
        var finding = AnalyzerAssert.Single(Report("values: [{arm: active, n: 23}]"), Id, line: 8, column: 33);

        Assert.Equal("In baseline characteristic 'Sex', arm 'active': 23 counted, but only 21 participants in the arm's baseline; check the count and its denominator", finding.Message);
        Assert.Equal("/baseline/characteristics/0/values/0/n", finding.Location.Pointer.ToString());
    }

    [Fact]
    public void Fires_ForParticipantsWithDataAboveTheArm() =>
        AnalyzerAssert.Single(Report("values: [{arm: active, n: 3, n_with_data: 22}]"), Id, line: 8, column: 49);

    [Fact]
    public void Fires_ForCountsAboveTheirOwnDenominator() =>
        AnalyzerAssert.Single(Report("values: [{arm: active, n: 19, n_with_data: 18}]"), Id, line: 8, column: 33);

    [Fact]
    public void Fires_ForCategoriesAddingUpToMoreThanTheArm()
    {
        var finding = AnalyzerAssert.Single(Categories("n: 12", "n: 11"), Id, line: 8, column: 7);

        Assert.Contains("its 2 categories add up to 23 participants, but only 21 participants in the arm's baseline", finding.Message, StringComparison.Ordinal);
        Assert.Equal("/baseline/characteristics/0/categories", finding.Location.Pointer.ToString());
    }

    [Fact]
    public void Fires_ForPercentagesAddingUpToMoreThan100BeyondRounding() =>
        AnalyzerAssert.Single(Categories("percentage: 52.4", "percentage: 48.0"), Id, line: 8, column: 7);

    [Theory]
    [InlineData("n: 10, percentage: 47.6", "n: 11, percentage: 52.4")]
    [InlineData("percentage: 50.05", "percentage: 50.0")]   // 100.05: within the rounding of two percentages
    [InlineData("percentage: 48", "percentage: 53")]       // 101 with no decimals: each may be up by 0.5
    [InlineData("n: 10", "n: 9")]                           // missing data: fewer than the arm is fine
    public void Quiet_ForCategoriesThatFit(string female, string male) =>
        AnalyzerAssert.Passes(Categories(female, male), Id);

    [Fact]
    public void Quiet_ForCategoriesAParticipantCanBeInSeveralOf() =>
        AnalyzerAssert.Passes(Categories("n: 15", "n: 14", "exclusive: false\n      "), Id);

    [Fact]
    public void Quiet_ForCountsOfSomethingOtherThanParticipants() =>
        AnalyzerAssert.Quiet(Report("unit: eyes\n      values: [{arm: active, n: 40}]"), Id);

    [Fact]
    public void Quiet_ForCategoriesOfDifferentDenominators() =>
        AnalyzerAssert.Passes(Categories("n: 12, n_with_data: 20", "n: 11, n_with_data: 21"), Id);

    [Fact]
    public void NotApplicable_WithoutCountsOrPercentages() =>
        AnalyzerAssert.NotApplicable(Report("values: [{arm: active, mean: 63.2, sd: 8.1}]"), Id);
}
