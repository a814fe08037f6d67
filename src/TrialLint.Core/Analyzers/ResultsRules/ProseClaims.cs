namespace TrialLint.Analyzers.ResultsRules;

/// <summary>A quantity of the participant flow or the harms that prose may state and the data also gives.</summary>
internal enum ProseQuantity
{
    Enrolled,
    Randomised,
    Received,
    Analysed,
    Completed,
    LostToFollowUp,
    Deaths,
    SeriousParticipants,
    SeriousEvents,
}

/// <summary>How exactly the prose states a number.</summary>
internal enum ProseBound
{
    Exact,
    About,
    MoreThan,
    AtLeast,
    FewerThan,
    AtMost,
    Range,
}

/// <summary>One number written in the prose: its value and the token that writes it.</summary>
internal readonly record struct ProseNumber(long Value, ProseToken Token);

/// <summary>
/// What a clause of prose says about one quantity: one number (a total, or a range's two ends) or one number per
/// arm ("99 and 98 were analysed"), how exactly, and whether it is about one arm only or about each arm.
/// </summary>
internal sealed record ProseClaim(ProseQuantity Quantity, IReadOnlyList<ProseNumber> Numbers, ProseBound Bound, bool EachArm, bool AboutAnArm)
{
    /// <summary>The words as the prose writes them ("120", "about 120", "between 110 and 120", "99 and 98").</summary>
    public string Written { get; init; } = "";

    /// <summary>Whether <paramref name="value"/> agrees with what the prose says (one number: a total or one arm's).</summary>
    public bool Agrees(long value)
    {
        long n = Numbers[0].Value;
        return Bound switch
        {
            ProseBound.Exact => value == n,
            // "about 120": within 10% (at least 1) either way.
            ProseBound.About => Math.Abs(value - n) <= Math.Max(1, n / 10),
            ProseBound.MoreThan => value > n,
            ProseBound.AtLeast => value >= n,
            ProseBound.FewerThan => value < n,
            ProseBound.AtMost => value <= n,
            ProseBound.Range => value >= n && value <= Numbers[^1].Value,
            _ => true,
        };
    }
}

/// <summary>
/// Reads, from prose, the numbers it states for quantities of the participant flow and the harms: "200 participants
/// were randomised", "we enrolled eight patients", "99 and 98 were analysed", "one patient died", "no serious adverse
/// events occurred", "serious adverse events occurred in 3/99 and 2/100 participants". Precision first: a number is
/// read only in these shapes, and a clause is left alone when it is about a plan, another study, a time point or a
/// subgroup, or qualifies the quantity (deaths from one cause, adverse events related to treatment).
/// </summary>
internal static class ProseClaims
{
    private static readonly string[] PersonNouns =
    [
        "participant", "participants", "patient", "patients", "subject", "subjects", "people", "person", "persons",
        "individual", "individuals", "volunteer", "volunteers", "adults", "child", "children", "infant", "infants",
        "neonate", "neonates", "newborn", "newborns", "pt", "pts",
    ];

    // Words between a number and the people it counts that make them a subgroup ("40 female patients", "the
    // remaining 20 patients", "12 older participants").
    private static readonly string[] SubgroupModifiers =
    [
        "female", "male", "older", "younger", "elderly", "remaining", "other", "additional", "further", "more", "new",
        "first", "last", "these", "those", "such", "white", "black", "asian", "hispanic", "latino", "non-white", "obese",
        "diabetic", "pregnant", "postmenopausal", "premenopausal", "smokers", "surviving", "deceased", "excluded",
        "withdrawn", "ineligible", "screened", "control", "placebo", "active", "treatment", "intervention", "comparison",
    ];

    private static readonly string[] Auxiliaries = ["were", "was", "had", "have", "has", "been", "are", "is", "being"];

    private static readonly string[] Adverbs =
    [
        "randomly", "subsequently", "eventually", "ultimately", "then", "finally", "successfully", "initially", "also", "all",
        "both", "actually", "prospectively", "ultimately", "thus", "therefore",
    ];

