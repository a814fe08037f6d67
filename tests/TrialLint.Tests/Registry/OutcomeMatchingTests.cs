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

    /// <summary>
    /// The rewordings of issue 17, each on the title of a real registration (CrossCheckPairs/records): the report's
    /// words on the left, the registry's on the right. Each gave TL0608 before the matcher read them.
    /// </summary>
    [Theory]
    // The abbreviation defined the other way round (NCT04916470, NCT01270139), or first and expanded in parentheses.
    [InlineData("Change in Kansas City Cardiomyopathy Questionnaire clinical summary score", "Change in KCCQ (Kansas City Cardiomyopathy Questionnaire) clinical summary score")]
    [InlineData("KCCQ-CSS: change from baseline to week 52", "Change in KCCQ (Kansas City Cardiomyopathy Questionnaire) clinical summary score")]
    [InlineData("Survival free of major adverse cardiovascular events", "MACE (Major Adverse Cardiovascular Events)-Free Survival")]
    [InlineData("MACE-free survival at 5 years", "MACE (Major Adverse Cardiovascular Events)-Free Survival")]
    // An abbreviation defined by letters that are not all initials (NCT00406848), or starting with a digit (NCT03037580).
    [InlineData("Change in HAMD-17 Maier subscale score at week 13", "Change From Baseline to 13 Weeks in Hamilton Depression Rating Scale (HAMD-17) Maier Subscale")]
    [InlineData("Change from baseline in six-minute walk distance (6MWD) at week 24", "Change in 6MWD From Baseline to Week 24")]
    // A multi-word abbreviation in parentheses (NCT07053475).
    [InlineData("Change in six-minute walk distance (6 MW distance)", "Change in 6-Minute Walk Distance")]
    [InlineData("Change in 6 MW distance (m) at week 12", "Change in 6-Minute Walk Distance")]
    // Units and measurement details added to a short title, or a short title for a long one (NCT01648582, NCT01790594, NCT02291237).
    [InlineData("HbA1c", "Change From Baseline in Glycosylated Hemoglobin (HbA1c) at 26 Weeks")]
    [InlineData("Glycated haemoglobin HbA1c (%)", "Change From Baseline in Glycosylated Hemoglobin (HbA1c) at 26 Weeks")]
    [InlineData("eGFR (CKD-EPI, mL/min/1.73 m2) at 52 weeks after transplantation", "Mean Estimated Glomerular Filtration Rate (eGFR) Calculated for Each Treatment Group Using the CKD-EPI Equation at Wk 52 Post-Transplant")]
    [InlineData("Change in peak VO2 from baseline to week 24", "Change in Peak Oxygen Uptake (VO2) Achieved During Cardiopulmonary Exercise Testing (CPET) From Baseline to Week 24")]
    [InlineData("Change in LVEF at 12 months", "Change in Left Ventricular Ejection Fraction (LVEF) from baseline to 12 months of therapy as measured by echocardiography (Echo).")]
    [InlineData("Total morphine consumption in the first 24 h after surgery", "Cumulative morphine consumption")]
    // Word forms and common clinical synonyms (NCT00406848, NCT00430716, NCT03453268, NCT03832660).
    [InlineData("Change from baseline in depressive symptoms on the Maier subscale of the Hamilton Depression Rating Scale", "Change From Baseline to 13 Weeks in Hamilton Depression Rating Scale (HAMD-17) Maier Subscale")]
    [InlineData("Change in 6-minute walk distance at week 12", "Change From Baseline in the Total Distance Walked During 6-Minute Walk Test (6MWT) at Week 12")]
    [InlineData("Death from any cause", "All-cause mortality")]
    [InlineData("Peak oxygen uptake", "Peak Oxygen Consumption (ml/kg/min)")]
    [InlineData("Serum N-terminal pro-B-type natriuretic peptide concentration", "Serum NT-proBNP Level")]
    // Objective-style registry titles, the arms compared, and time points written as words (NCT06317051, NCT00585611, NCT02805465).
    [InlineData("Weight reduction with dapagliflozin vs placebo at 24 weeks", "To assess the impact of dapagliflozin vs. placebo on weight reduction")]
    [InlineData("Change from baseline in body mass index at 12 months", "To assess changes from baseline in body mass index at 12M")]
    [InlineData("Change in carotid-femoral pulse wave velocity", "Change in Carotid-femoral Pulse Wave Velocity (CFPWV) in the Statin Treated vs. Control Group")]
    [InlineData("Change in left ventricular ejection fraction from baseline to 18 months", "Change of LVEF(%) from baseline in HBP and BiV Group")]
    [InlineData("Change in LVEF from baseline to 12 months", "Change in Left Ventricular (LV) Systolic Function Expressed as Left Ventricular Ejection Fraction (LVEF) Between Baseline and 12-month Follow-up")]
    [InlineData("Change in HbA1c at Wk 12", "HbA1c change from baseline to D84")]
    public void Matches_real_registered_outcomes_reworded_as_papers_do(string reported, string registered)
    {
        var similarity = OutcomeMatching.Compare(reported, registered);

        Assert.True(similarity.IsMatch, $"{similarity.Score}: {similarity.How}\n{OutcomeMatching.Explain(reported, registered)}\n{OutcomeMatching.Explain(registered, reported)}");
    }

    [Theory]
    // Switches among the real registrations' own outcomes (NCT06469645, NCT04542785, NCT03832660, NCT03453268) stay switches.
    [InlineData("Change in indexed left ventricular mass", "Change in indexed extracellular volume (iECV)")]
    [InlineData("Short Form-36 (SF-36) mental component score", "Short Form-36 (SF-36) physical component score")]
    [InlineData("LVEF (%)", "Peak Oxygen Consumption (ml/kg/min)")]
    [InlineData("Cause of death", "All-cause mortality")]
    [InlineData("Change in HbA1c", "2h plasma glucose on an oral glucose tolerance test (OGTT)")]
    public void Does_not_match_another_outcome_of_the_same_registration(string reported, string registered)
    {
        var similarity = OutcomeMatching.Compare(reported, registered);

        Assert.False(similarity.IsMatch, $"{similarity.Score}: {similarity.How}");
    }

    [Theory]
    [InlineData("Serious adverse events", "Adverse events", true)]
    [InlineData("Change in slow vital capacity (SVC)", "Change in forced vital capacity (FVC)", false)]
    [InlineData("Overall survival", "Progression-free survival", false)]
    public void A_close_but_not_matching_title_is_uncertain(string reported, string registered, bool uncertain)
    {
        Assert.Equal(uncertain, OutcomeMatching.Compare(reported, registered).IsUncertain);
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
        Assert.Equal("word-set similarity 0.98, at least the threshold 0.75; ALSFRS-R read as \"ALS Functional Rating Scale Revised\", which one of the texts defines", defined.How);
    }

    /// <summary>
    /// The rewordings of the held-out pairs (CrossCheckPairs/heldout.yaml, session 5), on the titles of their real
    /// registrations: each gave TL0608 (most as an error) with the matcher of session 4.
    /// </summary>
    [Theory]
    // British -ise/-isation (NCT06405555), a hyphenated prefix (NCT02531490), -ful (NCT03826186).
    [InlineData("Randomisation proportion", "Randomization proportion")]
    [InlineData("Pre-eclampsia", "number of patients with preeclampsia")]
    [InlineData("Thoracic epidural catheter placement success", "Number of Participants With Successful Thoracic Epidural Catheter Placement")]
    // An abbreviation written with and without a hyphen, or in the plural (NCT06593314, NCT06956807).
    [InlineData("Frequency of sodium-glucose cotransporter 2 inhibitor (SGLT2i) prescription at outpatient clinic visits over 3 months", "Frequency of prescription of SGLT-2i medication at outpatient clinic visits over 3 months follow-up")]
    [InlineData("Major adverse cardiac and cerebrovascular events (MACCE) during the first year", "combination of MACCEs at all follow up visits during the first year after treatment")]
    // An abbreviation with a numeral (NCT06126991); E/e' and E/Ea (NCT01714752); freedom from (NCT05367037).
    [InlineData("Acute Physiology and Chronic Health Evaluation II (APACHE II) score at day 7", "APACHE II on Day 7")]
    [InlineData("E/e' ratio during exercise", "E/Ea ratio")]
    [InlineData("Freedom from persistent atrial fibrillation (PeAF)", "PeAF Free")]
    // "All-cause" is what death without a cause means (NCT04573751); the phases compared are not the outcome (NCT02840799).
    [InlineData("All-cause mortality (%)", "Mortality")]
    [InlineData("Peak VO2 (mL/kg/min)", "Difference in Peak Oxygen Consumption (Vo2) Between KNO3 and KCl Phases")]
    // A composite in other words (NCT03476590, NCT02454439); the brief's MACE example.
    [InlineData("Composite of cardiovascular death or hospitalisation for worsening heart failure", "cardiovascular death and/or hospitalization for worsening heart failure (HF).")]
    [InlineData("Composite of all-cause death and heart failure hospitalisation at 12 months (average z-score)", "Composite of 2 clinical endpoints combined (12 months all-cause deaths and percentage of hospitalizations for HF at 12 months) combined using an average z-score.")]
    [InlineData("MACE (death, MI, stroke)", "Composite of death, myocardial infarction or stroke")]
    public void Matches_held_out_rewordings_of_real_registrations(string reported, string registered)
    {
        var similarity = OutcomeMatching.Compare(reported, registered);

        Assert.True(similarity.IsMatch, $"{similarity.Score}: {similarity.How}");
    }

    /// <summary>A registered outcome is read with its description (held-out pairs; the records' own titles and descriptions).</summary>
    [Theory]
    // Words the description gives are details (NCT06312748, NCT04860011).
    [InlineData("Brachial artery flow-mediated dilatation", "Flow-mediated dilation (FMD)", "Peak change in brachial artery diameter (%)")]
    [InlineData("Diuretic effect (mean change in weight, kg)", "Diuretic effect", "Diuretic effect, as assessed by mean change in weight")]
    // A generic title says what it is in the description (NCT04889872, NCT05367037); a title carrying its definition (NCT01087996).
    [InlineData("Composite of death and heart failure hospitalisation or event", "Primary Effectiveness Endpoint", "Non-hierarchical composite of death, and heart failure hospitalization or event")]
    [InlineData("Composite of cardiovascular death, heart failure, or upgrade to conduction system or biventricular pacing", "Clinical composite outcome", "Composite outcome based on the occurrence of one or more of the events: Death from cardiovascular disease, or heart failure, or pacing system upgrading to the conduction system pacing (CSP) or to the biventricular pacing (BVP).")]
    [InlineData("Incidence of treatment-emergent serious adverse events (TE-SAEs) at one month", "Incidence of TE-SAE Define as Composite of Death, Non-fatal MI, Stroke, Hospitalization for Worsening Heart Failure, Cardiac Perforation", null)]
    // The components listed in a later sentence of the description (NCT06956807).
    [InlineData("Composite of all-cause death, myocardial infarction, heart failure hospitalisation, cardiac tamponade or constriction, ventricular tachycardia or fibrillation, and stroke", "combination of MACCEs at all follow up visits during the first year after treatment", "combination of MACCEs at all follow up visits during the first year after treatment (after surgery, at 1, 3, 6, 9 and 12 months). MACCEs are defined as all cause death, myocardial infarction requiring target vessel revascularisation, hospitalisation for heart failure, cardiac tamponade or pericardial constriction, sustained ventricular tachycardia, ventricular fibrillation, and stroke.")]
    public void Reads_the_registered_description(string reported, string registered, string? description)
    {
        var similarity = OutcomeMatching.Compare(reported, registered, description);

        Assert.True(similarity.IsMatch, $"{similarity.Score}: {similarity.How}");
    }

    /// <summary>
    /// A composite primary replaced by one of its components, or by another composite, is a switch, whatever the
    /// words share (held-out pairs); and not even uncertain, so TL0608 stays an error.
    /// </summary>
    [Theory]
    [InlineData("Cardiovascular death", "cardiovascular death and/or hospitalization for worsening heart failure (HF).", null)]
    [InlineData("Hospitalisation for worsening heart failure", "cardiovascular death and/or hospitalization for worsening heart failure (HF).", null)]
    [InlineData("Heart failure hospitalization", "Primary Effectiveness Endpoint", "Non-hierarchical composite of death, and heart failure hospitalization or event")]
    [InlineData("Death", "Composite of death, myocardial infarction or stroke", null)]
    [InlineData("Cardiovascular death", "Clinical composite outcome", "Composite outcome based on the occurrence of one or more of the events: Death from cardiovascular disease, or heart failure, or pacing system upgrading to the conduction system pacing (CSP) or to the biventricular pacing (BVP).")]
    public void A_component_is_not_its_composite(string reported, string registered, string? description)
    {
        var similarity = OutcomeMatching.Compare(reported, registered, description);

        Assert.False(similarity.IsMatch || similarity.IsUncertain, $"{similarity.Score}: {similarity.How}");
    }

    [Fact]
    public void A_composite_with_another_component_is_another_composite()
    {
        // NCT04889872: its secondary "Death, stroke, or heart failure hospitalization" in place of the primary composite.
        var similarity = OutcomeMatching.Compare("Death, stroke, or heart failure hospitalization", "Primary Effectiveness Endpoint", "Non-hierarchical composite of death, and heart failure hospitalization or event");

        Assert.False(similarity.IsMatch, $"{similarity.Score}: {similarity.How}");
    }

    [Fact]
    public void Outcomes_registered_at_several_times_pair_by_their_time_frames()
    {
        // NCT04860011: "Diuretic effect" at 48, 72 and 96 hours; the report rewords the first.
        var pairs = OutcomeMatching.Match(
            ["Diuretic effect (mean change in weight, kg)", "Diuretic effect", "Diuretic effect"],
            ["Diuretic effect", "Diuretic effect", "Diuretic effect"],
            ["Diuretic effect, as assessed by mean change in weight", "Diuretic effect, as assessed by mean change in weight", "Diuretic effect, as assessed by mean change in weight"],
            ["from randomisation to 48 hours", "from randomisation to 72 hours", "from randomisation to 96 hours"],
            ["from randomisation to 48 hours", "from randomisation to 72 hours", "from randomisation to 96 hours"]);

        Assert.Equal([(0, 0), (1, 1), (2, 2)], pairs.Select(p => (p.Reported, p.Registered)).OrderBy(p => p.Reported));
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
    // Number words (NCT00865124 "Baseline and six months", NCT01223703 "one year"), and short time frames in days or weeks.
    [InlineData("Baseline and six months", "6 months", true)]
    [InlineData("Baseline and six months", "Baseline and 12 months", false)]
    [InlineData("one year", "12 months", true)]
    [InlineData("three months", "90 days", true)]
    [InlineData("twenty-four weeks", "6 months", true)]
    [InlineData("Week 4", "Week 2", false)]
    [InlineData("2 weeks", "14 days", true)]
    [InlineData("2 weeks", "1 week", false)]
    [InlineData("24 hours postoperative", "48 hours postoperative", false)]
    [InlineData("24 hours", "1 day", true)]
    [InlineData("D28", "4 weeks", true)]
    [InlineData("4 months", "16 weeks", true)]
    // Lists of time points with one unit (NCT04944706): the longest counts.
    [InlineData("Baseline to weeks 12 and 24", "Baseline to 12 and 24 weeks", true)]
    [InlineData("Baseline to weeks 12 and 24", "Baseline to week 12", false)]
    [InlineData("Baseline to weeks 2,4,8,12,16,20 and 24", "24 weeks", true)]
    [InlineData("Baseline, Day 90", "3 months", true)]
    [InlineData("Day 90, 6 months", "6 months", true)]
    public void Time_frames_in_other_units_are_the_same_time(string a, string b, bool same)
    {
        Assert.Equal(same, TimeFrames.Same(a, b));
    }

    [Fact]
    public void A_time_frame_without_a_duration_cannot_be_compared()
    {
        Assert.Null(TimeFrames.Same("At discharge", "6 months"));
        Assert.Equal([5.5], TimeFrames.Months("week 24").Select(m => Math.Round(m, 1)));
        Assert.Equal([91.3], TimeFrames.Days("Baseline and three months").Select(d => Math.Round(d, 1)));
        Assert.Equal("6 months", TimeFrames.Describe(TimeFrames.Days("six months").Max()));
        Assert.Equal("2 weeks", TimeFrames.Describe(TimeFrames.Days("week 2").Max()));
        Assert.Equal("24 hours", TimeFrames.Describe(TimeFrames.Days("24 h").Max()));
    }
}

/// <summary>The examples table of docs/registry.md ("How outcomes are matched"), with its similarities.</summary>
public sealed class OutcomeMatchingDocumentationTests
{
    [Theory]
    [InlineData("Change in ALSFRS-R total score", "Change in ALS Functional Rating Scale–Revised (ALSFRS-R) score", 0.98)]
    [InlineData("ALSFRS-R", "ALS Functional Rating Scale–Revised", 1.00)]
    [InlineData("Monthly migraine days: change from baseline", "Change from baseline in monthly migraine days", 1.00)]
    [InlineData("Incidence of serious adverse events", "Number of participants with serious adverse events", 0.87)]
    [InlineData("Change in slow vital capacity (SVC)", "Change in forced vital capacity (FVC)", 0.51)]
    [InlineData("Serious adverse events", "Adverse events", 0.60)]
    [InlineData("Overall survival", "Progression-free survival", 0.25)]
    public void The_documented_examples_have_the_documented_similarity(string reported, string registered, double score)
    {
        Assert.Equal(score, TrialLint.Registry.OutcomeMatching.Compare(reported, registered).Score);
    }
}
