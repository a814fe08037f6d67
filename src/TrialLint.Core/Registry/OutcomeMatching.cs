using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TrialLint.Registry;

/// <summary>
/// Decides whether an outcome as reported is the outcome as registered, tolerating rewording but not a different
/// outcome. Both texts are read the same way (<see cref="Normalize"/>, <see cref="Words"/>):
/// <list type="number">
/// <item>what is not the outcome is taken out: an objective's wording ("To assess the impact of X vs. placebo on ..."),
/// the arms compared ("in the statin vs. control group", "for each treatment group"), number words are read as
/// numbers ("six-minute" as "6-minute"), and a few clinical names written in several ways are read as one
/// ("glycated/glycosylated haemoglobin" as HbA1c, "oxygen uptake/consumption" as VO2, "N-terminal pro-B-type/brain
/// natriuretic peptide" as NT-proBNP, "mortality" as "death");</item>
/// <item>abbreviations are expanded: one defined in any of the texts compared, after its long form ("ALS Functional
/// Rating Scale–Revised (ALSFRS-R)", "Hamilton Depression Rating Scale (HAMD-17)") or before it ("KCCQ (Kansas City
/// Cardiomyopathy Questionnaire)"), is read as its long form wherever it appears, and an abbreviation that is the
/// initials of a run of words in the other text ("ALSFRS-R" and "ALS Functional Rating Scale–Revised", "6 MW
/// distance" and "6-minute walk distance") is read as those words;</item>
/// <item>case, punctuation and dashes are ignored, British spellings and word forms reduced to a common stem
/// ("haemoglobin"/"hemoglobin", "depression"/"depressive", "walked"/"walk"), and numbers, time units and time points
/// ("12M", "Wk 12", "D28"), units of measurement ("%", "mL/min/1.73 m2") and small words (of, in, the ...) dropped,
/// since the time frame is compared separately;</item>
/// <item>the two sets of words are compared, so word order does not matter: the similarity is the weight of the words
/// both share divided by the weight of all their words (a weighted Jaccard index), where generic words of outcome
/// titles ("change", "baseline", "score", "number", "participants", "percentage", "composite", "concentration" ...) and
/// the words of how the outcome is measured ("as measured by echocardiography", "using the CKD-EPI equation") weigh a
/// quarter of the others.</item>
/// </list>
/// Two outcomes match when the similarity is at least <see cref="Threshold"/> (0.75). Sharing generic words is not
/// enough: "Change in forced vital capacity (FVC)" and "Change in slow vital capacity (SVC)" share "change", "vital"
/// and "capacity", but "forced" and "slow" weigh as much as those, and the similarity stays below the threshold.
/// Between <see cref="UncertainThreshold"/> (0.6) and the threshold the match is uncertain (<see cref="Similarity.IsUncertain"/>): the cross-checks then say so at a
/// lower severity instead of calling it a switch.
/// </summary>
public static partial class OutcomeMatching
{
    /// <summary>The least similarity at which two outcome titles are the same outcome.</summary>
    public const double Threshold = 0.75;

    /// <summary>The least similarity at which two titles that each have a weighty word the other lacks are the same outcome.</summary>
    public const double ReplacedThreshold = 0.85;

    /// <summary>The least similarity at which two outcome titles may be the same outcome (an uncertain match).</summary>
    public const double UncertainThreshold = 0.6;

