using TrialLint.Analyzers.ResultsRules;

namespace TrialLint.Tests.Analyzers.ResultsRules;

/// <summary>The percentages TL0713 reads with their numbers, and its GRIM verdict on them.</summary>
public sealed class TL0713ProsePercentageImpossibleTests
{
    [Fact]
    public void SupportedDiagnostics_MatchClassNamePrefix() =>
        AnalyzerAssert.SupportsOnlyOwnId(new TL0713ProsePercentageImpossible());

    [Fact]
    public void Fires_at_the_percentage_inside_a_folded_abstract()
    {
        var finding = AnalyzerAssert.Single("format_version: 1\ndesign: {randomised: true}\narms: [{id: a}, {id: b}]\nabstract: >-\n  A reduction occurred\n  in 42/99 (43.4%) participants.\n", "TL0713", line: 6, column: 13);
        Assert.Contains("42 of 99 is 42.4%, not 43.4%", finding.Message, StringComparison.Ordinal);
    }

    private static string Verdicts(string text) =>
        string.Join("; ", ProsePercentages.Read(text).Select(p => $"{p.Written}: {(TL0713ProsePercentageImpossible.Problem(p) is null ? "possible" : "impossible")}"));

    [Theory]
    // seeds/example-randomised.trial.yaml (illustrative)
    [InlineData("A 50% or greater reduction occurred in 42/99 (42.4%) and 25/98 (25.5%) participants.", "42/99 (42.4%): possible; 25/98 (25.5%): possible")]
    [InlineData("Serious adverse events occurred in 3 of 99 participants (3.0%).", "3 of 99 (3.0%): possible")]
    [InlineData("42/99 (43.4%)", "42/99 (43.4%): impossible")]
    [InlineData("33.3% of 20 participants", "33.3% of 20: impossible")]
    [InlineData("35% of 20 participants", "35% of 20: possible")]
    [InlineData("occurred in 7 (35%) participants", "7 (35%): possible")]
    [InlineData("occurred in 7 (36%) participants", "7 (36%): impossible")]
    [InlineData("36% (7) participants", "36% (7): impossible")]
    [InlineData("40% (8/20)", "40% (8/20): possible")]
    // RECOVERY tocilizumab, Lancet 2021;397:1637-45 (abstract)
    [InlineData("Overall, 621 (31%) of the 2022 patients allocated tocilizumab and 729 (35%) of the 2094 patients allocated to usual care died within 28 days (rate ratio 0·85; 95% CI 0·76–0·94; p=0·0028).", "621 (31%) of 2022: possible; 729 (35%) of 2094: possible")]
    public void Reads(string text, string expected) => Assert.Equal(expected, Verdicts(text));

    [Theory]
    // confidence levels, percentage points, doses, changes
    [InlineData("difference 16.9 percentage points, 95% CI 3.9 to 29.9")]
    [InlineData("the rate ratio was 0.85 (95% CI 0.76 to 0.94)")]
    [InlineData("mean change 12 (35%) from baseline")]
    [InlineData("5% of 20 mg")]
    public void StaysQuiet(string text) => Assert.Equal("", Verdicts(text));
}