    // A number right after one of these is not the count of a quantity of the whole trial: a subgroup ("of whom 40"),
    // a time point or event ("after 12 patients"), a threshold ("than 20").
    private static readonly string[] SubgroupBefore =
    [
        "whom", "these", "those", "them", "among", "amongst", "including", "included", "except", "excluding", "after",
        "before", "when", "until", "once", "than", "at", "by", "within", "aged", "age", "phase", "grade", "day", "week",
        "month", "year", "version", "cycle", "visit", "dose", "doses", "arm", "group", "cohort", "stage", "part", "n", "no",
        "number", "table", "figure", "fig", "study", "trial", "site", "centre", "center", "level",
    ];

    // A clause with one of these is about a plan, other studies or another population: nothing in it is read.
    private static readonly string[] OtherContext =
    [
        "planned", "plan", "plans", "planning", "target", "targeted", "aimed", "aim", "aims", "intended", "intend", "expected",
        "anticipated", "will", "would", "shall", "should", "could", "may", "might", "powered", "power", "required", "requires",
        "needed", "estimated", "projected", "calculated", "goal", "previous", "previously", "prior", "earlier", "pilot",
        "another", "other", "meta-analysis", "literature", "historical", "registry", "cohort", "subgroup", "subgroups",
        "subset", "stratum", "strata", "sensitivity", "per-protocol", "hypothetical", "simulation", "screened", "screening",
        "if", "unless", "whereas", "portion", "part", "stage", "extension", "run-in", "lead-in",
    ];

    // A clause with one of these states a time point ("at 12 months, 50 remained"): its counts of analysed,
    // completed, lost and dead may be those of that time, not of the flow.
    private static readonly string[] TimeUnits =
    [
        "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "wk", "wks", "mo", "yr", "yrs",
    ];

    // After "died": a cause or a time ("died of sepsis", "died shortly after enrolment") names some of the deaths only.
    private static readonly string[] DeathQualifiers =
    [
        "of", "from", "due", "because", "after", "before", "within", "following", "at", "on", "while", "as", "shortly",
        "later", "unexpectedly", "suddenly", "soon", "following", "related", "attributed", "secondary",
    ];

    private static readonly string[] SaeQualifiers =
    [
        "related", "unrelated", "attributed", "attributable", "possibly", "probably", "definitely", "unexpected",
        "suspected", "considered", "judged", "fatal", "new", "additional", "further", "other", "grade", "treatment-emergent",
        "procedure", "device", "drug", "treatment", "study",
    ];

    /// <summary>The claims a text makes.</summary>
    public static List<ProseClaim> Read(string text)
    {
        var tokens = ProseTokens.Tokenize(text);
        var claims = new List<ProseClaim>();
        foreach (var (start, end) in ProseTokens.Clauses(tokens))
        {
            var clause = tokens.GetRange(start, end - start);
            if (clause.Any(t => t.IsAny(OtherContext))) continue;
            bool timePoint = HasTimePoint(clause);
            var found = new List<ProseClaim>();
            ReadNumberFirst(clause, found);
            ReadVerbFirst(clause, found);
            ReadSeriousIn(clause, found);
            ReadNone(clause, found);
            foreach (var claim in found)
            {
                // A time point may be the one the data count at, or another: only allocation is safe.
                if (timePoint && claim.Quantity is not (ProseQuantity.Enrolled or ProseQuantity.Randomised)) continue;
                if (claims.Any(c => c.Numbers[0].Token.Start == claim.Numbers[0].Token.Start)) continue;
                claims.Add(claim);
            }
        }
        return claims;
    }

