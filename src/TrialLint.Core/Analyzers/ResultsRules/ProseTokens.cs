using System.Globalization;
using System.Text.RegularExpressions;
using TrialLint.Text;

namespace TrialLint.Analyzers.ResultsRules;

/// <summary>A word, number or sign of a prose text, with where it is in the text.</summary>
internal readonly record struct ProseToken(string Text, int Start)
{
    /// <summary>The length of the token in the text.</summary>
    public int Length => Text.Length;

    /// <summary>Whether the token is written in digits (1,553 and 42.4 included).</summary>
    public bool IsDigits => Text.Length > 0 && char.IsAsciiDigit(Text[0]);

    /// <summary>Whether the token is the word <paramref name="word"/>, ignoring case.</summary>
    public bool Is(string word) => string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the token is one of <paramref name="words"/>, ignoring case.</summary>
    public bool IsAny(params string[] words) => words.Any(Is);
}

/// <summary>
/// Splits prose into tokens and clauses, and reads the whole numbers it writes in digits or in words ("8",
/// "1,553", "eight", "Seven", "twenty-one") (TL0712, TL0713).
/// </summary>
internal static partial class ProseTokens
{
    /// <summary>The tokens of <paramref name="text"/>: numbers, words (with inner hyphens and apostrophes) and single signs.</summary>
    public static List<ProseToken> Tokenize(string text)
    {
        var tokens = new List<ProseToken>();
        foreach (Match m in Token().Matches(text)) tokens.Add(new ProseToken(m.Value, m.Index));
        return tokens;
    }

    /// <summary>
    /// The clauses of a token list: runs of tokens between sentence ends (a full stop, ';', '?', '!') and ':'
    /// (structured abstracts: "Results: 200 were randomised"), except a ':' between two numbers (a ratio, 1:1).
    /// </summary>
    public static IEnumerable<(int Start, int End)> Clauses(List<ProseToken> tokens)
    {
        int start = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            string t = tokens[i].Text;
            bool end = t is "." or ";" or "?" or "!" || (t == ":" && !(i > 0 && tokens[i - 1].IsDigits && i + 1 < tokens.Count && tokens[i + 1].IsDigits));
            if (!end) continue;
            if (i > start) yield return (start, i);
            start = i + 1;
        }
        if (start < tokens.Count) yield return (start, tokens.Count);
    }

    /// <summary>
    /// The whole number a token writes: digits with or without thousands separators ("1,553"), or a number in words
    /// up to ninety-nine ("eight", "Seven", "twenty-one"); null for anything else (decimals included).
    /// </summary>
    public static long? WholeNumber(ProseToken token)
    {
        string t = token.Text;
        if (token.IsDigits)
        {
            if (t.Contains('.', StringComparison.Ordinal) || t.Contains('·', StringComparison.Ordinal)) return null;
            return long.TryParse(SeparatorRegex().Replace(t, ""), NumberStyles.None, CultureInfo.InvariantCulture, out long n) && n < 1_000_000_000 ? n : null;
        }
        return NumberWords.TryParse(t, out int word) ? word : null;
    }

    // A number (1,553 or 42.4), a word (drug-related, follow-up, patient's), or one sign.
    [GeneratedRegex(@"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|(?<![\d.,])\d{1,3}(?:[ \u2009\u202F]\d{3})+(?![\d.,]\d)(?!\d)|\d+(?:[.·]\d+)?|[\p{L}]+(?:['’-][\p{L}]+)*|[^\s\p{L}\d]")]
    private static partial Regex Token();

    [GeneratedRegex(@"[, \u2009\u202F]")]
    private static partial Regex SeparatorRegex();
}
