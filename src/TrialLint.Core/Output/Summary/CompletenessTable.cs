using System.Globalization;
using TrialLint.Diagnostics;
using TrialLint.Engine;

namespace TrialLint.Output.Summary;

/// <summary>
/// The completeness summary of a run, counted per group of records (lead sponsor, sponsor class, year of primary
/// completion): records, records with results, results due and overdue by law, and per rule the records it applied
/// to, the records it flagged and its findings by severity. Files that are not registry records form a group with no
/// sponsor, class or year. Counting is order-free, so shards merged in any order give the same table.
/// </summary>
/// <remarks>
/// Sponsor names are grouped only where that is safe: after trimming, with runs of white space as one space, and
/// ignoring case ("Pfizer" and "PFIZER " are one sponsor). Nothing else is merged: "Pfizer" and "Pfizer Inc." stay
/// two sponsors, as the registry writes them. A group shows the spelling most of its records use (on a tie, the
/// first in ordinal order).
/// </remarks>
public sealed class CompletenessTable
{
    private readonly Dictionary<GroupKey, Group> _groups = [];

    /// <summary>The measures, in the order the CSV writes them.</summary>
    public static IReadOnlyList<string> Measures { get; } =
        ["records", "records_with_results", "results_due", "results_overdue", "records_checked", "records_with_findings", "findings"];

    /// <summary>Files counted.</summary>
    public int Files { get; private set; }

    /// <summary>The most recent date a record was last updated by the registry (YYYY-MM-DD), or null.</summary>
    public string? NewestUpdate { get; private set; }

    /// <summary>Counts one linted file, with the findings its outputs show.</summary>
    public void Add(FileResult file)
    {
        ArgumentNullException.ThrowIfNull(file);
        Add(RecordFacts.Of(file.Record), file.Diagnostics, file.Outcomes);
    }