    /// <summary>"200 participants were randomised", "99 and 98 were analysed", "Eight patients with ALS were enrolled", "7 died".</summary>
    private static void ReadNumberFirst(List<ProseToken> c, List<ProseClaim> found)
    {
        for (int i = 0; i < c.Count; i++)
        {
            if (ProseTokens.WholeNumber(c[i]) is null) continue;
            // The anchor is the last number of a list or range: the one the words after it belong to.
            int next = SkipParenthesis(c, i + 1);
            if (next < c.Count && (c[next].IsAny("and", "or", "to", "-", "–", ",", "/") || c[next].Text == "%")) continue;
            if (i > 0 && c[i - 1].Text is "-" or "/" or "=" or ":" or "#" or "." or "–" && !IsRangeDash(c, i - 1)) continue;
            // the N of "n of N": the group n is part of
            if (i > 1 && c[i - 1].Is("of") && !c[i - 2].Is("total") || i > 2 && c[i - 1].Is("the") && c[i - 2].Is("of") && !c[i - 3].Is("total")) continue;
            int p = next;
            // "n of N": the count is n; N is the group it is part of.
            bool ofN = false;
            if (p + 1 < c.Count && c[p].Is("of"))
            {
                int q = p + 1;
                if (q < c.Count && c[q].Is("the")) q++;
                if (q < c.Count && ProseTokens.WholeNumber(c[q]) is not null) { p = SkipParenthesis(c, q + 1); ofN = true; }
            }
            int nounAt = PersonNounAt(c, p);
            bool noun = nounAt >= 0;
            if (noun) p = SkipParenthesis(c, nounAt + 1);
            // "Eight patients with definite or probable ALS were enrolled": who they were, for enrolment only.
            int afterWith = p;
            bool with = false;
            if (noun && p < c.Count && c[p].Is("with"))
            {
                int q = p + 1;
                while (q < c.Count && q - p <= 7 && !c[q].IsAny(Auxiliaries) && ProseTokens.WholeNumber(c[q]) is null && c[q].Text is not ("," or "(" or ")")) q++;
                if (q < c.Count && c[q].IsAny(Auxiliaries)) { afterWith = q; with = true; }
            }
            if (with) p = afterWith;
            bool aux = false;
            while (p < c.Count && c[p].IsAny(Auxiliaries)) { p++; aux = true; }
            while (p < c.Count && c[p].IsAny(Adverbs)) p++;
            if (!noun && !aux && !(p < c.Count && c[p].IsAny("died", "withdrew"))) continue;
            if (p >= c.Count) continue;
            var quantity = VerbAt(c, p, out int after);
            if (quantity is null) continue;
            if (with && quantity is not (ProseQuantity.Enrolled or ProseQuantity.Randomised)) continue;
            // "621 of the 2022 patients allocated tocilizumab ... died": a participle without "were" describes N.
            if (ofN && !aux && quantity is ProseQuantity.Randomised or ProseQuantity.Enrolled or ProseQuantity.Received or ProseQuantity.Analysed) continue;
            if (quantity == ProseQuantity.Deaths && !DeathsUnqualified(c, after)) continue;
            if (quantity == ProseQuantity.SeriousParticipants && !SeriousUnqualified(c, p)) continue;
            if (quantity == ProseQuantity.Received && !ReceivedTheTreatment(c, after)) continue;
            if (Collect(c, i, quantity.Value, after) is { } claim) found.Add(claim);
        }
        // "3 deaths", "2 serious adverse events"
        for (int i = 0; i + 1 < c.Count; i++)
        {
            if (ProseTokens.WholeNumber(c[i]) is null) continue;
            if (i > 0 && c[i - 1].Text is "-" or "/" or "=" or ":" or "#" or "." or "–") continue;
            int p = SkipParenthesis(c, i + 1);
            if (p >= c.Count) continue;
            if (c[p].IsAny("death", "deaths") && DeathsUnqualified(c, p + 1) && Collect(c, i, ProseQuantity.Deaths, p + 1) is { } d) found.Add(d);
            else if (SeriousAt(c, p) is int q && c[q - 1].IsAny("events", "event", "saes", "sae") && SeriousUnqualified(c, p) && Collect(c, i, ProseQuantity.SeriousEvents, q) is { } s) found.Add(s);
        }
    }

