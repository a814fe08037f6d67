using System.Globalization;
using TrialLint.Checklists;
using TrialLint.Diagnostics;
using TrialLint.Engine;
using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Output.Checklist;

/// <summary>The status of one checklist item for one report.</summary>
public enum ItemStatus
{
    /// <summary>The rules that check the item passed: it is reported, at <see cref="ChecklistRow.Where"/>.</summary>
    Reported,

    /// <summary>A rule that checks the item has an open finding.</summary>
    Finding,

    /// <summary>The rules that check the item do not apply to this trial (<see cref="ChecklistRow.Reason"/> says why).</summary>
    NotApplicable,

    /// <summary>No rule checked the item: none checks it, the section it needs is absent, or its rules are off (<see cref="ChecklistRow.Reason"/>).</summary>
    NotChecked,
}

/// <summary>A place in the report that satisfies an item: a field by its path, and its lines.</summary>
/// <param name="Field">The field as a path, e.g. <c>registration.id</c> or <c>flow.periods[0].groups[1]</c>.</param>
/// <param name="Pointer">Its JSON Pointer.</param>
/// <param name="Line">First line.</param>
/// <param name="EndLine">Last line (the same as <paramref name="Line"/> for a one-line value).</param>
public sealed record ReportedAt(string Field, string Pointer, int Line, int EndLine)
{
    /// <summary>"line 12" or "lines 40–52".</summary>
    public string Lines => EndLine > Line ? $"lines {Line}–{EndLine}" : $"line {Line}";
}

/// <summary>One item of a checklist, filled in for one report.</summary>
/// <param name="Item">The checklist item (its own id, section, topic and text).</param>
/// <param name="Status">Reported, finding, not applicable or not checked.</param>
/// <param name="Reason">Why an item is not applicable or not checked; null otherwise.</param>
/// <param name="Rules">The rules that check the item and ran.</param>
/// <param name="Where">Where the item is reported (for reported items and items with findings, what the rules found).</param>
/// <param name="Findings">The open findings on the item.</param>
public sealed record ChecklistRow(ChecklistItem Item, ItemStatus Status, string? Reason, IReadOnlyList<string> Rules, IReadOnlyList<ReportedAt> Where, IReadOnlyList<Diagnostic> Findings)
{
    /// <summary>The status as a word for CSS classes and data: reported, finding, not-applicable, not-checked.</summary>
    public string StatusKey => Status switch
    {
        ItemStatus.Reported => "reported",
        ItemStatus.Finding => "finding",
        ItemStatus.NotApplicable => "not-applicable",
        _ => "not-checked",
    };

    /// <summary>The status for people: Reported, Finding (or "2 findings"), Not applicable, Not checked.</summary>
    public string StatusLabel => Status switch
    {
        ItemStatus.Reported => "Reported",
        ItemStatus.Finding => Findings.Count == 1 ? "Finding" : $"{Findings.Count} findings",
        ItemStatus.NotApplicable => "Not applicable",
        _ => "Not checked",
    };

    /// <summary>"Where reported" as one line of text: fields with their lines, or a dash.</summary>
    public string WhereText => Where.Count == 0 ? "—" : string.Join("; ", Where.Select(w => $"{w.Field} ({w.Lines})"));
}

/// <summary>One checklist filled in for one report.</summary>
/// <param name="Checklist">The checklist's id, e.g. CONSORT-2025.</param>
/// <param name="Rows">Its items in the checklist's own order.</param>
public sealed record FilledChecklistTable(string Checklist, IReadOnlyList<ChecklistRow> Rows)
{
    /// <summary>The checklist's name for headings: "CONSORT 2025", "CONSORT-Harms 2022".</summary>
    public string Title => FilledChecklist.ChecklistTitle(Checklist);
}

/// <summary>
/// The checklists of a report's selected packs, filled in: for every item its status and where it is reported,
/// from the rules' outcomes and what they read (<see cref="FileResult.Evidence"/>, collected when an output asks).
/// A rule that passed reports the item at the values it found; a rule that did not apply says why with the values
/// its condition read (design.randomised: false), or, when it found none of them, that the section is absent.
/// </summary>
public static class FilledChecklist
{
    /// <summary>At most this many places per item; more are merged into their parents (flow.periods[0] rather than each group).</summary>
    public const int MaxPlaces = 6;

