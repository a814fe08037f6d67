using Percent = TrialLint.Analyzers.ResultsRules.WrittenPercent.Percent;

namespace TrialLint.Analyzers.ResultsRules;

/// <summary>A percentage prose gives with its count, its denominator, or both.</summary>
internal sealed record ProsePercentage(Percent Percent, ProseToken PercentToken, long? Count, long? Denominator, string Written);

/// <summary>
/// Reads percentages written with their numbers (TL0713): "n/N (x%)", "n of N participants (x%)", "x% (n/N)",
/// "x% of N", "n (x%)" and "x% (n)". A percentage followed by CI, a confidence or credible interval, or written
/// with a denominator that is not a count ("of 20 mg") is not read; "n (x%)" is read only for a count of people or
/// after "in" ("occurred in 7 (35%)").
/// </summary>
internal static class ProsePercentages
{
    private static readonly string[] Intervals = ["ci", "cis", "confidence", "credible", "cri", "pi", "ui", "interval", "prediction"];

    private static readonly string[] People =
    [
        "participant", "participants", "patient", "patients", "subject", "subjects", "people", "persons", "individuals",
        "adults", "children", "infants", "women", "men", "volunteers", "cases", "respondents",
    ];

    /// <summary>The percentages of <paramref name="text"/> given with their numbers.</summary>
    public static List<ProsePercentage> Read(string text)
    {
        var t = ProseTokens.Tokenize(text);
        var found = new List<ProsePercentage>();
        for (int i = 0; i + 1 < t.Count; i++)
        {
            if (t[i + 1].Text != "%" || !t[i].IsDigits) continue;
            if (i + 2 < t.Count && t[i + 2].IsAny(Intervals)) continue;
            if (i > 0 && t[i - 1].Text is "-" or "−" or "±" or "+" or "–") continue;
            if (!Percent.TryParse(t[i].Text.Replace(",", "", StringComparison.Ordinal), out var p) || p.Decimals > 10 || p.Exact().Value > 100) continue;
            var x = t[i];
            if (Before(t, i, p) is { } before)
            {
                found.Add(before);
                continue;
            }
            if (After(t, i, p) is { } after) found.Add(after);
        }
        return found;
    }

    /// <summary>The numbers before the percentage: "n/N (x%)", "n of N participants (x%)", "n (x%)".</summary>
    private static ProsePercentage? Before(List<ProseToken> t, int i, Percent p)
    {
        // "(x%)" or "(x%," right after the numbers
        if (i < 1 || t[i - 1].Text != "(" || i + 2 >= t.Count || t[i + 2].Text is not (")" or "," or ";")) return null;
        int e = i - 2;
        // up to two words between the numbers and the parenthesis: "3 of 99 participants (3.0%)"
        int words = 0;
        while (e >= 0 && words < 2 && (t[e].IsAny(People) || t[e].IsAny("eligible", "evaluable", "randomised", "randomized", "treated", "analysed", "analyzed"))) { e--; words++; }
        if (e < 0 || ProseTokens.WholeNumber(t[e]) is not long last || !t[e].IsDigits) return null;
        if (e >= 2 && (t[e - 1].Text == "/" || t[e - 1].Is("of")) && ProseTokens.WholeNumber(t[e - 2]) is long k && t[e - 2].IsDigits)
        {
            if (e >= 3 && t[e - 3].Text is "/" or "." or "-") return null;
            return new ProsePercentage(p, t[i], k, last, $"{t[e - 2].Text}{(t[e - 1].Text == "/" ? "/" : " of ")}{t[e].Text} ({t[i].Text}%)");
        }
        if (e >= 1 && t[e - 1].Text is "/" or "." or "-" or "=" or ":" or "±" || e >= 1 && t[e - 1].IsAny("the")) return null;
        // "n (x%) of the N patients"
        if (words == 0 && i + 4 < t.Count && t[i + 2].Text == ")" && t[i + 3].Is("of"))
        {
            int q = t[i + 4].Is("the") ? i + 5 : i + 4;
            if (q < t.Count && t[q].IsDigits && ProseTokens.WholeNumber(t[q]) is long n)
                return new ProsePercentage(p, t[i], last, n, $"{t[e].Text} ({t[i].Text}%) of {t[q].Text}");
        }
        // "n (x%)": a count of people, or after "in"
        bool people = words > 0 || (i + 3 < t.Count && t[i + 2].Text == ")" && t[i + 3].IsAny(People)) || (e >= 1 && t[e - 1].IsAny("in", "and"));
        return people ? new ProsePercentage(p, t[i], last, null, $"{t[e].Text} ({t[i].Text}%)") : null;
    }

    /// <summary>The numbers after the percentage: "x% (n/N)", "x% (n of N)", "x% of N", "x% (n)".</summary>
    private static ProsePercentage? After(List<ProseToken> t, int i, Percent p)
    {
        int a = i + 2;
        if (a + 2 < t.Count && t[a].Text == "(" && ProseTokens.WholeNumber(t[a + 1]) is long k && t[a + 1].IsDigits)
        {
            if (a + 4 < t.Count && (t[a + 2].Text == "/" || t[a + 2].Is("of")) && ProseTokens.WholeNumber(t[a + 3]) is long n && t[a + 3].IsDigits && t[a + 4].Text == ")")
                return new ProsePercentage(p, t[i], k, n, $"{t[i].Text}% ({t[a + 1].Text}{(t[a + 2].Text == "/" ? "/" : " of ")}{t[a + 3].Text})");
            if (t[a + 2].Text == ")" && a + 3 < t.Count && t[a + 3].IsAny(People))
                return new ProsePercentage(p, t[i], k, null, $"{t[i].Text}% ({t[a + 1].Text})");
            return null;
        }
        if (a + 1 < t.Count && t[a].Is("of"))
        {
            int q = a + 1;
            if (q < t.Count && t[q].Is("the")) q++;
            if (q >= t.Count || ProseTokens.WholeNumber(t[q]) is not long n || !t[q].IsDigits) return null;
            // the denominator counts people: "of 20", "of the 20 participants", not "of 20 mg"
            bool end = q + 1 >= t.Count || t[q + 1].Text is "," or "." or ";" or ")" || t[q + 1].IsAny(People) || t[q + 1].IsAny("eligible", "evaluable", "randomised", "randomized", "treated", "analysed", "analyzed");
            return end ? new ProsePercentage(p, t[i], null, n, $"{t[i].Text}% of {t[q].Text}") : null;
        }
        return null;
    }
}