    /// <summary>"We randomised 200 participants", "we enrolled a total of eight patients".</summary>
    private static void ReadVerbFirst(List<ProseToken> c, List<ProseClaim> found)
    {
        for (int i = 0; i + 1 < c.Count; i++)
        {
            if (!c[i].IsAny("we", "they", "investigators", "researchers", "authors")) continue;
            int p = i + 1;
            while (p < c.Count && (c[p].IsAny(Adverbs) || c[p].IsAny("have", "had"))) p++;
            if (p >= c.Count) continue;
            var quantity = VerbAt(c, p, out int after);
            if (quantity is not (ProseQuantity.Enrolled or ProseQuantity.Randomised or ProseQuantity.Analysed)) continue;
            int q = after;
            while (q < c.Count && BoundWord(c, q, out int width) is not null) q += width;
            if (q < c.Count && c[q].Is("between")) q++;
            if (q >= c.Count || ProseTokens.WholeNumber(c[q]) is null) continue;
            int anchor = q;
            // a range or list written after the verb: "between 110 and 120 patients"
            while (anchor + 2 < c.Count && c[anchor + 1].IsAny("and", "to", "-", "–") && ProseTokens.WholeNumber(c[anchor + 2]) is not null) anchor += 2;
            int r = PersonNounAt(c, SkipParenthesis(c, anchor + 1));
            if (r < 0) continue;
            if (Collect(c, anchor, quantity.Value, r + 1) is { } claim) found.Add(claim);
        }
    }

    /// <summary>"Serious adverse events occurred in 3/99 and 2/100 participants", "SAEs were reported in 2 (5%) patients".</summary>
    private static void ReadSeriousIn(List<ProseToken> c, List<ProseClaim> found)
    {
        for (int i = 0; i < c.Count; i++)
        {
            if (SeriousAt(c, i) is not int p || !SeriousUnqualified(c, i)) continue;
            while (p < c.Count && (c[p].IsAny(Auxiliaries) || c[p].IsAny("occurred", "reported", "observed", "seen", "recorded", "noted"))) p++;
            if (p + 1 >= c.Count || !c[p].Is("in")) continue;
            int q = p + 1;
            // the list of numerators: n, n/N, n of N, n (x%), joined by ',' and 'and'
            var numbers = new List<ProseNumber>();
            while (q < c.Count && ProseTokens.WholeNumber(c[q]) is long n)
            {
                numbers.Add(new ProseNumber(n, c[q]));
                q++;
                if (q + 1 < c.Count && (c[q].Text == "/" || c[q].Is("of")))
                {
                    int d = c[q + 1].Is("the") ? q + 2 : q + 1;
                    if (d < c.Count && ProseTokens.WholeNumber(c[d]) is not null) q = d + 1;
                }
                q = SkipParenthesis(c, q);
                if (q + 1 < c.Count && c[q].IsAny("and", ",") && ProseTokens.WholeNumber(c[q + 1]) is not null) q++;
                else break;
            }
            if (numbers.Count == 0) continue;
            // "in 131 of the 532 patients who received remdesivir (24.6%) and in 163 of the 516 ...": one number per arm
            for (int k = q; k + 2 < c.Count && numbers.Count < 6; k++)
            {
                if (!c[k].Is("and")) continue;
                // "and in 163 of the 516", "and 2 of 100 (2.0%) with placebo"
                int m = c[k + 1].Is("in") ? k + 2 : k + 1;
                if (ProseTokens.WholeNumber(c[m]) is not long more) continue;
                if (m == k + 1 && !(m + 1 < c.Count && (c[m + 1].Is("of") || c[m + 1].Text == "/"))) continue;
                numbers.Add(new ProseNumber(more, c[m]));
                k = m;
            }
            if (numbers.Count > 1 && q < c.Count && !c[q].IsAny("and", ",")) q = c.Count;
            if (q < c.Count && c[q].IsAny("and", "or", "%")) continue;
            if (q < c.Count && !c[q].IsAny(PersonNouns) && c[q].Text is not ("," or ")" or "(") && !c[q].IsAny("in", "with", "during", "of", "respectively")) continue;
            var claim = new ProseClaim(ProseQuantity.SeriousParticipants, numbers, ProseBound.Exact, EachArm: false, AboutAnArm: MentionsArm(c, q))
            {
                Written = string.Join(" and ", numbers.Select(x => x.Token.Text)),
            };
            found.Add(claim);
        }
    }

