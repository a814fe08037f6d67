using TrialLint.Registry;

namespace TrialLint.Tests.Registry;

/// <summary>The hard cases of matching a reported outcome with a registered one, and of comparing time frames.</summary>
public sealed class OutcomeMatchingTests
{
    [Theory]
    // An abbreviation against its full name: defined in either text, or only by its initials.
    [InlineData("Change in ALSFRS-R", "Change in ALS Functional Rating Scale–Revised (ALSFRS-R)")]
    [InlineData("Change in ALS Functional Rating Scale–Revised (ALSFRS-R)", "ALSFRS-R change from baseline")]
    [InlineData("ALSFRS-R", "ALS Functional Rating Scale–Revised")]
    [InlineData("Forced vital capacity", "FVC")]
    // Reordered words, punctuation, plurals.
    [InlineData("Change from baseline in monthly migraine days", "Monthly migraine days: change from baseline")]
    [InlineData("Number of participants with serious adverse events", "Serious adverse event: number of participants")]
    // Reworded with generic words.
    [InlineData("Incidence of serious adverse events", "Number of participants with serious adverse events")]
    [InlineData("Change in HbA1c at week 24", "Change from baseline in HbA1c")]
    public void Matches_the_same_outcome_in_other_words(string reported, string registered)
    {
        var similarity = OutcomeMatching.Compare(reported, registered);

        Assert.True(similarity.IsMatch, $"{similarity.Score}: {similarity.How}");
    }

    [Theory]
    // Similar words, different outcomes.
    [InlineData("Change in forced vital capacity (FVC)", "Change in slow vital capacity (SVC)")]
    [InlineData("Overall survival", "Progression-free survival")]
    [InlineData("Serious adverse events", "Adverse events")]
    [InlineData("Time to death or permanent ventilation", "Time to death")]
    [InlineData("Change in ALSFRS-R bulbar subscore", "Change in ALSFRS-R total score")]
    [InlineData("FVC", "SVC")]
    public void Does_not_match_a_different_outcome_with_similar_words(string reported, string registered)
    {
        var similarity = OutcomeMatching.Compare(reported, registered);

        Assert.False(similarity.IsMatch, $"{similarity.Score}: {similarity.How}");
    }

    [Fact]
    public void Says_how_it_matched()
    {
        Assert.Equal("the same wording, ignoring case and punctuation", OutcomeMatching.Compare("Overall survival.", "overall Survival").How);
        Assert.Equal("the same words in another order", OutcomeMatching.Compare("Monthly migraine days, change", "Change in monthly migraine days").How);
        var abbreviation = OutcomeMatching.Compare("ALSFRS-R", "ALS Functional Rating Scale–Revised");
        Assert.Equal(1.0, abbreviation.Score);
        Assert.Contains("ALSFRS-R read as \"ALS Functional Rating Scale Revised\", whose initials it is", abbreviation.How, StringComparison.Ordinal);
        var defined = OutcomeMatching.Compare("Change in ALSFRS-R total score", "Change in ALS Functional Rating Scale–Revised (ALSFRS-R) score");
        Assert.Equal("word-set similarity 0.95, at least the threshold 0.75; ALSFRS-R read as \"ALS Functional Rating Scale Revised\", which one of the texts defines", defined.How);
    }

    [Fact]
    public void Pairs_each_outcome_once_best_match_first()
    {
        var pairs = OutcomeMatching.Match(
            ["Serious adverse events", "Change in ALSFRS-R", "Change in SVC"],
            ["ALS Functional Rating Scale–Revised (ALSFRS-R) change", "Incidence of serious adverse events", "Change in forced vital capacity (FVC)"]);

        Assert.Equal([(0, 1), (1, 0)], pairs.Select(p => (p.Reported, p.Registered)).OrderBy(p => p.Reported));
    }

    [Theory]
    [InlineData("6 months", "24 weeks", true)]
    [InlineData("6 months", "26 weeks", true)]
    [InlineData("24 weeks", "26 weeks", true)]
    [InlineData("Week 24", "6 months after randomisation", true)]
    [InlineData("1 year", "52 weeks", true)]
    [InlineData("12 months", "48 weeks", true)]
    [InlineData("6 months", "4 months", false)]
    [InlineData("6 months", "12 weeks", false)]
    [InlineData("Baseline, 4 and 6 months", "6 months", true)]
    public void Time_frames_in_other_units_are_the_same_time(string a, string b, bool same)
    {
        Assert.Equal(same, TimeFrames.Same(a, b));
    }

    [Fact]
    public void A_time_frame_without_a_duration_cannot_be_compared()
    {
        Assert.Null(TimeFrames.Same("At discharge", "6 months"));
        Assert.Equal([5.5], TimeFrames.Months("week 24").Select(m => Math.Round(m, 1)));
    }
}

/// <summary>The examples table of docs/registry.md ("How outcomes are matched"), with its similarities.</summary>
public sealed class OutcomeMatchingDocumentationTests
{
    [Theory]
    [InlineData("Change in ALSFRS-R total score", "Change in ALS Functional Rating Scale–Revised (ALSFRS-R) score", 0.95)]
    [InlineData("ALSFRS-R", "ALS Functional Rating Scale–Revised", 1.00)]
    [InlineData("Monthly migraine days: change from baseline", "Change from baseline in monthly migraine days", 1.00)]
    [InlineData("Incidence of serious adverse events", "Number of participants with serious adverse events", 0.80)]
    [InlineData("Change in slow vital capacity (SVC)", "Change in forced vital capacity (FVC)", 0.53)]
    [InlineData("Serious adverse events", "Adverse events", 0.67)]
    [InlineData("Overall survival", "Progression-free survival", 0.31)]
    public void The_documented_examples_have_the_documented_similarity(string reported, string registered, double score)
    {
        Assert.Equal(score, TrialLint.Registry.OutcomeMatching.Compare(reported, registered).Score);
    }
}
