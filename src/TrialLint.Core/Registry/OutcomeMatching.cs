using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TrialLint.Registry;

/// <summary>
/// Decides whether an outcome as reported is the outcome as registered, tolerating rewording but not a different
/// outcome. Both texts are read the same way:
/// <list type="number">
/// <item>abbreviations are expanded: one defined in parentheses in any of the texts compared ("ALS Functional Rating
/// Scale–Revised (ALSFRS-R)") is read as its long form wherever it appears, and an abbreviation that is the initials of
/// a run of words in the other text ("ALSFRS-R" and "ALS Functional Rating Scale–Revised") is read as those words;</item>
/// <item>case, punctuation and dashes are ignored, plurals reduced ("events" → "event"), and numbers, time units and
/// small words (of, in, the ...) dropped, since the time frame is compared separately;</item>
/// <item>the two sets of words are compared, so word order does not matter: the similarity is the weight of the words
/// both share divided by the weight of all their words (a weighted Jaccard index), where generic words of outcome
/// titles ("change", "baseline", "score", "number", "participants", "percentage" ...) weigh a quarter of the
/// others.</item>
/// </list>
/// Two outcomes match when the similarity is at least <see cref="Threshold"/> (0.75). Sharing generic words is not
/// enough: "Change in forced vital capacity (FVC)" and "Change in slow vital capacity (SVC)" share "change", "vital"
/// and "capacity", but "forced" and "slow" weigh as much as those, and the similarity (0.53) stays below the threshold.
/// </summary>
public static partial class OutcomeMatching
{
    /// <summary>The least similarity at which two outcome titles are the same outcome.</summary>
    public const double Threshold = 0.75;

