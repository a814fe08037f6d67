using TrialLint.Analyzers.ResultsRules;

namespace TrialLint.Tests.Analyzers.ResultsRules;

/// <summary>TL0712 end to end: the ALS seed's article sentence against the seed's flow (8 enrolled).</summary>
public sealed class TL0712ProseNumberDiffersFromDataTests
{
    private const string Id = "TL0712";

    // CenterWatch, 4 May 2015 (shared/seeds/000_fa4412db1eed5d37.txt); the flow of seeds/als-phase1-msc.trial.yaml.
    private const string Report = """
        format_version: 1
        design: {randomised: false, type: single-arm}
        arms: [{id: msc}]
        abstract: >-
          WORD patients with definite or probable ALS were enrolled in the new study,
          although one died shortly after enrollment.
        flow:
          enrolled: 8
          periods:
            - id: treatment
              groups: [{arm: msc, allocated: 8, received: 7}]
        """;

    [Fact]
    public void SupportedDiagnostics_MatchClassNamePrefix() =>
        AnalyzerAssert.SupportsOnlyOwnId(new TL0712ProseNumberDiffersFromData());

    [Fact]
    public void Passes_on_the_article_as_written() =>
        AnalyzerAssert.Passes(Report.Replace("WORD", "Eight", StringComparison.Ordinal), Id);

    [Fact]
    public void Fires_at_the_planted_word_with_both_numbers()
    {
        var finding = AnalyzerAssert.Single(Report.Replace("WORD", "Nine", StringComparison.Ordinal), Id, line: 5, column: 3);
        Assert.Equal("The abstract says nine enrolled; the flow gives 8 enrolled: correct whichever is wrong", finding.Message);
    }
}
