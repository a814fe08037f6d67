using TrialLint.Analyzers.ResultsRules;

namespace TrialLint.Tests.Analyzers.ResultsRules;

/// <summary>
/// What the prose reader of TL0712 reads, and what it leaves alone. The wordings are those of real abstracts and
/// registry records where a source is named.
/// </summary>
public sealed class ProseClaimsTests
{
    private static string Read(string text) =>
        string.Join("; ", ProseClaims.Read(text).Select(c => $"{c.Quantity} {c.Bound} {string.Join(",", c.Numbers.Select(n => n.Value))}{(c.EachArm ? " each" : "")}{(c.AboutAnArm ? " arm" : "")}"));

    [Theory]
    // seeds/example-randomised.trial.yaml (illustrative)
    [InlineData("Results: 200 participants were randomised (100 per arm); 99 and 98 were analysed.", "Randomised Exact 200; Analysed Exact 99,98")]
    // CenterWatch, 4 May 2015 (the ALS seed's article)
    [InlineData("Eight patients with definite or probable ALS were enrolled in the new study, although one died shortly after enrollment.", "Enrolled Exact 8")]
    [InlineData("We randomly assigned 120 patients to receive the drug or placebo.", "Randomised Exact 120")]
    [InlineData("A total of 1,553 patients were randomised.", "Randomised Exact 1553")]
    [InlineData("About 120 patients were enrolled.", "Enrolled About 120")]
    [InlineData("Between 110 and 120 patients were randomised.", "Randomised Range 110,120")]
    [InlineData("We enrolled between 110 and 120 patients.", "Enrolled Range 110,120")]
    [InlineData("More than 100 participants were enrolled.", "Enrolled MoreThan 100")]
    [InlineData("Serious adverse events occurred in 3/99 and 2/100 participants; no deaths.", "SeriousParticipants Exact 3,2; Deaths Exact 0")]
    [InlineData("No serious adverse events were observed during this period.", "SeriousParticipants Exact 0")]
    [InlineData("Seven of eight patients completed the study.", "Completed Exact 7")]
    [InlineData("Two patients were lost to follow-up.", "LostToFollowUp Exact 2")]
    [InlineData("Three patients died.", "Deaths Exact 3")]
    [InlineData("There were 3 deaths.", "Deaths Exact 3")]
    [InlineData("Of the 200 randomised participants, 197 were included in the primary analysis.", "Analysed Exact 197")]
    [InlineData("4 patients had a serious adverse event.", "SeriousParticipants Exact 4")]
    [InlineData("60 patients were randomised to each group.", "Randomised Exact 60 each arm")]
    [InlineData("Serious adverse events occurred in 3 of 99 participants (3.0%) with exemplotide and 2 of 100 (2.0%) with placebo; no deaths.", "SeriousParticipants Exact 3,2; Deaths Exact 0")]
    // ACTT-1, Beigel et al., N Engl J Med 2020;383:1813-26 (abstract)
    [InlineData("A total of 1062 patients underwent randomization (with 541 assigned to remdesivir and 521 to placebo).", "Randomised Exact 1062")]
    [InlineData("Serious adverse events were reported in 131 of the 532 patients who received remdesivir (24.6%) and in 163 of the 516 patients who received placebo (31.6%).", "SeriousParticipants Exact 131,163")]
    // thousands separated by a space, as The Lancet writes them
    [InlineData("20 211 adult trauma patients were randomly assigned to tranexamic acid or placebo.", "Randomised Exact 20211")]
    public void Reads(string text, string expected) => Assert.Equal(expected, Read(text));

    [Theory]
    // a subgroup
    [InlineData("Of the 120 patients enrolled, of whom 40 were women, ...", "Enrolled Exact 120")]
    [InlineData("Of these, 40 were analysed.", "")]
    // a time point
    [InlineData("At 12 months, 50 patients remained in the study and 48 were analysed.", "")]
    // a plan
    [InlineData("We planned to enrol 120 patients.", "")]
    [InlineData("A sample size of 120 patients was required to detect a difference.", "")]
    // screening
    [InlineData("Of 300 patients screened, 120 were randomised.", "")]
    // another study (CenterWatch, 4 May 2015)
    [InlineData("Randomized, semi-doubleblind, controlled phase II clinical data on 72 ALS patients, which recently was submitted to the Korean FDA, will be released in the near future.", "")]
    // doses, ages, years, intervals
    [InlineData("Adults aged 18 to 65 years received 140 mg every 4 weeks (3 doses).", "")]
    [InlineData("MSCs were isolated from each patient's bone marrow two times, at an interval of 26 days.", "")]
    [InlineData("Between 2010 and 2012, patients were randomised 1:1.", "")]
    // qualified deaths and events
    [InlineData("Two patients died of sepsis.", "")]
    [InlineData("One died shortly after enrollment.", "")]
    [InlineData("3 patients had treatment-related serious adverse events.", "")]
    [InlineData("Serious adverse events considered related to the study drug occurred in 2 patients.", "")]
    // received something other than the intervention
    [InlineData("12 patients received rescue medication.", "")]
    // subgroups named between the number and the people
    [InlineData("40 female patients were randomised.", "")]
    [InlineData("The remaining 20 patients were analysed.", "")]
    // RECOVERY tocilizumab, Lancet 2021;397:1637-45 (abstract): a part of a platform trial, a subgroup, N's participle
    [InlineData("Between April 23, 2020, and Jan 24, 2021, 4116 adults of 21 550 patients enrolled into the RECOVERY trial were included in the assessment of tocilizumab, including 3385 (82%) patients receiving systemic corticosteroids.", "")]
    [InlineData("Overall, 621 (31%) of the 2022 patients allocated tocilizumab and 729 (35%) of the 2094 patients allocated to usual care died within 28 days (rate ratio 0·85; 95% CI 0·76–0·94; p=0·0028).", "")]
    // NCT01492088 and NCT03037580 (ClinicalTrials.gov detailed descriptions): a portion of the study, an interim event
    [InlineData("In the phase 1 portion of the study, 12 participants were enrolled to receive brentuximab vedotin.", "")]
    [InlineData("A subsequent Data Monitoring Committee meeting, which occurred after 75 subjects had been enrolled, increased the maximum allowable dose to 6 mg TID.", "")]
    public void StaysQuiet(string text, string expected) => Assert.Equal(expected, Read(text));
}