    /// <summary>The checklist's name for headings.</summary>
    public static string ChecklistTitle(string checklist) => checklist switch
    {
        "CONSORT-2025" => "CONSORT 2025",
        "CONSORT-Harms-2022" => "CONSORT-Harms 2022",
        "CONSORT-DEFINE-2023" => "CONSORT-DEFINE 2023",
        "CONSORT-2010" => "CONSORT 2010",
        _ => checklist,
    };

    /// <summary>The filled-in checklists of <paramref name="file"/>: one per checklist of its selected packs, each item once.</summary>
    public static IReadOnlyList<FilledChecklistTable> Build(FileResult file, Rules.RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(rules);
        var tables = new List<FilledChecklistTable>();
        var open = file.Diagnostics.Where(d => !d.IsSuppressed).ToList();
        var suppressedIds = file.Diagnostics.Where(d => d.IsSuppressed).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var checklists = rules.Packs.Where(p => file.SelectedPacks.Contains(p.Id) && p.Checklist is not null)
            .Select(p => p.Checklist!).Distinct(StringComparer.Ordinal);
        foreach (string checklist in checklists)
        {
            var rows = ChecklistCatalog.ItemsOf(checklist)
                .Select(item => Row(item, file, rules, open, suppressedIds))
                .ToList();
            tables.Add(new FilledChecklistTable(checklist, rows));
        }
        return tables;
    }

    private static ChecklistRow Row(ChecklistItem item, FileResult file, Rules.RuleSet rules, List<Diagnostic> open, HashSet<string> suppressedIds)
    {
        var citing = rules.Descriptors.Where(d => d.ChecklistItems.Contains(item.Reference)).Select(d => d.Id).ToList();
        var ran = citing.Where(file.Outcomes.ContainsKey).ToList();
        var findings = open.Where(d => ran.Contains(d.Id) || (citing.Contains(d.Id) && !file.Outcomes.ContainsKey(d.Id))).ToList();
        var evidence = (string id) => file.Evidence.GetValueOrDefault(id) ?? RuleEvidence.None;

        if (findings.Count > 0)
            return new ChecklistRow(item, ItemStatus.Finding, null, ran, Places(file, ran.SelectMany(id => evidence(id).Found)), findings);

        if (citing.Count == 0)
            return new ChecklistRow(item, ItemStatus.NotChecked, "no rule checks this item", [], [], []);
        if (file.Report is null)
            return new ChecklistRow(item, ItemStatus.NotChecked, "the report could not be read, so no rule ran", [], [], []);
        if (ran.Count == 0)
        {
            bool inSelectedPack = citing.Any(id => rules.PacksOf(id).Any(file.SelectedPacks.Contains));
            return new ChecklistRow(item, ItemStatus.NotChecked, inSelectedPack
                ? $"the rules that check it ({string.Join(", ", citing)}) are turned off in the configuration"
                : $"the rules that check it ({string.Join(", ", citing)}) are in no pack selected for this report", [], [], []);
        }

        // A rule whose findings are all suppressed counts as reported: the decision is on record. A rule that
        // passed having found nothing it read (a list with no elements) checked nothing.
        var passed = ran.Where(id => file.Outcomes[id] is RuleOutcome.Passed or RuleOutcome.Failed
            && (suppressedIds.Contains(id) || evidence(id).Found.Length > 0 || evidence(id).Missing.Length == 0 || !file.Evidence.ContainsKey(id))).ToList();
        if (passed.Count > 0)
            return new ChecklistRow(item, ItemStatus.Reported, null, ran, Places(file, passed.SelectMany(id => evidence(id).Found)), []);

        // Not applicable: the condition found values that rule the item out ("design.randomised: false"), or found
        // nothing at all, which means the sections it needs are absent.
        var decided = ran.Where(id => evidence(id).Found.Length > 0).ToList();
        if (decided.Count > 0)
        {
            var values = Places(file, decided.SelectMany(id => evidence(id).Found)).Select(p => Describe(file, p)).Distinct(StringComparer.Ordinal).Take(4);
            return new ChecklistRow(item, ItemStatus.NotApplicable, $"{string.Join(", ", decided)} {(decided.Count == 1 ? "applies" : "apply")} only to some trials; this report gives {string.Join("; ", values)}", ran, [], []);
        }
        var absent = ran.SelectMany(id => evidence(id).Missing).Select(SectionOf).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        string reason = absent.Count > 0
            ? $"the report has no {string.Join(" or ", absent)}, which {(ran.Count == 1 ? "its rule" : "its rules")} ({string.Join(", ", ran)}) {(ran.Count == 1 ? "needs" : "need")}"
            : $"{string.Join(", ", ran)} did not apply to this report";
        return new ChecklistRow(item, ItemStatus.NotChecked, reason, ran, [], []);
    }