    /// <summary>The weight of a generic word relative to the others.</summary>
    public const double GenericWeight = 0.25;

    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "in", "at", "on", "by", "as", "to", "from", "for", "and", "or", "with", "within", "per", "its",
        "their", "between", "after", "before", "during", "over", "up", "until", "into", "than", "is", "are", "was", "were",
        "be", "via", "using", "used", "who", "that", "which",
    };

    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "day", "week", "month", "year", "hour", "minute", "daily", "weekly", "monthly", "annual", "annually", "visit",
        "first", "second", "third", "last", "end", "final", "follow", "post",
    };

    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "change", "baseline", "score", "total", "number", "participant", "patient", "subject", "percentage", "percent",
        "proportion", "rate", "incidence", "mean", "median", "level", "measure", "measurement", "measured", "assessment",
        "assessed", "value", "time", "occurrence", "frequency", "count", "scale", "evaluation", "evaluated", "overall",
    };

    /// <summary>How one reported outcome relates to one registered outcome.</summary>
    /// <param name="Score">The similarity, 0 to 1.</param>
    /// <param name="How">How they match, in words ("same words in another order; ALSFRS-R read as ...").</param>
    public sealed record Similarity(double Score, string How)
    {
        /// <summary>Whether the two are the same outcome.</summary>
        public bool IsMatch => Score >= Threshold;
    }

    /// <summary>A pair of matched outcomes: their indexes in the two lists and how they match.</summary>
    public sealed record Pair(int Reported, int Registered, Similarity Similarity);

    /// <summary>
    /// Pairs reported with registered outcomes, best match first, each used once; abbreviations defined in any of the
    /// texts are used for all of them. Unpaired indexes are the outcomes that do not match.
    /// </summary>
    public static IReadOnlyList<Pair> Match(IReadOnlyList<string> reported, IReadOnlyList<string> registered)
    {
        ArgumentNullException.ThrowIfNull(reported);
        ArgumentNullException.ThrowIfNull(registered);
        var definitions = Definitions(reported.Concat(registered));
        var scores = new List<Pair>();
        for (int i = 0; i < reported.Count; i++)
            for (int j = 0; j < registered.Count; j++)
                scores.Add(new Pair(i, j, Compare(reported[i], registered[j], definitions)));
        var pairs = new List<Pair>();
        var usedReported = new HashSet<int>();
        var usedRegistered = new HashSet<int>();
        foreach (var pair in scores.Where(p => p.Similarity.IsMatch).OrderByDescending(p => p.Similarity.Score).ThenBy(p => p.Reported).ThenBy(p => p.Registered))
        {
            if (usedReported.Contains(pair.Reported) || usedRegistered.Contains(pair.Registered)) continue;
            usedReported.Add(pair.Reported);
            usedRegistered.Add(pair.Registered);
            pairs.Add(pair);
        }
        return pairs;
    }

    /// <summary>How similar two outcome titles are, with abbreviations defined in either.</summary>
    public static Similarity Compare(string reported, string registered) => Compare(reported, registered, Definitions([reported, registered]));

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
        var words = Words(Expand(outcome, text, definitions, notes));
        var inText = Words(Expand(text, outcome, definitions, notes)).ToHashSet(StringComparer.Ordinal);
        double total = words.Distinct().Sum(Weight);
        return total > 0 && words.Distinct().Where(inText.Contains).Sum(Weight) / total >= Threshold;
    }

    private static Similarity Compare(string reported, string registered, IReadOnlyDictionary<string, string> definitions)
    {
        var notes = new List<string>();
        string a = Expand(reported, registered, definitions, notes);
        string b = Expand(registered, reported, definitions, notes);
        var wordsA = Words(a);
        var wordsB = Words(b);
        var setA = wordsA.ToHashSet(StringComparer.Ordinal);
        var setB = wordsB.ToHashSet(StringComparer.Ordinal);
        double union = setA.Union(setB).Sum(Weight);
        double score = union == 0 ? 0 : setA.Intersect(setB).Sum(Weight) / union;
        score = Math.Round(score, 2, MidpointRounding.AwayFromZero);

        var how = new List<string>();
        if (Plain(reported) == Plain(registered)) how.Add("the same wording, ignoring case and punctuation");
        else if (wordsA.SequenceEqual(wordsB)) how.Add("the same words" + (notes.Count > 0 ? "" : ", ignoring small words, plurals and numbers"));
        else if (setA.SetEquals(setB)) how.Add("the same words in another order");
        else how.Add($"word-set similarity {score.ToString("0.00", CultureInfo.InvariantCulture)}, {(score >= Threshold ? "at least" : "below")} the threshold {Threshold.ToString("0.00", CultureInfo.InvariantCulture)}");
        how.AddRange(notes.Distinct(StringComparer.Ordinal));
        return new Similarity(score, string.Join("; ", how));
    }

    /// <summary>The abbreviations defined in parentheses after their long form, in any of <paramref name="texts"/>.</summary>
    private static Dictionary<string, string> Definitions(IEnumerable<string> texts)
    {
        var definitions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string text in texts)
        {
            foreach (Match m in Defined().Matches(text))
            {
                string abbreviation = m.Groups["abbr"].Value;
                var before = WordPattern().Matches(text[..m.Index]).Select(w => w.Value).ToList();
                if (LongForm(abbreviation, before) is { } longForm) definitions.TryAdd(abbreviation, longForm);
            }
        }
        return definitions;
    }

    /// <summary>
    /// The words just before an abbreviation that it abbreviates: the nearest run, starting with a word whose first
    /// letter is the abbreviation's, whose initials (or whole words, for words in capitals) spell it.
    /// </summary>
    private static string? LongForm(string abbreviation, IReadOnlyList<string> before)
    {
        string letters = Letters(abbreviation);
        if (letters.Length < 2) return null;
        for (int start = before.Count - 1; start >= 0 && start >= before.Count - 12; start--)
        {
            var run = before.Skip(start).ToList();
            if (Spells(run, letters)) return string.Join(' ', run);
        }
        return null;
    }

    /// <summary>Whether the initials of <paramref name="words"/> (a word in capitals counts whole) spell <paramref name="letters"/>; small words may be skipped.</summary>
    private static bool Spells(IReadOnlyList<string> words, string letters)
    {
        bool Try(int w, int l)
        {
            if (l == letters.Length) return w == words.Count;
            if (w == words.Count) return false;
            string word = words[w];
            string lower = Letters(word);
            if (lower.Length == 0) return Try(w + 1, l);
            // A word in capitals ("ALS") may count whole; any word may count by its initial; a small word may be skipped.
            if (IsCapitals(word) && letters.AsSpan(l).StartsWith(lower, StringComparison.Ordinal) && Try(w + 1, l + lower.Length)) return true;
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

    /// <summary>The comparable words of a text, in order: lower case, no punctuation, plurals reduced, no numbers, time units or small words.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (Match m in WordPattern().Matches(text.Normalize(NormalizationForm.FormKC).ToLowerInvariant()))
        {
            string word = Singular(m.Value);
            if (word.All(char.IsDigit) || SmallWords.Contains(word) || TimeWords.Contains(word)) continue;
            words.Add(word);
        }
        return words;
    }

    private static string Singular(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal)
            ? word[..^1]
            : word;

    private static double Weight(string word) => GenericWords.Contains(word) ? GenericWeight : 1.0;

    private static string Plain(string text) => string.Join(' ', WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value));

    private static string Letters(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static bool IsCapitals(string word) => word.Count(char.IsUpper) >= 2 && !word.Any(char.IsLower);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    // "(ALSFRS-R)", "(FVC)", "(QoL)": an abbreviation in parentheses.
    [GeneratedRegex(@"\(\s*(?<abbr>[A-Za-z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*)\s*\)")]
    private static partial Regex Defined();

    // A word with at least two capitals and no spaces: "ALSFRS-R", "FVC", "EQ-5D", "QoL" is not (one capital).
    [GeneratedRegex(@"(?<![\p{L}\p{N}-])(?=[A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*[A-Z])[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?![\p{L}\p{N}])")]
    private static partial Regex Acronym();
}
