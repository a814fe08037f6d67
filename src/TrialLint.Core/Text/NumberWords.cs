namespace TrialLint.Text;

/// <summary>
/// Whole numbers written in English words, zero to ninety-nine ("eight", "Seven", "twenty", "twenty-one"): the one
/// reading of number words for every rule that reads prose (TL0103's enrolment text, TL0712 and TL0713, outcome
/// matching and time frames), so that they agree on what "twenty-one" is.
/// </summary>
public static class NumberWords
{
    private static readonly string[] Units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>
    /// The value of one number word ("eight", "Twenty") or a hyphenated tens-and-unit pair ("twenty-one"),
    /// case-insensitive; false for anything else ("twenty-ten", "hundred", "8").
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> word, out int value)
    {
        int dash = word.IndexOf('-');
        if (dash > 0)
        {
            value = 0;
            if (!TryParse(word[..dash], out int tens) || tens < 20 || tens % 10 != 0) return false;
            if (!TryParse(word[(dash + 1)..], out int unit) || unit is < 1 or > 9) return false;
            value = tens + unit;
            return true;
        }
        for (int i = 0; i < Units.Length; i++)
        {
            if (word.Equals(Units[i], StringComparison.OrdinalIgnoreCase)) { value = i; return true; }
        }
        for (int i = 2; i < Tens.Length; i++)
        {
            if (word.Equals(Tens[i], StringComparison.OrdinalIgnoreCase)) { value = i * 10; return true; }
        }
        value = 0;
        return false;
    }
}