    /// <summary>The first member named by a pointer, as a section: <c>/design/randomised</c> → <c>design</c>; registry records give their module.</summary>
    private static string SectionOf(JsonPointer pointer)
    {
        var segments = pointer.Segments;
        if (segments.Count == 0) return string.Empty;
        // A registry record's fields are inside protocolSection/resultsSection: name the module.
        return segments[0] is "protocolSection" or "resultsSection" or "derivedSection" && segments.Count > 1 ? segments[1] : segments[0];
    }

    /// <summary>
    /// The places of <paramref name="pointers"/> in the report, most specific first dropped of repeats: a pointer
    /// whose descendant is also found is left out; more than <see cref="MaxPlaces"/> are merged into their parents.
    /// Pointers to nothing in the file (a missing value) are left out.
    /// </summary>
    public static IReadOnlyList<ReportedAt> Places(FileResult file, IEnumerable<JsonPointer> pointers)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(pointers);
        if (file.Tree is not { Root: not null } tree) return [];
        var set = pointers.Select(p => p.ToString()).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        set = set.Where(p => !set.Any(q => q.Length > p.Length && q.StartsWith(p + "/", StringComparison.Ordinal))).ToList();
        while (set.Count > MaxPlaces)
        {
            int depth = set.Max(p => p.Count(c => c == '/'));
            if (depth <= 1) break;
            set = set.Select(p => p.Count(c => c == '/') == depth ? p[..p.LastIndexOf('/')] : p).Distinct(StringComparer.Ordinal).ToList();
            set = set.Where(p => !set.Any(q => q.Length > p.Length && q.StartsWith(p + "/", StringComparison.Ordinal))).ToList();
        }
        var places = new List<ReportedAt>();
        foreach (string text in set)
        {
            var pointer = JsonPointer.Parse(text);
            if (tree.Find(pointer) is not { } node) continue;
            var location = tree.GetLocation(pointer);
            int end = tree.Source.GetPosition(node.Span.End).Line;
            // A block ends where the next key starts: its last line is the one before, unless the block is one line.
            if (node is not ScalarNode && end > location.StartLine && tree.Source.GetPosition(node.Span.End).Column == 1) end--;
            places.Add(new ReportedAt(FieldPath(pointer), text, location.StartLine, Math.Max(end, location.StartLine)));
        }
        return places.OrderBy(p => p.Line).ThenBy(p => p.Field, StringComparer.Ordinal).ToList();
    }

    /// <summary>A pointer as a field path: <c>/flow/periods/0/groups/1</c> → <c>flow.periods[0].groups[1]</c>.</summary>
    public static string FieldPath(JsonPointer pointer)
    {
        var sb = new System.Text.StringBuilder();
        foreach (string segment in pointer.Segments)
        {
            if (segment.Length > 0 && segment.All(char.IsAsciiDigit)) sb.Append('[').Append(segment).Append(']');
            else sb.Append(sb.Length > 0 ? "." : "").Append(segment);
        }
        return sb.ToString();
    }

    /// <summary>A place with its value when it is a short scalar: <c>design.randomised: false (line 9)</c>.</summary>
    private static string Describe(FileResult file, ReportedAt place)
    {
        if (file.Tree is { } tree && tree.Find(JsonPointer.Parse(place.Pointer)) is ScalarNode { Value.Length: <= 40 } scalar)
            return $"{place.Field}: {scalar.Value} ({place.Lines})";
        return $"{place.Field} ({place.Lines})";
    }

}