    /// <summary>"No serious adverse events were observed", "there were no deaths", "no patients died", "none was lost to follow-up".</summary>
    private static void ReadNone(List<ProseToken> c, List<ProseClaim> found)
    {
        for (int i = 0; i + 1 < c.Count; i++)
        {
            if (!c[i].IsAny("no", "none")) continue;
            int p = i + 1;
            ProseQuantity? quantity = null;
            int after = p;
            if (c[i].Is("no") && c[p].IsAny("death", "deaths"))
            {
                quantity = ProseQuantity.Deaths;
                after = p + 1;
                while (after < c.Count && c[after].IsAny(Auxiliaries.Concat(["occurred", "reported", "observed", "recorded"]).ToArray())) after++;
                if (!DeathsUnqualified(c, after)) continue;
            }
            else if (c[i].Is("no") && SeriousAt(c, p) is int q)
            {
                if (!SeriousUnqualified(c, p)) continue;
                quantity = ProseQuantity.SeriousParticipants;
                after = q;
                while (after < c.Count && c[after].IsAny(Auxiliaries.Concat(["occurred", "reported", "observed", "recorded", "seen", "noted"]).ToArray())) after++;
                if (after < c.Count && c[after].IsAny(SaeQualifiers)) continue;
            }
            else
            {
                if (c[i].Is("no") && p < c.Count && c[p].IsAny(PersonNouns)) p++;
                else if (c[i].Is("none") && p + 2 < c.Count && c[p].Is("of") && c[p + 1].Is("the") && c[p + 2].IsAny(PersonNouns)) p += 3;
                else if (!c[i].Is("none")) continue;
                while (p < c.Count && c[p].IsAny(Auxiliaries)) p++;
                quantity = p < c.Count ? VerbAt(c, p, out after) : null;
                if (quantity is not (ProseQuantity.Deaths or ProseQuantity.LostToFollowUp)) continue;
                if (quantity == ProseQuantity.Deaths && !DeathsUnqualified(c, after)) continue;
            }
            if (MentionsArm(c, after)) continue;
            found.Add(new ProseClaim(quantity.Value, [new ProseNumber(0, c[i])], ProseBound.Exact, EachArm: false, AboutAnArm: false) { Written = "none" });
        }
    }