    /// <summary>Counts one file from its record facts (null for a report file), findings and rule outcomes.</summary>
    public void Add(RecordFacts? facts, IEnumerable<Diagnostic> diagnostics, IReadOnlyDictionary<string, RuleOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(outcomes);
        Files++;
        if (facts?.LastUpdated is { } updated && string.CompareOrdinal(updated, NewestUpdate) > 0) NewestUpdate = updated;
        string? sponsor = NormaliseSpace(facts?.LeadSponsor);
        var key = new GroupKey(sponsor?.ToUpperInvariant(), facts?.SponsorClass, facts?.PrimaryCompletionYear);
        if (!_groups.TryGetValue(key, out var group)) _groups[key] = group = new Group();
        if (sponsor is not null) group.Spellings[sponsor] = group.Spellings.GetValueOrDefault(sponsor) + 1;
        group.Records++;
        if (facts?.HasResults == true) group.WithResults++;
        if (facts?.ResultsDue == true) group.Due++;
        if (facts?.ResultsOverdue == true) group.Overdue++;
        foreach (var (rule, outcome) in outcomes)
        {
            if (outcome is RuleOutcome.Passed or RuleOutcome.Failed) Increment(group.Checked, rule);
        }
        var flagged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in diagnostics)
        {
            if (d.IsSuppressed) continue;
            if (flagged.Add(d.Id)) Increment(group.Flagged, d.Id);
            Increment(group.Findings, (d.Id, d.Severity));
        }
    }

    /// <summary>Every row of the table in the CSV's order (see <see cref="CompletenessCsv"/>).</summary>
    public IEnumerable<Row> Rows()
    {
        var names = SponsorNames();
        foreach (var (key, group) in Ordered())
        {
            var g = new RowGroup(key.Sponsor is null ? null : names[key.Sponsor], key.Class, key.Year);
            yield return new Row(g, "records", null, null, group.Records);
            yield return new Row(g, "records_with_results", null, null, group.WithResults);
            yield return new Row(g, "results_due", null, null, group.Due);
            yield return new Row(g, "results_overdue", null, null, group.Overdue);
            foreach (var (rule, n) in group.Checked.OrderBy(p => p.Key, StringComparer.Ordinal)) yield return new Row(g, "records_checked", rule, null, n);
            foreach (var (rule, n) in group.Flagged.OrderBy(p => p.Key, StringComparer.Ordinal)) yield return new Row(g, "records_with_findings", rule, null, n);
            foreach (var ((rule, severity), n) in group.Findings.OrderBy(p => p.Key.Rule, StringComparer.Ordinal).ThenByDescending(p => p.Key.Severity))
                yield return new Row(g, "findings", rule, Severity(severity), n);
        }
    }

    /// <summary>Totals over every group.</summary>
    public Totals Total() => Sum(_groups.Values);

    /// <summary>Totals per sponsor class (null: files without a class), most records first.</summary>
    public IReadOnlyList<(string? Class, Totals Totals)> ByClass() =>
        _groups.GroupBy(g => g.Key.Class).Select(g => (g.Key, Sum(g.Select(x => x.Value))))
            .OrderByDescending(x => x.Item2.Records).ThenBy(x => x.Key, StringComparer.Ordinal).ToList();

    /// <summary>Totals per year of primary completion (null: no date), in year order.</summary>
    public IReadOnlyList<(int? Year, Totals Totals)> ByYear() =>
        _groups.GroupBy(g => g.Key.Year).Select(g => (g.Key, Sum(g.Select(x => x.Value)))).OrderBy(x => x.Key ?? int.MaxValue).ToList();

    /// <summary>Totals per sponsor class and year: results due and overdue (for the chart).</summary>
    public IReadOnlyList<(string? Class, int? Year, Totals Totals)> ByClassAndYear() =>
        _groups.GroupBy(g => (g.Key.Class, g.Key.Year)).Select(g => (g.Key.Class, g.Key.Year, Sum(g.Select(x => x.Value))))
            .OrderBy(x => x.Class, StringComparer.Ordinal).ThenBy(x => x.Year ?? int.MaxValue).ToList();

    /// <summary>Totals per sponsor (name as shown, class), across years.</summary>
    public IReadOnlyList<(string? Sponsor, string? Class, Totals Totals)> BySponsor() =>
        SponsorNames() is var names
            ? _groups.GroupBy(g => (g.Key.Sponsor, g.Key.Class))
                .Select(g => (g.Key.Sponsor is null ? null : names[g.Key.Sponsor], g.Key.Class, Sum(g.Select(x => x.Value)))).ToList()
            : [];

    /// <summary>
    /// The name shown for each sponsor (by its key): the spelling most of its records use across every group, on a tie
    /// the first in ordinal order, so one sponsor reads the same in every row.
    /// </summary>
    private Dictionary<string, string> SponsorNames()
    {
        var spellings = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var (key, group) in _groups)
        {
            if (key.Sponsor is null) continue;
            if (!spellings.TryGetValue(key.Sponsor, out var counts)) spellings[key.Sponsor] = counts = new(StringComparer.Ordinal);
            foreach (var (name, n) in group.Spellings) counts[name] = counts.GetValueOrDefault(name) + n;
        }
        return spellings.ToDictionary(s => s.Key, s => s.Value.OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).First().Key, StringComparer.Ordinal);
    }

    /// <summary>Per rule over every group: records checked, records with findings, findings by severity.</summary>
    public IReadOnlyList<RuleTotals> ByRule()
    {
        var rules = new SortedDictionary<string, RuleTotals>(StringComparer.Ordinal);
        RuleTotals Of(string id) => rules.TryGetValue(id, out var r) ? r : rules[id] = new RuleTotals(id);
        foreach (var group in _groups.Values)
        {
            foreach (var (rule, n) in group.Checked) Of(rule).Checked += n;
            foreach (var (rule, n) in group.Flagged) Of(rule).Flagged += n;
            foreach (var ((rule, severity), n) in group.Findings)
            {
                var r = Of(rule);
                switch (severity)
                {
                    case DiagnosticSeverity.Error: r.Errors += n; break;
                    case DiagnosticSeverity.Warning: r.Warnings += n; break;
                    default: r.Infos += n; break;
                }
            }
        }
        return [.. rules.Values];
    }

    /// <summary>A severity as the outputs write it.</summary>
    public static string Severity(DiagnosticSeverity severity) => severity.ToString().ToLowerInvariant();

    private IEnumerable<(GroupKey Key, Group Group)> Ordered() =>
        _groups.Select(g => (g.Key, g.Value))
            .OrderBy(g => g.Key.Sponsor is null ? 1 : 0)
            .ThenBy(g => g.Key.Sponsor, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Class, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Year ?? int.MaxValue);

    private static Totals Sum(IEnumerable<Group> groups)
    {
        var t = new Totals();
        foreach (var g in groups)
        {
            t.Records += g.Records;
            t.WithResults += g.WithResults;
            t.Due += g.Due;
            t.Overdue += g.Overdue;
            t.Findings += g.Findings.Values.Sum();
        }
        return t;
    }

    private static string? NormaliseSpace(string? name)
    {
        if (name is null) return null;
        string joined = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return joined.Length == 0 ? null : joined;
    }

    private static void Increment<TKey>(Dictionary<TKey, int> counts, TKey key) where TKey : notnull =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    private readonly record struct GroupKey(string? Sponsor, string? Class, int? Year);

    private sealed class Group
    {
        public Dictionary<string, int> Spellings { get; } = new(StringComparer.Ordinal);

        public int Records { get; set; }

        public int WithResults { get; set; }

        public int Due { get; set; }

        public int Overdue { get; set; }

        public Dictionary<string, int> Checked { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> Flagged { get; } = new(StringComparer.Ordinal);

        public Dictionary<(string Rule, DiagnosticSeverity Severity), int> Findings { get; } = [];
    }

    /// <summary>The group a row counts in: lead sponsor as shown, sponsor class, year of primary completion (each null when unknown).</summary>
    public sealed record RowGroup(string? Sponsor, string? Class, int? Year);

    /// <summary>One row of the long table: a count of one measure in one group (for a rule, and a severity).</summary>
    public sealed record Row(RowGroup Group, string Measure, string? Rule, string? Severity, int Count)
    {
        /// <summary>The year as text, empty when unknown.</summary>
        public string YearText => Group.Year?.ToString(CultureInfo.InvariantCulture) ?? "";
    }

    /// <summary>Counts of records over some groups.</summary>
    public sealed class Totals
    {
        /// <summary>Records (linted files).</summary>
        public int Records { get; set; }

        /// <summary>Records with posted results.</summary>
        public int WithResults { get; set; }

        /// <summary>Records whose results are due by law.</summary>
        public int Due { get; set; }

        /// <summary>Records whose results are overdue by law.</summary>
        public int Overdue { get; set; }

        /// <summary>Findings shown.</summary>
        public int Findings { get; set; }
    }

    /// <summary>One rule's counts over every group.</summary>
    public sealed class RuleTotals(string id)
    {
        /// <summary>The rule id.</summary>
        public string Id { get; } = id;

        /// <summary>Records the rule applied to (passed or failed).</summary>
        public int Checked { get; set; }

        /// <summary>Records with at least one finding of the rule shown.</summary>
        public int Flagged { get; set; }

        /// <summary>Findings at error severity.</summary>
        public int Errors { get; set; }

        /// <summary>Findings at warning severity.</summary>
        public int Warnings { get; set; }

        /// <summary>Findings at info severity.</summary>
        public int Infos { get; set; }

        /// <summary>All findings.</summary>
        public int Findings => Errors + Warnings + Infos;
    }
}
