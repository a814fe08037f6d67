using System.Globalization;
using System.Text.RegularExpressions;
using TrialLint.Text;

namespace TrialLint.Analyzers.ParticipantFlowRules;

/// <summary>
/// Reads the flow statement (on ClinicalTrials.gov: the recruitment and pre-assignment details) for what it says
/// about participants lost between enrolment and allocation. Enrolment often counts everyone who consented, and the
/// pre-assignment details say who was lost before randomisation: "442 enrolled, 42 withdrew before
/// randomisation", "of 67 who consented, 61 were assigned", "2 withdrew before they were randomized".
/// </summary>
internal static partial class TL0103EnrolmentText
{
    /// <summary>
    /// Whether <paramref name="text"/> accounts for the difference: it gives the number lost (enrolled minus
    /// allocated) or the number allocated as a count of participants ("1,864 participants started", "One patient did
    /// not receive", "400 were randomized"), not as any number ("Phase 2", "between 2006 and 2008").
    /// </summary>
    public static bool GivesNumbers(string? text, long enrolled, long allocated)
    {
        if (string.IsNullOrWhiteSpace(text) || enrolled == allocated) return false;
        var numbers = Numbers(text);
        return numbers.Contains(Math.Abs(enrolled - allocated)) || (allocated > 0 && numbers.Contains(allocated));
    }

    /// <summary>
    /// Whether <paramref name="text"/> says participants were lost between enrolment and allocation (screen
    /// failures, a run-in or lead-in, withdrawal before randomisation, enrolled but not randomised or not treated).
    /// </summary>
    public static bool SaysLostBeforeAllocation(string? text) => text is not null && LostBeforeAllocation().IsMatch(text);

    /// <summary>
    /// The counts of participants <paramref name="text"/> gives: whole numbers (digits, with or without thousands
    /// separators, and one to twenty in words) followed within three words by participants or what happened to them.
    /// </summary>
    internal static HashSet<long> Numbers(string text)
    {
        var numbers = new HashSet<long>();
        foreach (Match m in Digits().Matches(text))
        {
            if (Counts(text, m) && long.TryParse(m.Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out long n)) numbers.Add(n);
        }
        foreach (Match m in Word().Matches(text))
        {
            // One to twenty only: larger numbers in words are rarely counts of participants in these texts.
            if (NumberWords.TryParse(m.Value, out int n) && n is >= 1 and <= 20 && Counts(text, m)) numbers.Add(n);
        }
        return numbers;
    }

    private static bool Counts(string text, Match number) => CountOf().IsMatch(text.AsSpan(number.Index + number.Length, Math.Min(60, text.Length - number.Index - number.Length)));

    // What follows a count of participants: "participants", "(1) patient", "were randomized", "withdrew", "par.", or
    // randomisation later in the same clause ("only 6 developed a fever in the ICU and could be randomized").
    [GeneratedRegex(@"^[^.;]{0,60}?\brandomi[sz]|^\W*(?:[\w()]+\W+){0,3}?(?:participants?|patients?|subjects?|par\b|ppts?\b|people|persons?|individuals?|volunteers?|women|men|children|infants|withdr|were|was|did|had|have|screen|randomi|enrol|consent|start|receiv|assign|allocat|treat|dos|exclu|discontinu|complet|entered|met|fail)", RegexOptions.IgnoreCase)]
    private static partial Regex CountOf();

    // 42, 1,553 (not 1.5, not 2020-01-03 parts glued to other digits).
    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d]|[.,]\d)|(?<![\d.,])\d+(?![\d]|[.,]\d)")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\b[A-Za-z]+\b")]
    private static partial Regex Word();

    [GeneratedRegex(@"screen(?:ing)?[\s-]*fail|run[\s-]*in|lead[\s-]*in|\b(?:before|prior\s+to)\s+(?:the\s+)?(?:randomi[sz]ation|allocation|assignment|treatment|dosing|enrol?ment|the\s+(?:study|treatment))|\bnot\s+(?:been\s+|be\s+)?(?:randomi[sz]ed|assigned|allocated|treated|dosed)\b|\b(?:did\s+not|didn't|never)\s+(?:meet|receive|start|enter|begin|return|get|undergo)|\b(?:withdr[ae]w|withdrawn|excluded|ineligible|not\s+eligible|no\s+longer\s+met|declined|screen\s+failures?)\b|\b(?:screened|consented|enrolled)\b[^.;]{0,80}?\b(?:received|randomi[sz]ed|treated|assigned|dosed|started)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LostBeforeAllocation();
}