    /// <summary>
    /// The claim whose last number is at <paramref name="anchor"/>: the list or range it ends, the bound written
    /// before it, or null when the words before it say it counts a subgroup or something else.
    /// </summary>
    private static ProseClaim? Collect(List<ProseToken> c, int anchor, ProseQuantity quantity, int after)
    {
        var numbers = new List<ProseNumber> { new(ProseTokens.WholeNumber(c[anchor])!.Value, c[anchor]) };
        int first = anchor;
        var bound = ProseBound.Exact;
        // a range: "between 110 and 120", "110 to 120", "110-120"
        if (first >= 2 && c[first - 1].IsAny("to", "-", "–", "and") && ProseTokens.WholeNumber(c[first - 2]) is long low)
        {
            bool between = first >= 3 && c[first - 3].Is("between");
            if (c[first - 1].Is("and") && !between)
            {
                // a list: "99 and 98", "60, 58 and 57"
                numbers.Insert(0, new ProseNumber(low, c[first - 2]));
                first -= 2;
                while (first >= 2 && c[first - 1].Text == "," && ProseTokens.WholeNumber(c[first - 2]) is long more)
                {
                    numbers.Insert(0, new ProseNumber(more, c[first - 2]));
                    first -= 2;
                }
            }
            else if (low <= numbers[0].Value)
            {
                numbers.Insert(0, new ProseNumber(low, c[first - 2]));
                first -= between ? 3 : 2;
                bound = ProseBound.Range;
            }
            else return null;
        }
        else
        {
            // the parenthesis between list items: "3 (3%) and 2 (2%)"
            int before = first - 1;
            if (before >= 0 && c[before].Text == ")")
            {
                int open = c.FindLastIndex(before, Math.Min(before + 1, 8), t => t.Text == "(");
                if (open > 1 && c[open - 1].IsAny("and") && ProseTokens.WholeNumber(c[open - 2]) is long prev)
                {
                    numbers.Insert(0, new ProseNumber(prev, c[open - 2]));
                    first = open - 2;
                }
            }
        }
        int b = first - 1;
        if (bound != ProseBound.Range)
        {
            for (int w = 3; w >= 1; w--)
            {
                if (b - w + 1 < 0) continue;
                if (BoundWord(c, b - w + 1, out int width) is { } found && width == w)
                {
                    if (numbers.Count > 1) return null;
                    bound = found;
                    b -= w;
                    break;
                }
            }
        }
        if (b >= 0 && (c[b].IsAny(SubgroupBefore) || c[b].IsAny(SubgroupModifiers) || c[b].Text is "-" or "/" or "=" or "#" or "–" or "(" || (c[b].Text == "," && b >= 1 && c[b - 1].IsAny(SubgroupBefore))))
        {
            if (!(c[b].Text == "(" && quantity == ProseQuantity.SeriousParticipants)) return null;
        }
        if (b >= 1 && c[b].Is("the") && c[b - 1].IsAny(SubgroupBefore)) return null;
        if (b >= 0 && c[b].IsAny("in") && quantity is not ProseQuantity.SeriousParticipants) return null;
        bool each = false;
        for (int e = after; e < c.Count && e < after + 4 && c[e].Text != "("; e++)
        {
            if (c[e].Is("each") || (c[e].Is("per") && e + 1 < c.Count && c[e + 1].IsAny("arm", "group"))) each = true;
        }
        string written = bound switch
        {
            ProseBound.Range => $"{numbers[0].Token.Text}–{numbers[^1].Token.Text}",
            _ when numbers.Count > 1 => string.Join(" and ", numbers.Select(n => n.Token.Text)),
            ProseBound.Exact => numbers[0].Token.IsDigits ? numbers[0].Token.Text : numbers[0].Token.Text.ToLowerInvariant(),
            _ => c.Skip(b + 1).Take(anchor - b).Aggregate("", (s, t) => s.Length == 0 ? t.Text : s + " " + t.Text),
        };
        return new ProseClaim(quantity, numbers, bound, each, MentionsArm(c, after) || (b >= 0 && MentionsArmBefore(c, b))) { Written = written };
    }

    /// <summary>A word or words before a number that say how exact it is; <paramref name="width"/> is how many tokens.</summary>
    private static ProseBound? BoundWord(List<ProseToken> c, int i, out int width)
    {
        width = 1;
        if (i < 0 || i >= c.Count) return null;
        string Next(int k) => i + k < c.Count ? c[i + k].Text.ToLowerInvariant() : "";
        switch (c[i].Text.ToLowerInvariant())
        {
            case "about" or "approximately" or "around" or "roughly" or "some" or "circa" or "ca" or "~" or "≈" or "almost" or "nearly":
                return ProseBound.About;
            case "over" or "above":
                return ProseBound.MoreThan;
            case "under" or "below":
                return ProseBound.FewerThan;
            case "more" or "greater" when Next(1) == "than":
                width = 2;
                return ProseBound.MoreThan;
            case "fewer" or "less" when Next(1) == "than":
                width = 2;
                return ProseBound.FewerThan;
            case "at" when Next(1) is "least" or "most":
                width = 2;
                return Next(1) == "least" ? ProseBound.AtLeast : ProseBound.AtMost;
            case "up" when Next(1) == "to":
                width = 2;
                return ProseBound.AtMost;
            case "a" when Next(1) == "total" && Next(2) == "of":
                width = 3;
                return ProseBound.Exact;
            case "total" when Next(1) == "of":
                width = 2;
                return ProseBound.Exact;
            case "all":
                return ProseBound.Exact;
            default:
                return null;
        }
    }