    /// <summary>The weight of a generic word, or a word of how the outcome is measured, relative to the others.</summary>
    public const double GenericWeight = 0.1;

    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "in", "at", "on", "by", "as", "to", "from", "for", "and", "or", "with", "within", "per", "its",
        "their", "between", "after", "before", "during", "over", "up", "until", "into", "than", "is", "are", "was", "were",
        "be", "via", "using", "used", "who", "that", "which", "vs", "versus",
    };

    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "day", "week", "month", "year", "hour", "minute", "daily", "weekly", "monthly", "annual", "annually", "visit",
        "first", "second", "third", "last", "end", "final", "follow", "post", "wk", "wks", "mo", "mth", "mths", "yr", "yrs",
        "hr", "hrs", "h", "d", "min", "mins", "timepoint", "time-point",
    };

    // Units of measurement: "(%)", "(mL/min/1.73 m2)", "(pg/mL)", "(m)" say how a value is expressed, not what it is.
    private static readonly HashSet<string> UnitWords = new(StringComparer.Ordinal)
    {
        "ml", "dl", "l", "mg", "g", "kg", "mcg", "ug", "µg", "ng", "pg", "mmol", "umol", "µmol", "nmol", "mol", "mmhg", "cm", "mm",
        "m", "m2", "m3", "km", "bpm", "ms", "s", "sec", "iu", "u", "meq", "kpa", "points", "point", "unit", "units",
    };

    // Suffixes reduced, longest first: "echocardiographic"/"echocardiography", "depressive"/"depression", "walked"/"walking".
    private static readonly string[] Suffixes = ["ically", "fully", "ical", "ation", "ative", "ities", "ity", "ive", "ion", "ing", "ful", "ed", "ic", "al", "ly", "y", "e"];

    // Words of the same outcome written differently (after lower-casing): the first is read as the second.
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["mortality"] = "death", ["deaths"] = "death", ["died"] = "death", ["dying"] = "death", ["any"] = "all",
        ["echo"] = "echocardiography", ["haemoglobin"] = "hemoglobin", ["hb"] = "hemoglobin",
        // Clinical words of the same thing: a dilatation is a dilation, freedom from X is being free of X, stopping
        // treatment is discontinuing it.
        ["dilatation"] = "dilation", ["freedom"] = "free", ["stop"] = "discontinuation", ["stopping"] = "discontinuation",
        ["stopped"] = "discontinuation", ["cessation"] = "discontinuation", ["percentage"] = "proportion", ["percent"] = "proportion",
        ["hierarchical"] = "composite", ["nonhierarchical"] = "composite",
    };

    private static readonly HashSet<string> GenericWords = Stems(
        "change", "baseline", "score", "total", "number", "participant", "patient", "subject", "percentage", "percent",
        "proportion", "rate", "incidence", "mean", "median", "level", "measure", "measurement", "measured", "assessment",
        "assessed", "value", "time", "occurrence", "frequency", "count", "scale", "evaluation", "evaluated",
        "composite", "outcome", "endpoint", "cumulative", "concentration", "absolute", "relative", "test",
        "testing", "group", "difference", "primary", "secondary", "effect", "impact", "efficacy", "amount", "degree",
        "parameter", "result", "status", "serum", "plasma", "blood", "combined", "combination", "event", "stay", "medication");

    /// <summary>How one reported outcome relates to one registered outcome.</summary>
    /// <param name="Score">The similarity, 0 to 1.</param>
    /// <param name="How">How they match, in words ("same words in another order; ALSFRS-R read as ...").</param>
    public sealed record Similarity(double Score, string How)
    {
        /// <summary>Whether the two are the same outcome.</summary>
        public bool IsMatch => Score >= Threshold;

        /// <summary>Whether the two may be the same outcome reworded, but the words do not settle it.</summary>
        public bool IsUncertain => !IsMatch && Score >= UncertainThreshold;
    }

    /// <summary>A pair of matched outcomes: their indexes in the two lists and how they match.</summary>
    public sealed record Pair(int Reported, int Registered, Similarity Similarity);

    /// <summary>
    /// Pairs reported with registered outcomes, best match first, each used once; abbreviations defined in any of the
    /// texts are used for all of them. Unpaired indexes are the outcomes that do not match.
    /// </summary>
    public static IReadOnlyList<Pair> Match(IReadOnlyList<string> reported, IReadOnlyList<string> registered) => Match(reported, registered, null, null, null);

    /// <summary>
    /// Pairs reported with registered outcomes as <see cref="Match(IReadOnlyList{string}, IReadOnlyList{string})"/>,
    /// reading each registered outcome with its description (see <see cref="Compare(string, string, string?)"/>); of
    /// equally similar pairs, those whose time frames are the same time come first, so that outcomes registered
    /// several times with one title ("Diuretic effect" at 48, 72 and 96 hours) pair by their time frames.
    /// </summary>
    public static IReadOnlyList<Pair> Match(IReadOnlyList<string> reported, IReadOnlyList<string> registered, IReadOnlyList<string?>? descriptions, IReadOnlyList<string?>? reportedTimes, IReadOnlyList<string?>? registeredTimes)
    {
        ArgumentNullException.ThrowIfNull(reported);
        ArgumentNullException.ThrowIfNull(registered);
        var definitions = Definitions(reported.Concat(registered).Concat(descriptions?.OfType<string>() ?? []));
        var scores = new List<Pair>();
        for (int i = 0; i < reported.Count; i++)
            for (int j = 0; j < registered.Count; j++)
                scores.Add(new Pair(i, j, Compare(reported[i], registered[j], descriptions?[j], definitions)));
        bool SameTime(Pair p) => reportedTimes is not null && registeredTimes is not null && TimeFrames.Same(reportedTimes[p.Reported], registeredTimes[p.Registered]) == true;
        var pairs = new List<Pair>();
        var usedReported = new HashSet<int>();
        var usedRegistered = new HashSet<int>();
        foreach (var pair in scores.Where(p => p.Similarity.IsMatch).OrderByDescending(p => p.Similarity.Score).ThenByDescending(SameTime).ThenBy(p => p.Reported).ThenBy(p => p.Registered))
        {
            if (usedReported.Contains(pair.Reported) || usedRegistered.Contains(pair.Registered)) continue;
            usedReported.Add(pair.Reported);
            usedRegistered.Add(pair.Registered);
            pairs.Add(pair);
        }
        return pairs;
    }

    /// <summary>How similar two outcome titles are, with abbreviations defined in either.</summary>
    public static Similarity Compare(string reported, string registered) => Compare(reported, registered, null);

    /// <summary>
    /// How similar a reported outcome title is to a registered outcome read with its description: the registered
    /// title, the title without the definition it carries ("Incidence of TE-SAE defined as composite of ..."), and the
    /// description's first sentence when it is short (a generic title such as "Primary Effectiveness Endpoint" says
    /// what it is there) are each compared, and the best counts; words the reported title adds that the description
    /// gives ("brachial artery" for flow-mediated dilation, a definition's thresholds) weigh as details.
    /// </summary>
    public static Similarity Compare(string reported, string registered, string? description) =>
        Compare(reported, registered, description, Definitions(description is null ? [reported, registered] : [reported, registered, description]));

    /// <summary>The best similarity of a reported title to registered outcomes read with their descriptions.</summary>
    public static (int Index, Similarity Similarity)? ClosestRegistered(string reported, IReadOnlyList<string> registered, IReadOnlyList<string?> descriptions)
    {
        var definitions = Definitions(registered.Concat(descriptions.OfType<string>()).Append(reported));
        (int, Similarity)? best = null;
        for (int i = 0; i < registered.Count; i++)
        {
            var similarity = Compare(reported, registered[i], descriptions[i], definitions);
            if (best is null || similarity.Score > best.Value.Item2.Score) best = (i, similarity);
        }
        return best;
    }

    /// <summary>The best similarity of reported titles to one registered outcome read with its description.</summary>
    public static (int Index, Similarity Similarity)? ClosestReported(string registered, string? description, IReadOnlyList<string> reported)
    {
        var definitions = Definitions(reported.Append(registered).Append(description ?? ""));
        (int, Similarity)? best = null;
        for (int i = 0; i < reported.Count; i++)
        {
            var similarity = Compare(reported[i], registered, description, definitions);
            if (best is null || similarity.Score > best.Value.Item2.Score) best = (i, similarity);
        }
        return best;
    }

    private static Similarity Compare(string reported, string registered, string? description, IReadOnlyDictionary<string, string> definitions)
    {
        string normalReported = Normalize(reported);
        var context = Words(Expand(Normalize(registered) + " " + Normalize(description ?? ""), normalReported, definitions, [])).Select(w => w.Word).ToHashSet(StringComparer.Ordinal);
        var best = Compare(reported, registered, definitions, string.IsNullOrWhiteSpace(description) ? null : context);
        if (best.IsMatch && best.Score >= ReplacedThreshold) return best;
        var alternatives = new List<(string Text, string What, bool CompositeOnly)>();
        string untold = DefinitionTail().Replace(registered, "").Trim();
        if (untold.Length > 0 && untold != registered.Trim()) alternatives.Add((untold, "the registered title without its definition", false));
        if (!string.IsNullOrWhiteSpace(description))
        {
            var sentences = Sentence().Matches(description).Select(m => m.Value.Trim()).Where(t => t.Length > 0).ToList();
            if (sentences.Count > 0 && WordPattern().Count(sentences[0]) <= 40) alternatives.Add((sentences[0], "the registered outcome's description", false));
            // A composite's components are often listed further on ("MACCEs are defined as all cause death, ...").
            if (Components(Expand(normalReported, "", definitions, [])) is not null)
                alternatives.AddRange(sentences.Skip(1).Select(t => (t, "the registered outcome's description", true)));
        }
        bool registeredComposite = Components(Expand(Normalize(registered), normalReported, definitions, [])) is not null;
        foreach (var (text, what, compositeOnly) in alternatives)
        {
            var similarity = Compare(reported, text, definitions, context);
            registeredComposite |= Components(Expand(Normalize(text), normalReported, definitions, [])) is not null;
            if (compositeOnly && !similarity.How.StartsWith("composite", StringComparison.Ordinal)) continue;
            if (similarity.Score > best.Score) best = similarity with { How = $"compared with {what}, '{text}': {similarity.How}" };
        }
        // Every word of the reported title is one the registration uses for this outcome (title or description), and
        // they share a word: other words for the same outcome ("total urine volume" for "urine output", whose
        // description is "the total volume of urine produced"), or a narrower one: uncertain, not a switch. One
        // component of a registered composite is a switch, though.
        if (best.Score < UncertainThreshold && !string.IsNullOrWhiteSpace(description) && !registeredComposite)
        {
            var own = Weights(Words(Expand(normalReported, Normalize(registered), definitions, []))).Where(w => w.Value >= 1).Select(w => w.Key).ToList();
            var title = Weights(Words(Expand(Normalize(registered), normalReported, definitions, []))).Where(w => w.Value >= 1).Select(w => w.Key).ToHashSet(StringComparer.Ordinal);
            if (own.Count > 0 && own.All(context.Contains) && own.Any(title.Contains))
                best = new Similarity(UncertainThreshold, $"{best.How}; but every word of the reported title is one the registration uses for this outcome in its title or description");
        }
        return best;
    }

    /// <summary>The best similarity of <paramref name="text"/> to any of <paramref name="others"/> (for "the closest was ...").</summary>
    public static (int Index, Similarity Similarity)? Closest(string text, IReadOnlyList<string> others)
    {
        var definitions = Definitions(others.Append(text));
        (int, Similarity)? best = null;
        for (int i = 0; i < others.Count; i++)
        {
            var similarity = Compare(text, others[i], definitions);
            if (best is null || similarity.Score > best.Value.Item2.Score) best = (i, similarity);
        }
        return best;
    }

    /// <summary>Whether <paramref name="text"/> (a change's description) names the outcome <paramref name="outcome"/>: most of the outcome's weighted words appear in it.</summary>
    public static bool Mentions(string text, string outcome)
    {
        var definitions = Definitions([text, outcome]);
        var notes = new List<string>();
        var words = Weights(Words(Expand(Normalize(outcome), Normalize(text), definitions, notes)));
        var inText = Words(Expand(Normalize(text), Normalize(outcome), definitions, notes)).Select(w => w.Word).ToHashSet(StringComparer.Ordinal);
        double total = words.Values.Sum();
        return total > 0 && words.Where(w => inText.Contains(w.Key)).Sum(w => w.Value) / total >= Threshold;
    }

    private static Similarity Compare(string reported, string registered, IReadOnlyDictionary<string, string> definitions, HashSet<string>? context = null)
    {
        var notes = new List<string>();
        string normalA = Normalize(reported);
        string normalB = Normalize(registered);
        string expandedA = Expand(normalA, normalB, definitions, notes);
        string expandedB = Expand(normalB, normalA, definitions, notes);
        var wordsA = Words(expandedA);
        var wordsB = Words(expandedB);
        var weightsA = Weights(wordsA);
        var weightsB = Weights(wordsB);
        // Words the reported title adds that the registered outcome's description gives are details of the same outcome.
        var told = context is null ? [] : weightsA.Where(w => w.Value >= 1 && !weightsB.ContainsKey(w.Key) && context.Contains(w.Key)).Select(w => w.Key).ToList();
        foreach (string word in told) weightsA[word] = GenericWeight;
        if (told.Count > 0) notes.Add($"'{string.Join("', '", told)}' weigh as details, since the registered description gives {(told.Count == 1 ? "it" : "them")}");
        double Weight(string word) => Math.Max(weightsA.GetValueOrDefault(word), weightsB.GetValueOrDefault(word));
        var union = weightsA.Keys.Union(weightsB.Keys).ToList();
        var shared = weightsA.Keys.Intersect(weightsB.Keys).ToList();
        double unionWeight = union.Sum(Weight);
        double score = unionWeight == 0 ? 0 : shared.Sum(Weight) / unionWeight;
        if (Plain(reported) == Plain(registered)) score = 1;
        score = Math.Round(score, 2, MidpointRounding.AwayFromZero);
        // Each title has a weighty word the other lacks ("resting" and "exercise", "clinical" and "overall"): a word
        // replaced rather than added or dropped names another measure more often than it rewords one.
        var onlyA = weightsA.Where(w => w.Value >= 1 && !weightsB.ContainsKey(w.Key)).Select(w => w.Key).ToList();
        var onlyB = weightsB.Where(w => w.Value >= 1 && !weightsA.ContainsKey(w.Key)).Select(w => w.Key).ToList();
        string? replacedNote = null;
        if (onlyA.Count > 0 && onlyB.Count > 0 && score < ReplacedThreshold && score >= Threshold)
        {
            replacedNote = $"word-set similarity {score.ToString("0.00", CultureInfo.InvariantCulture)}, but each title has a word the other lacks ('{string.Join("', '", onlyA)}' and '{string.Join("', '", onlyB)}'), which needs {ReplacedThreshold.ToString("0.00", CultureInfo.InvariantCulture)}";
            score = Threshold - 0.01;
        }

        // Two composite outcomes are the same when each names the other's components ("composite of death, MI or
        // stroke" and "MACE (death, MI, stroke)"); one component of a composite is not the composite.
        string? compositeNote = null;
        // Between two composites the components decide, not the words: "death, stroke or heart failure hospitalisation"
        // shares most words with "death or heart failure hospitalisation", but adds a component.
        if (Plain(reported) != Plain(registered) && CompositeSimilarity(expandedA, expandedB) is { } composite)
        {
            score = Math.Round(composite.Score, 2, MidpointRounding.AwayFromZero);
            compositeNote = $"composite outcomes naming the same components ({composite.Covered})";
            replacedNote = null;
        }
        // One or some of the components of a registered composite are not the composite ("cardiovascular death" for
        // "cardiovascular death or hospitalisation for heart failure"): a switch, however many words they share.
        else if (Components(expandedB) is { } parts && Components(expandedA) is null)
        {
            var own = weightsA.Where(w => w.Value >= 1).Select(w => w.Key).ToHashSet(StringComparer.Ordinal);
            int named = parts.Count(c => c.Count(own.Contains) * 2 >= c.Count);
            if (named > 0 && named < parts.Count && score > 0.5)
            {
                score = 0.5;
                compositeNote = $"it names {named} of the {parts.Count} components of the registered composite";
                replacedNote = null;
            }
        }
        // A title that names every weighty word of the other and adds some ("ED95 and ED50 of remimazolam for blunting
        // the response to intubation" and "ED50 and ED95 of remimazolam") may be the same outcome told in more detail,
        // or a narrower one: uncertain, not a switch.
        string? narrowerNote = null;
        var weightyB = weightsB.Where(w => w.Value >= 1).Select(w => w.Key).ToList();
        if (score < UncertainThreshold && compositeNote is null && weightyB.Count > 0 && weightyB.All(weightsA.ContainsKey))
        {
            score = UncertainThreshold;
            narrowerNote = "the reported title names every word of the registered one and adds others";
        }

        var how = new List<string>();
        var sequenceA = wordsA.Select(w => w.Word).ToList();
        var sequenceB = wordsB.Select(w => w.Word).ToList();
        if (Plain(reported) == Plain(registered)) how.Add("the same wording, ignoring case and punctuation");
        else if (sequenceA.SequenceEqual(sequenceB)) how.Add("the same words" + (notes.Count > 0 ? "" : ", ignoring small words, plurals and numbers"));
        else if (weightsA.Keys.ToHashSet().SetEquals(weightsB.Keys)) how.Add("the same words in another order");
        else if (replacedNote is not null) how.Add(replacedNote);
        else if (compositeNote is not null) how.Add(compositeNote + $", similarity {score.ToString("0.00", CultureInfo.InvariantCulture)}");
        else if (narrowerNote is not null) how.Add(narrowerNote);
        else how.Add($"word-set similarity {score.ToString("0.00", CultureInfo.InvariantCulture)}, {(score >= Threshold ? "at least" : "below")} the threshold {Threshold.ToString("0.00", CultureInfo.InvariantCulture)}");
        how.AddRange(notes.Distinct(StringComparer.Ordinal));
        return new Similarity(score, string.Join("; ", how));
    }

    /// <summary>
    /// The components of a composite outcome, each as its weighty words: the list after "composite of", "combination
    /// of", "defined as" or in parentheses after the composite's name ("MACE (death, MI, stroke)"), split at commas,
    /// semicolons, "and/or", "or" and "and". Null unless the text is a composite: at least two components, and the word
    /// composite, combined or combination, "and/or", or "or" between them.
    /// </summary>
    private static List<HashSet<string>>? Components(string text)
    {
        var parenthesised = ParenthesisedList().Match(text);
        var list = parenthesised.Success ? parenthesised.Groups["list"].Value : text;
        bool marked = parenthesised.Success || CompositeMarker().IsMatch(text);
        list = CompositeLead().Replace(list, " ");
        var components = ComponentSeparator().Split(list)
            .Select(part => Weights(Words(part)).Where(w => w.Value >= 1).Select(w => w.Key).ToHashSet(StringComparer.Ordinal))
            .Where(c => c.Count > 0)
            .ToList();
        return components.Count >= 2 && (marked || OrBetween().IsMatch(list)) ? components : null;
    }

    /// <summary>How far two composites name each other's components: the smaller of the shares of each one's components (half their words or more) found in the other.</summary>
    private static (double Score, string Covered)? CompositeSimilarity(string a, string b)
    {
        if (Components(a) is not { } first || Components(b) is not { } second) return null;
        var wordsA = first.SelectMany(c => c).ToHashSet(StringComparer.Ordinal);
        var wordsB = second.SelectMany(c => c).ToHashSet(StringComparer.Ordinal);
        static int Covered(List<HashSet<string>> components, HashSet<string> words) => components.Count(c => c.Count(words.Contains) * 2 >= c.Count);
        int inB = Covered(first, wordsB);
        int inA = Covered(second, wordsA);
        double score = Math.Min((double)inB / first.Count, (double)inA / second.Count);
        return (score, $"{inB} of {first.Count} reported and {inA} of {second.Count} registered components in the other");
    }

    /// <summary>
    /// An outcome title with what is not the outcome taken out and clinical names written in several ways made one
    /// (see the class): the objective's wording, the arms compared, number words.
    /// </summary>
    public static string Normalize(string text)
    {
        if (Normalized.TryGetValue(text, out string? known)) return known;
        // A bound on the memory a long session (the language server) keeps: start afresh rather than grow.
        if (Normalized.Count >= NormalizedLimit) Normalized.Clear();
        return Normalized[text] = NormalizeText(text);
    }

    // Normalize runs some 20 regexes over the text, and a comparison normalizes the same titles, descriptions and
    // description sentences again and again (each pair of outcomes compared, each alternative reading, each
    // Definitions call): a report checked against a registration of ten outcomes spent a third of a second here, and
    // the cross-check pair tests a minute. The result depends on the text alone, so it is remembered by content.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Normalized = new(StringComparer.Ordinal);

    private const int NormalizedLimit = 20_000;

    private static string NormalizeText(string text)
    {
        string result = text.Normalize(NormalizationForm.FormKC);
        result = NumberWords(result);
        result = ObjectivePrefix().Replace(result, "");
        result = ExpressedAs().Replace(result, "");
        result = AfterEvent().Replace(result, " ");
        result = EffectOfOn().Replace(result, "");
        result = Comparison().Replace(result, " ");
        result = GroupClause().Replace(result, " ");
        // "pre-eclampsia" is "preeclampsia", "re-hospitalisation" "rehospitalisation".
        result = HyphenatedPrefix().Replace(result, "${prefix}");
        // Death or hospitalisation without a cause named is from any cause: "all-cause mortality" is "mortality".
        result = AllCause().Replace(result, " ");
        // E/e', E/E' and E/Ea name the same ratio (early mitral inflow to early diastolic annular velocity).
        result = EOverEPrime().Replace(result, "Ea");
        result = HbA1c().Replace(result, "HbA1c");
        result = NtProBnp().Replace(result, "NT-proBNP");
        result = OxygenUptake().Replace(result, "VO2");
        // "non-vertebral" is not "vertebral"; "eGFR < 60", "HbA1c less than 7%": a threshold makes another outcome.
        result = Negated().Replace(result, "non${word}");
        result = CutOff().Replace(result, " cutoff ");
        return result;
    }

    /// <summary>Number words read as numbers: "six-minute" as "6-minute", "twenty-four weeks" as "24 weeks".</summary>
    public static string NumberWords(string text) => NumberWord().Replace(text, m =>
    {
        int value = 0;
        if (m.Groups["tens"].Success && TrialLint.Text.NumberWords.TryParse(m.Groups["tens"].Value, out int tens)) value += tens;
        if (m.Groups["unit"].Success && TrialLint.Text.NumberWords.TryParse(m.Groups["unit"].Value, out int unit)) value += unit;
        return value.ToString(CultureInfo.InvariantCulture);
    });

    /// <summary>The abbreviations defined in any of <paramref name="texts"/>: in parentheses after their long form, or before it.</summary>
    private static Dictionary<string, string> Definitions(IEnumerable<string> texts)
    {
        var definitions = new Dictionary<string, string>(AbbreviationComparer.Instance);
        foreach (string raw in texts)
        {
            string text = Normalize(raw);
            foreach (Match m in Defined().Matches(text))
            {
                string abbreviation = m.Groups["abbr"].Value;
                var before = WordPattern().Matches(text[..m.Index]).Select(w => w.Value).ToList();
                if (LongForm(abbreviation, before) is { } longForm)
                {
                    definitions.TryAdd(abbreviation, longForm);
                    // "(APACHE II)" after "Acute Physiology and Chronic Health Evaluation II": APACHE is defined too.
                    if (NumberedAbbreviation().Match(abbreviation) is { Success: true } n && longForm.EndsWith(" " + n.Groups["n"].Value, StringComparison.Ordinal))
                        definitions.TryAdd(n.Groups["base"].Value, longForm[..^(n.Groups["n"].Value.Length + 1)]);
                }
            }
            // "KCCQ (Kansas City Cardiomyopathy Questionnaire)": the abbreviation first, its long form in parentheses.
            foreach (Match m in DefinedAfter().Matches(text))
            {
                string abbreviation = m.Groups["abbr"].Value;
                var words = WordPattern().Matches(m.Groups["long"].Value).Select(w => w.Value).ToList();
                if (words.Count >= 2 && (Spells(words, Letters(abbreviation)) || ShortFormOf(abbreviation, string.Join(' ', words)) == string.Join(' ', words)))
                    definitions.TryAdd(abbreviation, string.Join(' ', words));
            }
        }
        return definitions;
    }

    /// <summary>
    /// Abbreviations compared as written in any case, without hyphens or slashes and without a plural s: "SGLT-2i" and
    /// "SGLT2i", "MACCE" and "MACCEs", "TE-SAE" and "TE-SAEs" are one abbreviation.
    /// </summary>
    private sealed class AbbreviationComparer : IEqualityComparer<string>
    {
        public static readonly AbbreviationComparer Instance = new();

        private static string Key(string abbreviation) => Letters(PluralS().Replace(abbreviation, ""));

        public bool Equals(string? x, string? y) => x is null ? y is null : y is not null && Key(x) == Key(y);

        public int GetHashCode(string obj) => StringComparer.Ordinal.GetHashCode(Key(obj));
    }

    /// <summary>
    /// The words just before an abbreviation that it abbreviates: the nearest run, starting with a word whose first
    /// letter is the abbreviation's, whose initials (or whole words, for words in capitals) spell it; else the run its
    /// letters can be found in, in order, starting at a word's first letter (Schwartz and Hearst's rule).
    /// </summary>
    private static string? LongForm(string abbreviation, List<string> before)
    {
        string letters = Letters(abbreviation);
        if (letters.Length < 2) return null;
        for (int start = before.Count - 1; start >= 0 && start >= before.Count - 12; start--)
        {
            var run = before.Skip(start).ToList();
            if (Spells(run, letters)) return string.Join(' ', run);
        }
        int take = Math.Min(before.Count, Math.Min(letters.Length + 5, letters.Length * 2));
        if (take == 0) return null;
        string candidate = string.Join(' ', before.Skip(before.Count - take));
        return ShortFormOf(abbreviation, candidate);
    }

    /// <summary>
    /// Schwartz and Hearst's rule: the shortest end of <paramref name="candidate"/> in which the letters and digits of
    /// <paramref name="abbreviation"/> appear in order, the first at the start of a word; a trailing number of the
    /// abbreviation ("HAMD-17") need not appear. Null when there is none.
    /// </summary>
    private static string? ShortFormOf(string abbreviation, string candidate)
    {
        foreach (string form in new[] { abbreviation, TrailingNumber().Replace(abbreviation, "") }.Distinct(StringComparer.Ordinal))
        {
            string letters = Letters(form);
            if (letters.Length < 2) continue;
            string lower = candidate.ToLowerInvariant();
            int s = letters.Length - 1;
            int l = lower.Length - 1;
            bool failed = false;
            while (s >= 0)
            {
                char c = letters[s];
                while (l >= 0 && (lower[l] != c || (s == 0 && l > 0 && char.IsLetterOrDigit(lower[l - 1])))) l--;
                if (l < 0) { failed = true; break; }
                l--;
                s--;
            }
            if (failed) continue;
            int startOfWord = lower.LastIndexOf(' ', Math.Max(l, 0)) + 1;
            if (l < 0) startOfWord = 0;
            string longForm = candidate[startOfWord..];
            // The long form is words, not the abbreviation itself.
            if (WordPattern().Count(longForm) < 2) continue;
            return longForm;
        }
        return null;
    }

    /// <summary>Whether the initials of <paramref name="words"/> (a word in capitals counts whole) spell <paramref name="letters"/>; small words may be skipped.</summary>
    private static bool Spells(List<string> words, string letters)
    {
        bool Try(int w, int l)
        {
            if (l == letters.Length) return w == words.Count;
            if (w == words.Count) return false;
            string word = words[w];
            string lower = Letters(word);
            if (lower.Length == 0) return Try(w + 1, l);
            // A word in capitals ("ALS") or a number ("6") may count whole; any word may count by its initial; a small word may be skipped.
            if ((IsCapitals(word) || word.All(char.IsDigit)) && letters.AsSpan(l).StartsWith(lower, StringComparison.Ordinal) && Try(w + 1, l + lower.Length)) return true;
            if (letters[l] == lower[0] && Try(w + 1, l + 1)) return true;
            return w > 0 && SmallWords.Contains(lower) && Try(w + 1, l);
        }
        return words.Count > 0 && Letters(words[0]).Length > 0 && Letters(words[0])[0] == letters[0] && Try(0, 0);
    }

    /// <summary>
    /// <paramref name="text"/> with its abbreviations read as their long forms: the ones defined anywhere, and the ones
    /// that are the initials of words of <paramref name="other"/>. Each expansion is noted.
    /// </summary>
    private static string Expand(string text, string other, IReadOnlyDictionary<string, string> definitions, List<string> notes)
    {
        // "(ALSFRS-R)" right after its long form adds nothing.
        string result = Defined().Replace(text, m => definitions.ContainsKey(m.Groups["abbr"].Value) ? " " : m.Value);
        // "E/Ea" defined as a ratio's long form: a slash is not part of an acronym, so these are read here.
        foreach (var (abbreviation, longForm) in definitions.Where(d => d.Key.Contains('/', StringComparison.Ordinal)))
        {
            if (!Contains(result, abbreviation)) continue;
            if (!Contains(other, abbreviation)) notes.Add($"{abbreviation} read as \"{longForm}\", which one of the texts defines");
            result = Regex.Replace(result, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(abbreviation)}(?![\p{{L}}\p{{N}}])", longForm.Replace("$", "$$", StringComparison.Ordinal), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        string otherPlain = Defined().Replace(other, " ");
        var otherWords = WordPattern().Matches(otherPlain).Select(w => w.Value).ToList();
        return Acronym().Replace(result, m =>
        {
            string abbreviation = m.Value;
            if (definitions.TryGetValue(abbreviation, out string? longForm))
            {
                if (!Contains(otherPlain, abbreviation)) notes.Add($"{abbreviation} read as \"{longForm}\", which one of the texts defines");
                return longForm;
            }
            if (Contains(other, abbreviation)) return abbreviation;
            string letters = Letters(abbreviation);
            for (int start = 0; start < otherWords.Count; start++)
            {
                if (Letters(otherWords[start]).FirstOrDefault() != letters[0]) continue;
                for (int end = start + 1; end <= Math.Min(otherWords.Count, start + 12); end++)
                {
                    var run = otherWords.GetRange(start, end - start);
                    if (!Spells(run, letters)) continue;
                    string words = string.Join(' ', run);
                    notes.Add($"{abbreviation} read as \"{words}\", whose initials it is");
                    return words;
                }
            }
            return abbreviation;
        });
    }

    private static bool Contains(string text, string word) =>
        Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(word)}(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// The comparable words of a text, in order: lower case, no punctuation, word forms reduced to a stem, no numbers,
    /// time units, time points, units or small words; each marked when it is part of how the outcome is measured.
    /// </summary>
    private static List<(string Word, bool Detail)> Words(string text)
    {
        var details = MeasuredBy().Matches(text).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        var words = new List<(string, bool)>();
        foreach (Match m in WordPattern().Matches(text.ToLowerInvariant()))
        {
            string raw = m.Value;
            string singular = Singular(raw);
            if (raw.All(char.IsDigit) || SmallWords.Contains(raw) || TimeWords.Contains(singular) || UnitWords.Contains(raw) || TimePoint().IsMatch(raw)) continue;
            string word = Stem(raw);
            if (SmallWords.Contains(word)) continue;
            words.Add((word, details.Any(d => m.Index >= d.Index && m.Index < d.End)));
        }
        return words;
    }

    /// <summary>Each distinct word with its weight: a quarter for a generic word, or one that is only part of how the outcome is measured.</summary>
    private static Dictionary<string, double> Weights(List<(string Word, bool Detail)> words)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (word, detail) in words)
        {
            double weight = GenericWords.Contains(word) || detail ? GenericWeight : 1.0;
            weights[word] = Math.Max(weights.GetValueOrDefault(word), weight);
        }
        return weights;
    }

    private static HashSet<string> Stems(params string[] words) => words.Select(Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>A word reduced to a stem: synonyms read as one word, British spellings as American, plurals and common suffixes removed.</summary>
    private static string Stem(string word)
    {
        if (Synonyms.TryGetValue(word, out string? synonym)) word = synonym;
        if (word.Length > 4 && word.Any(char.IsLetter) && !word.Any(char.IsDigit))
            word = BritishIse().Replace(word.Replace("ae", "e", StringComparison.Ordinal).Replace("oe", "e", StringComparison.Ordinal), "iz${end}");
        word = Singular(word);
        if (word.Any(char.IsDigit)) return word;
        foreach (string suffix in Suffixes)
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal)) return word[..^suffix.Length];
        }
        return word;
    }

    private static string Singular(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal)
            ? word[..^1]
            : word;

    /// <summary>The comparable words of a title with their weights, for tests and explanations: "word:1", "chang:0.1".</summary>
    public static string Explain(string text, string other)
    {
        var definitions = Definitions([text, other]);
        return string.Join(" ", Weights(Words(Expand(Normalize(text), Normalize(other), definitions, [])))
            .Select(w => w.Key + ":" + w.Value.ToString("0.##", CultureInfo.InvariantCulture)));
    }

    private static string Plain(string text) => string.Join(' ', WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value));

    private static string Letters(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static bool IsCapitals(string word) => word.Count(char.IsUpper) >= 2 && !word.Any(char.IsLower);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    // "(ALSFRS-R)", "(FVC)", "(QoL)", "(HAMD-17)": an abbreviation in parentheses.
    [GeneratedRegex(@"\(\s*(?<abbr>(?=[0-9]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*(?:\s(?:[IVX]+|\d+)(?=\s*\)))?)\s*\)")]
    private static partial Regex Defined();

    // "KCCQ (Kansas City Cardiomyopathy Questionnaire)": an abbreviation, then words in parentheses.
    [GeneratedRegex(@"(?<![\p{L}\p{N}-])(?<abbr>[A-Za-z0-9]*[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?:-(?=[A-Za-z0-9]*[A-Z0-9])[A-Za-z0-9]+)*)\s*\((?<long>[^()]*\s[^()]*)\)")]
    private static partial Regex DefinedAfter();

    // A word with at least two capitals and no spaces: "ALSFRS-R", "FVC", "EQ-5D", "6MWD", "NT-proBNP", "MACE" in
    // "MACE-free"; "QoL" is not (one capital).
    [GeneratedRegex(@"(?<![\p{L}\p{N}-])(?=[A-Za-z0-9]*[A-Z][A-Za-z0-9]*[A-Z])[A-Za-z0-9][A-Za-z0-9]*(?:-(?=[A-Za-z0-9]*[A-Z0-9])[A-Za-z0-9]+)*(?![\p{L}\p{N}])")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"-?\d+$")]
    private static partial Regex TrailingNumber();

    [GeneratedRegex(@"(?<=[A-Z])s$")]
    private static partial Regex PluralS();

    [GeneratedRegex(@"^(?<base>\S+)\s+(?<n>[IVX]+|\d+)$")]
    private static partial Regex NumberedAbbreviation();

    // Time points written as one word: "12M", "Wk12", "D28", "W24", "24h", "2h", "12mo".
    [GeneratedRegex(@"^(?:(?:w|wk|wks|d|day|m|mo|mth|y|yr|h|hr)\d+|\d+(?:w|wk|wks|d|m|mo|mth|mths|y|yr|yrs|h|hr|hrs|min|mins|st|nd|rd|th))$")]
    private static partial Regex TimePoint();

    // "To assess", "to evaluate whether", "Primary objective:": an objective's wording, not the outcome.
    [GeneratedRegex(@"^\s*(?:(?:primary|secondary)\s+(?:efficacy\s+|safety\s+)?(?:objective|outcome|endpoint)\s*(?:#?\d+)?\s*:\s*)?(?:to\s+(?:assess|evaluate|determine|compare|investigate|examine|explore|measure|estimate|describe|quantify|demonstrate|show|test|study|analy[sz]e)\b(?:\s+(?:whether|if))?\s*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ObjectivePrefix();

    // "the impact of dapagliflozin vs. placebo on weight reduction": the interventions compared, then the outcome.
    [GeneratedRegex(@"^\s*(?:the\s+)?(?:impact|effects?|efficacy|influence)\s+of\s+[^()]+?\s+on\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EffectOfOn();

    // "Change in LV systolic function expressed as LVEF": the outcome is what it is expressed as.
    [GeneratedRegex(@"(?<=^\s*|\b(?:change|changes|difference)\s+(?:in|of)\s+)[^,;:]*?\bexpressed\s+as\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExpressedAs();

    // "after surgery", "following randomisation": when the outcome is assessed, which the time frame says.
    [GeneratedRegex(@"\b(?:after|following|post)[\s-]+(?:the\s+)?(?:surgery|operation|procedure|randomi[sz]ation|treatment|intervention|discharge|transplant(?:ation)?|implantation|infusion|injection|dos(?:e|ing)|enrol(?:l)?ment|ablation|extubation)\b|\b(?:post-?operative(?:ly)?|post-?procedur(?:e|al))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AfterEvent();

    // "MACE (death, MI, stroke)": a composite's name, then its components in parentheses.
    [GeneratedRegex(@"\((?<list>[^()]*(?:,|\bor\b)[^()]*)\)")]
    private static partial Regex ParenthesisedList();

    [GeneratedRegex(@"\b(?:composite|combined|combination|and\s*/\s*or)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompositeMarker();

    [GeneratedRegex(@"^.*?\b(?:composite|combined|combination)\b(?:\s+[\w-]+){0,3}?\s*(?:\bof\b|:)\s*|\b(?:defined|define|consisting|consists)\s+(?:as|of)\b|\b(?:occurrence|incidence|any)\s+of\s+(?:one\s+or\s+more\s+of\s+)?(?:the\s+)?(?:following\s+)?(?:events)?\s*:?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompositeLead();

    [GeneratedRegex(@"[,;]|\band\s*/\s*or\b|\bor\b|\band\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ComponentSeparator();

    [GeneratedRegex(@"\bor\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrBetween();

    // ", defined as ...", "Define as Composite of ...": the definition an outcome title carries.
    [GeneratedRegex(@"[\s,:;-]*\b(?:defined?|definition)\s+(?:as|by)\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex DefinitionTail();

    // The sentences of a description: up to a full stop followed by a space, or a line break.
    [GeneratedRegex(@"[^\n]+?(?=\.\s|\.$|\n|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Sentence();

    [GeneratedRegex(@"(?<=\p{L}{3})is(?<end>ation|ations|e|es|ed|ing|er|ers)$", RegexOptions.CultureInvariant)]
    private static partial Regex BritishIse();

    [GeneratedRegex(@"\b(?<prefix>pre|re|co|anti|sub|inter|intra|peri|hyper|hypo|multi)-(?=\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HyphenatedPrefix();

    [GeneratedRegex(@"\b(?:from\s+)?(?:all|any)[-\s]+causes?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AllCause();

    [GeneratedRegex(@"(?<=\bE\s*/\s*)(?:e['′’]|E['′’]|Ea|Em|e)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex EOverEPrime();

    [GeneratedRegex(@"\bnon[-\s]+(?<word>\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negated();

    [GeneratedRegex(@"[<>≤≥]|\b(?:less|greater|more|fewer|lower|higher)\s+than\b|\bat\s+(?:least|most)\b|\bor\s+(?:more|less|greater|higher|lower)\b|\b(?:below|above)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CutOff();

    // "with dapagliflozin vs placebo", "in the Statin Treated vs. Control Group": the arms compared.
    [GeneratedRegex(@"(?:\b(?:with|in|of|for)\s+(?:the\s+)?)?[\w/-]+(?:\s+(?:treated|group|arm))?,?\s+(?:vs\.?|versus|(?:as\s+)?compared\s+(?:with|to))\s+(?:the\s+)?[\w/-]+(?:\s+(?:group|arm)s?)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Comparison();

    // "in HBP and BiV Group", "for Each Treatment Group", "in both arms": the groups the outcome is compared in.
    [GeneratedRegex(@"\b(?:in|for|between|among|across)\s+(?:the\s+|each\s+|both\s+|all\s+|two\s+|2\s+)?(?:[\w/-]+\s+){0,3}?(?:and\s+(?:[\w/-]+\s+){0,2})?(?:treatment\s+|study\s+)?(?:groups?|arms?|phases?|periods?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GroupClause();

    // "as measured by echocardiography", "Calculated ... Using the CKD-EPI Equation", "Achieved During CPET": how it is measured.
    [GeneratedRegex(@"\b(?:(?:as\s+)?(?:measured|assessed|evaluated|calculated|determined|quantified|achieved|obtained|performed|recorded|estimated)\s+(?:by|with|using|on|in|during|from|via|for)\b|using\b|by\s+means\s+of\b)[^,;:\[\]]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeasuredBy();

    // "Glycated haemoglobin", "glycosylated hemoglobin A1c", "Hb A1c", "A1c": HbA1c.
    [GeneratedRegex(@"\b(?:(?:glycated|glycosylated|glycosolated)\s+ha?emoglobin(?:\s*\(?\s*(?:hb)?\s?a1c\s*\)?)?|hb\s?a1c|a1c)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HbA1c();

    // "N-terminal pro-B-type natriuretic peptide", "N-terminal Pro-brain Natriuretic Peptide", "NT pro BNP": NT-proBNP.
    [GeneratedRegex(@"\b(?:n[-\s]?terminal[-\s]+pro[-\s]?(?:b[-\s]?type|brain|b)[-\s]+natriuretic[-\s]+peptide|nt[-\s]?pro[-\s]?bnp)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NtProBnp();

    // "oxygen uptake", "oxygen consumption", "V̇O2", "VO 2": VO2 ("peak exercise oxygen uptake" is peak VO2).
    [GeneratedRegex(@"\b(?:exercise\s+)?(?:oxygen\s+(?:uptake|consumption)|v\s?o2|vo\s2)\b(?:\s+(?:during|on|at)\s+(?:peak\s+|maximal\s+)?exercise\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OxygenUptake();

    [GeneratedRegex(@"\b(?:(?<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?<unit>one|two|three|four|five|six|seven|eight|nine))?|(?<unit>zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberWord();
}
