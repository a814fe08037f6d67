using System.Text.RegularExpressions;

namespace TrialLint.Analyzers.ParticipantFlowRules;

/// <summary>
/// Whether prose says which participants a table describes: a population definition, not just a number. "All
/// randomised participants who received at least one dose", "the per-protocol population", "modified
/// intention-to-treat", "all enrolled patients except one with a protocol deviation", "excluding 2 who withdrew
/// consent" define the population; "men 22 of 57" or "Table 1 shows age and sex" do not, and neither does a bare
/// "intention-to-treat population" (everyone allocated, which explains no difference). Used for baseline tables
/// (TL0112) and outcome denominators (TL0705).
/// </summary>
internal static partial class TL0112PopulationText
{
    /// <summary>Whether <paramref name="text"/> defines the participants it describes.</summary>
    public static bool DefinesPopulation(string? text) =>
        text is not null && (WhoDid().IsMatch(text) || AllOfAKind().IsMatch(text) || SubsetName().IsMatch(text) || Exclusion().IsMatch(text));

    /// <summary>Whether <paramref name="text"/> says the data combine participants from elsewhere (another study, pooled arms).</summary>
    public static bool CombinesOtherParticipants(string? text) => text is not null && Combined().IsMatch(text);

    // "participants who received ...", "patients who were treated ...", "those who had ...", "16 of 20 consented participants received the device".
    [GeneratedRegex(@"\b(?:participants?|patients?|subjects?|children|people|persons|individuals|women|men|those)\s+(?:(?:who|that|with)\s+(?:were\s+|had\s+|have\s+)?(?:received|took|taken|started|completed|enrolled|consented|randomi[sz]ed|treated|dosed|exposed|met|had|underwent|provided|at\s+least)|(?:(?:overall|all|each|also|only)\s+)?(?:were\s+)?(?:received|took|completed|consented|randomi[sz]ed|treated|dosed))\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhoDid();

    // "all randomized participants", "All Randomized and Treated Subjects", "all enrolled patients", "all treated patients".
    [GeneratedRegex(@"\ball\s+(?:(?:randomi[sz]ed|enrolled|treated|dosed|evaluable|eligible|and|or)\s+)+(?:participants?|patients?|subjects?|people|persons|individuals|women|men|children)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AllOfAKind();

    // Names of analysis sets that are subsets of those allocated.
    [GeneratedRegex(@"\bper[\s-]*protocol\b|\bmodified\s+intent(?:ion)?[\s-]*to[\s-]*treat\b|\bm-?ITT\b|\bfull\s+analysis\s+set\b|\bsafety\s+(?:analysis\s+)?(?:population|set)\b|\bevaluable\b|\bat\s+least\s+(?:one|1)\s+dose\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubsetName();

    // "excluding 2 who withdrew consent", "except those with protocol deviations", "was excluded from the FAS".
    [GeneratedRegex(@"\b(?:excluding|except(?:\s+for)?|excluded|with\s+the\s+exception\s+of|other\s+than|not\s+included)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Exclusion();

    // "Data is a combined data set ... from study 200719", "pooled data", "participants from both arms".
    [GeneratedRegex(@"\b(?:combined|pooled)\s+(?:data|analysis|population|arms?|groups?)\b|\bdata\s+(?:set\s+)?(?:is\s+|are\s+)?(?:combined|pooled)\b|\bfrom\s+(?:another|the\s+other|a\s+different)\s+(?:study|trial)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Combined();
}