    /// <summary>The quantity a verb at <paramref name="p"/> names, and where its words end.</summary>
    private static ProseQuantity? VerbAt(List<ProseToken> c, int p, out int after)
    {
        after = p + 1;
        string w = c[p].Text.ToLowerInvariant();
        switch (w)
        {
            case "randomised" or "randomized" or "allocated" or "assigned":
                return ProseQuantity.Randomised;
            case "underwent" when p + 1 < c.Count && c[p + 1].IsAny("randomization", "randomisation"):
                after = p + 2;
                return ProseQuantity.Randomised;
            case "enrolled" or "enroled":
                return ProseQuantity.Enrolled;
            case "analysed" or "analyzed":
                return ProseQuantity.Analysed;
            case "treated" or "received" or "dosed":
                return ProseQuantity.Received;
            case "died":
                return ProseQuantity.Deaths;
            case "completed":
                {
                    // "completed", "completed the study / trial / follow-up": not "completed 12 weeks" nor "the questionnaire"
                    int q = p + 1;
                    if (q < c.Count && c[q].IsAny("the", "their")) q++;
                    if (q < c.Count && c[q].IsAny("study", "trial", "follow-up", "protocol")) { after = q + 1; return ProseQuantity.Completed; }
                    return q >= c.Count || c[q].Text is "," or "(" ? ProseQuantity.Completed : null;
                }
            case "lost":
                if (p + 2 < c.Count && c[p + 1].Is("to") && (c[p + 2].Is("follow-up") || (c[p + 2].Is("follow") && p + 3 < c.Count && c[p + 3].Is("up"))))
                {
                    after = c[p + 2].Is("follow") ? p + 4 : p + 3;
                    return ProseQuantity.LostToFollowUp;
                }
                return null;
            case "included" when p + 2 < c.Count && c[p + 1].Is("in"):
                {
                    // "included in the (primary / final / intention-to-treat) analysis"
                    int q = p + 2;
                    if (c[q].Is("the")) q++;
                    while (q < c.Count && c[q].IsAny("primary", "final", "intention-to-treat", "itt", "efficacy", "main")) q++;
                    if (q < c.Count && c[q].IsAny("analysis", "analyses")) { after = q + 1; return ProseQuantity.Analysed; }
                    return null;
                }
            default:
                {
                    int q = p;
                    if (c[q].IsAny("had", "experienced", "developed", "reported")) q++;
                    if (q + 2 < c.Count && c[q].Is("at") && c[q + 1].Is("least") && c[q + 2].Is("one")) q += 3;
                    else if (q + 2 < c.Count && c[q].Is("one") && c[q + 1].Is("or") && c[q + 2].Is("more")) q += 3;
                    else if (q < c.Count && c[q].IsAny("a", "an", "any")) q++;
                    if (SeriousAt(c, q) is int end) { after = end; return ProseQuantity.SeriousParticipants; }
                    return null;
                }
        }
    }

    /// <summary>Where the words "serious adverse event(s)" / "SAE(s)" starting at <paramref name="p"/> end, or null.</summary>
    private static int? SeriousAt(List<ProseToken> c, int p)
    {
        if (p >= c.Count) return null;
        if (c[p].IsAny("sae", "saes")) return p + 1;
        if (p + 2 < c.Count && c[p].Is("serious") && c[p + 1].Is("adverse") && c[p + 2].IsAny("event", "events")) return p + 3;
        return null;
    }

    /// <summary>Whether the serious adverse events at <paramref name="p"/> are all of them, not those related to treatment or of a grade.</summary>
    private static bool SeriousUnqualified(List<ProseToken> c, int p)
    {
        int s = p;
        while (s < c.Count && !c[s].IsAny("serious", "sae", "saes")) s++;
        if (s > 0 && (c[s - 1].IsAny(SaeQualifiers) || c[s - 1].Text.EndsWith("-related", StringComparison.OrdinalIgnoreCase))) return false;
        // the whole clause: "serious adverse events considered related to the study drug"
        return !c.Any(t => t.IsAny("related", "unrelated", "attributed", "attributable", "causally", "relationship", "grade", "reaction", "reactions"));
    }

    /// <summary>Whether "died" (or "deaths") is unqualified: not "of sepsis", "after enrolment", "shortly after".</summary>
    private static bool DeathsUnqualified(List<ProseToken> c, int after)
    {
        if (after >= c.Count) return true;
        if (c[after].IsAny("during", "in", "over") && after + 2 < c.Count && c[after + 1].Is("the") && c[after + 2].IsAny("study", "trial")) return true;
        if (c[after].Is("in")) return MentionsArm(c, after);
        return !c[after].IsAny(DeathQualifiers) && !c.Skip(after).Any(t => t.IsAny("related", "attributed", "due", "cause", "causes"));
    }

