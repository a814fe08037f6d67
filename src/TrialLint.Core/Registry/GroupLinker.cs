using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TrialLint.Registry;

/// <summary>
/// Ties the groups of a registry record's results modules to one another and to the registered arms. ClinicalTrials.gov
/// defines the groups of each module separately (FG000 in the participant flow, BG000 in the baseline, OG000 in each
/// outcome measure, EG000 in the adverse events), with titles that usually, but not always, repeat the arm's label:
/// "Placebo", "Patients Who Received Placebo", "1 Placebo", "Placebo (FAS)". A group is tied to an arm only when one
/// of three tests picks exactly one candidate that no other group of the module took:
/// <list type="number">
/// <item>the same title, ignoring case, punctuation and spacing;</item>
/// <item>the same key words: the title without a leading enumeration ("1", "2.", "A)"), a trailing analysis-set
/// label in parentheses ("(FAS)", "(Safety Set)") and filler words ("arm", "group", "patients who received", "number
/// of participants");</item>
/// <item>elimination: the module has as many groups as there are candidates and only one of each is left.</item>
/// </list>
/// Two kinds of title are never tied by key words or elimination, only by the same title: a pooled group ("150 mg
/// or 400 mg", "Combined arms", "All Enrolled Subjects", a factorial margin "Any aliskiren"), which is a union of
/// arms and not one of them (unless there is only one arm to be the union of); and a group named after one treatment ("Placebo") when the candidate is a sequence
/// ("Placebo, Then Anakinra"), or the other way round, since a crossover analyses each treatment over both
/// sequences.
/// A group that none of these ties to an arm is a group of its own ("Placebo->OL CZP", a subset of the placebo arm
/// that switched), with an id of its own: its numbers are checked within the group but never against another
/// group's, so an uncertain match never produces a finding.
/// </summary>
internal sealed partial class GroupLinker
{
    private static readonly HashSet<string> FillerWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "and", "with", "in", "to", "arm", "arms", "group", "groups", "number", "patients", "patient",
        "participants", "participant", "subjects", "subject", "who", "were", "was", "received", "receiving", "treated",
        "population", "set", "analysis", "all",
    };

    private readonly List<Entry> _entries = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    /// <summary>Creates a linker whose first candidates are the registered arms, in order.</summary>
    public GroupLinker(IEnumerable<string?> armLabels)
    {
        foreach (string? label in armLabels) ArmIds.Add(Add(label, isArm: true, isFlow: false).Id);
    }

    /// <summary>The ids given to the registered arms, in order.</summary>
    public List<string> ArmIds { get; } = [];

    /// <summary>
    /// Links the groups of one module (titles in order) and returns an id for each. <paramref name="isFlow"/> marks the
    /// participant flow, whose groups are matched against the arms; the other modules' groups are matched against
    /// every known group, and by elimination against the flow's groups.
    /// </summary>
    public string[] Link(IReadOnlyList<string?> titles, bool isFlow)
    {
        var ids = new string?[titles.Count];
        var used = new HashSet<Entry>();
        var eligible = _entries.Where(e => isFlow ? e.IsArm : e.IsFlow).ToList();
        if (eligible.Count == 0) eligible = _entries.Where(e => e.IsArm).ToList();

        // 1. Same title; 2. same key words. Each must name exactly one candidate not yet taken in this module.
        foreach (bool exact in (ReadOnlySpan<bool>)[true, false])
        {
            for (int i = 0; i < titles.Count; i++)
            {
                if (ids[i] is not null) continue;
                string value = exact ? ExactOf(titles[i]) : KeyOf(titles[i]);
                if (value.Length == 0) continue;
                if (!exact && IsPooled(titles[i])) continue;
                var matches = _entries.Where(e => !used.Contains(e) && e.Matches(value, exact)).ToList();
                if (matches.Count != 1) continue;
                ids[i] = Take(matches[0], titles[i], used, isFlow);
            }
        }

        // 3. Elimination: as many groups as candidates, and one of each left.
        var leftGroups = Enumerable.Range(0, titles.Count).Where(i => ids[i] is null).ToList();
        var leftEntries = eligible.Where(e => !used.Contains(e)).ToList();
        if (leftGroups.Count == 1 && leftEntries.Count == 1 && titles.Count == eligible.Count
            && (!IsPooled(titles[leftGroups[0]]) || eligible.Count == 1) && IsSequence(titles[leftGroups[0]]) == leftEntries[0].IsSequence)
            ids[leftGroups[0]] = Take(leftEntries[0], titles[leftGroups[0]], used, isFlow);

        // Anything else is a group of its own.
        for (int i = 0; i < titles.Count; i++)
        {
            if (ids[i] is not null) continue;
            var entry = Add(titles[i], isArm: false, isFlow: isFlow);
            used.Add(entry);
            ids[i] = entry.Id;
        }
        return ids!;
    }

    private string Take(Entry entry, string? title, HashSet<Entry> used, bool isFlow)
    {
        used.Add(entry);
        entry.AddTitle(title, this);
        entry.IsFlow |= isFlow;
        return entry.Id;
    }

    private Entry Add(string? title, bool isArm, bool isFlow)
    {
        // An id from the title without its analysis-set label: "Placebo->OL CZP (SS)" is "placebo-ol-czp".
        var entry = new Entry(UniqueId(isArm ? title : TrailingLabel().Replace(title ?? "", ""))) { IsArm = isArm, IsFlow = isFlow };
        entry.AddTitle(title, this);
        _entries.Add(entry);
        return entry;
    }

    private string UniqueId(string? title)
    {
        string slug = Slug(title);
        string id = slug;
        for (int n = 2; !_ids.Add(id); n++) id = $"{slug}-{n.ToString(CultureInfo.InvariantCulture)}";
        return id;
    }

    /// <summary>An arm id from a title: lower case, words joined by hyphens, at most 40 characters ("Placebo qw" → "placebo-qw").</summary>
    public static string Slug(string? title)
    {
        var sb = new StringBuilder();
        foreach (char c in (title ?? "").Normalize(NormalizationForm.FormKD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        string slug = sb.ToString().Trim('-');
        if (slug.Length > 40)
        {
            int cut = slug.LastIndexOf('-', 40);
            slug = slug[..(cut > 10 ? cut : 40)].Trim('-');
        }
        return slug.Length == 0 ? "group" : slug;
    }

    // A record's outcome measures and adverse events repeat the same few group titles dozens of times; their normal
    // forms (regular expressions, sorting) are computed once per title and record.
    private readonly Dictionary<string, string> _exactForms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _keyForms = new(StringComparer.Ordinal);

    private string ExactOf(string? title) => Memo(_exactForms, title, Exact);

    private string KeyOf(string? title) => Memo(_keyForms, title, Key);

    private static string Memo(Dictionary<string, string> forms, string? title, Func<string?, string> form)
    {
        if (title is null) return form(null);
        if (!forms.TryGetValue(title, out string? value)) forms[title] = value = form(title);
        return value;
    }

    /// <summary>The title in lower case, with punctuation and spacing collapsed to single spaces.</summary>
    internal static string Exact(string? title) =>
        string.Join(' ', Words().Matches((title ?? "").ToLowerInvariant()).Select(m => m.Value));

    /// <summary>The title's key words, sorted: no enumeration, no trailing analysis-set label, no filler words.</summary>
    internal static string Key(string? title)
    {
        string text = (title ?? "").Trim();
        text = Enumeration().Replace(text, "");
        text = TrailingLabel().Replace(text, "");
        var words = Words().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => !FillerWords.Contains(w)).Distinct().Order(StringComparer.Ordinal);
        return string.Join(' ', words);
    }

    /// <summary>Whether a title names a union of arms: "150 mg or 400 mg", "Combined arms", "All Enrolled Subjects", "Any aliskiren".</summary>
    internal static bool IsPooled(string? title) => title is not null && Pooled().IsMatch(title);

    /// <summary>Whether a title names a sequence of treatments: "Placebo, Then Anakinra", "A Followed by B", "Placebo → drug".</summary>
    internal static bool IsSequence(string? title) => title is not null && Sequence().IsMatch(title);

    [GeneratedRegex(@"\b(?:or|combined|pooled|overall|all|both|either|any)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pooled();

    [GeneratedRegex(@"→|->|\bthen\b|\bfollowed\s+by\b|\bcrossed\s+over\b", RegexOptions.IgnoreCase)]
    private static partial Regex Sequence();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();

    // "1 ", "2. ", "3) ", "A: ", "Arm B - ", "Group 2:" at the start.
    [GeneratedRegex(@"^\s*(?:(?:arm|group|cohort)\s+)?(?:\d{1,2}|[A-Za-z])(?:[.):]|\s*-)?\s+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex Enumeration();

    // "(FAS)", "(SS)", "(ITT)", "(Safety Set)", "(mITT population)" at the end.
    [GeneratedRegex(@"\s*\((?:(?-i:[A-Z]{1,6})|[^()]*\b(?:set|population|analysis)\b[^()]*)\)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingLabel();

    private sealed class Entry(string id)
    {
        private readonly HashSet<string> _exact = new(StringComparer.Ordinal);
        private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

        public string Id { get; } = id;

        public bool IsArm { get; init; }

        public bool IsFlow { get; set; }

        /// <summary>Whether a title the entry goes by names a sequence of treatments.</summary>
        public bool IsSequence { get; private set; }

        public void AddTitle(string? title, GroupLinker linker)
        {
            IsSequence |= GroupLinker.IsSequence(title);
            string exact = linker.ExactOf(title);
            if (exact.Length > 0) _exact.Add(exact);
            string key = linker.KeyOf(title);
            if (key.Length > 0) _keys.Add(key);
        }

        public bool Matches(string value, bool exact) => exact ? _exact.Contains(value) : _keys.Contains(value);
    }
}