    /// <summary>"received the allocated intervention", "were treated" (alone): not "received rescue medication".</summary>
    private static bool ReceivedTheTreatment(List<ProseToken> c, int after)
    {
        if (after >= c.Count || c[after].Text is "," or "(") return true;
        int q = after;
        if (c[q].IsAny("with")) return false;
        if (c[q].IsAny("the", "their", "its")) q++;
        return q < c.Count && (c[q].IsAny("allocated", "assigned", "intended", "randomised", "randomized", "study") || (q + 1 < c.Count && c[q].IsAny("intervention", "treatment")));
    }

    /// <summary>Whether the words from <paramref name="from"/> to the end of the clause name an arm or group ("in the placebo group", "per arm").</summary>
    private static bool MentionsArm(List<ProseToken> c, int from)
    {
        // Outside parentheses ("(100 per arm)" says how the total divides); "to drug or placebo" and "to the two
        // groups" name all the arms, not one.
        var words = new List<ProseToken>();
        int depth = 0;
        for (int i = Math.Max(0, from); i < c.Count; i++)
        {
            if (c[i].Text == "(") depth++;
            else if (c[i].Text == ")") depth = Math.Max(0, depth - 1);
            else if (depth == 0) words.Add(c[i]);
        }
        if (words.Any(t => t.IsAny("group", "arm", "cohort", "respectively"))) return true;
        bool allArms = words.Any(t => t.IsAny("or", "and", "versus", "vs", "groups", "arms", "both", "each"));
        return !allArms && words.Any(t => t.IsAny("placebo", "control", "controls", "sham", "usual"));
    }

    private static bool MentionsArmBefore(List<ProseToken> c, int before) =>
        c.Take(before + 1).Any(t => t.IsAny("group", "groups", "arm", "arms", "placebo", "control", "cohort"));

    private static bool HasTimePoint(List<ProseToken> c)
    {
        for (int i = 0; i < c.Count; i++)
        {
            if (!c[i].IsAny(TimeUnits)) continue;
            bool numberNear = (i > 0 && (c[i - 1].IsDigits || ProseTokens.WholeNumber(c[i - 1]) is not null || c[i - 1].Text == "-")) ||
                              (i + 1 < c.Count && c[i + 1].IsDigits);
            if (numberNear) return true;
        }
        return c.Any(t => t.IsAny("baseline", "follow-up")) && c.Any(t => t.IsAny("at", "by", "after", "until"));
    }

    /// <summary>Past a parenthesis that starts at <paramref name="p"/> ("(42.4%)", "(n = 8)"), or <paramref name="p"/>.</summary>
    private static int SkipParenthesis(List<ProseToken> c, int p)
    {
        if (p >= c.Count || c[p].Text != "(") return p;
        for (int q = p + 1; q < c.Count && q <= p + 12; q++)
        {
            if (c[q].Text == ")") return q + 1;
        }
        return p;
    }

    private static bool IsRangeDash(List<ProseToken> c, int dash) => dash > 0 && ProseTokens.WholeNumber(c[dash - 1]) is not null && c[dash].Text is "-" or "–";

    /// <summary>
    /// Where the people a number counts are named, at most three words on from <paramref name="p"/> ("patients",
    /// "adult trauma patients", "ALS patients"), or -1: not after a word that makes them a subgroup, a number or a sign.
    /// </summary>
    private static int PersonNounAt(List<ProseToken> c, int p)
    {
        int found = -1;
        for (int q = p; q < c.Count && q < p + 4; q++)
        {
            // the last of "adult trauma patients"
            if (c[q].IsAny(PersonNouns)) { found = q; continue; }
            bool word = c[q].Text.Length > 0 && char.IsLetter(c[q].Text[0]);
            if (!word || c[q].IsAny(SubgroupModifiers) || c[q].IsAny(Auxiliaries) || c[q].IsAny("of", "in", "with", "who", "and", "or", "to", "at", "from", "for")) return found;
            if (found >= 0) return found;
        }
        return found;
    }

}
