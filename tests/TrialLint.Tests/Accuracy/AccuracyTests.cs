using System.Globalization;
using System.Text;
using TrialLint.Diagnostics;
using TrialLint.Engine;
using TrialLint.Registry;
using TrialLint.Rules;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Accuracy;

/// <summary>
/// What TrialLint says on real registry records is reviewed, not discovered: the findings on the 130 records in
/// tests/Accuracy/records must be exactly the rows of tests/Accuracy/FINDINGS.md, every row carries a reviewer's
/// verdict, no error is judged false, no rule is judged false in more than 5% of its findings, and
/// docs/accuracy.md gives the figures of the table as it is.
/// </summary>
/// <remarks>
/// When the findings change, the test writes FINDINGS.received.md beside the table (Verify's habit): the rows
/// whose finding did not change keep their verdicts, the others are <c>unjudged</c>. Review the new rows, write
/// their verdicts and reasons, and rename the file to FINDINGS.md (TRIALLINT_ACCEPT_SNAPSHOTS=1 writes FINDINGS.md
/// directly; the verdict test still fails until every row is judged).
/// </remarks>
public sealed class AccuracyTests
{
    /// <summary>The date the records are judged on (results overdue); fixed so the table does not drift with the calendar.</summary>
    public static readonly DateOnly AsOf = new(2026, 12, 1);

    private static readonly string Folder = RepoPaths.Combine("tests", "Accuracy");
    private static readonly string TablePath = Path.Combine(Folder, "FINDINGS.md");
    private static readonly string DocPath = RepoPaths.Combine("docs", "accuracy.md");

    private static readonly Lazy<IReadOnlyList<ReviewedFinding>> Findings = new(LintRecords);

    [Fact]
    public void The_sample_holds_at_least_50_records_with_results_and_50_without()
    {
        var records = Directory.GetFiles(Path.Combine(Folder, "records"), "NCT*.json");
        int withResults = records.Count(f => File.ReadAllText(f).Contains("\"resultsSection\"", StringComparison.Ordinal));
        Assert.True(withResults >= 50, $"{withResults} records with results");
        Assert.True(records.Length - withResults >= 50, $"{records.Length - withResults} records without results");
    }

    [Fact]
    public void Findings_on_the_real_records_are_the_reviewed_table()
    {
        var reviewed = ReviewedTable.Parse(File.ReadAllText(TablePath));
        var actual = Findings.Value;
        var expectedKeys = reviewed.Select(r => r.Key).ToList();
        var actualKeys = actual.Select(r => r.Key).ToList();
        if (expectedKeys.Order(StringComparer.Ordinal).SequenceEqual(actualKeys.Order(StringComparer.Ordinal))) return;

        var merged = ReviewedTable.Merge(actual, reviewed);
        string text = ReviewedTable.Write(File.ReadAllText(TablePath), merged);
        bool accept = Environment.GetEnvironmentVariable("TRIALLINT_ACCEPT_SNAPSHOTS") == "1";
        File.WriteAllText(accept ? TablePath : Path.Combine(Folder, "FINDINGS.received.md"), text);
        if (accept) return;

        var gone = expectedKeys.Except(actualKeys, StringComparer.Ordinal).Take(20);
        var added = actualKeys.Except(expectedKeys, StringComparer.Ordinal).Take(20);
        Assert.Fail("The findings on the real records differ from tests/Accuracy/FINDINGS.md; review FINDINGS.received.md.\n" +
            $"no longer found:\n  {string.Join("\n  ", gone)}\nnew:\n  {string.Join("\n  ", added)}");
    }

    [Fact]
    public void Every_row_of_the_table_is_judged_with_a_reason()
    {
        var rows = ReviewedTable.Parse(File.ReadAllText(TablePath));
        Assert.All(rows, r => Assert.Contains(r.Verdict, ReviewedTable.Verdicts));
        var unjudged = rows.Where(r => r.Verdict == "unjudged" || r.Reason.Length == 0 || r.Reason.StartsWith("(the finding changed", StringComparison.Ordinal)).Select(r => r.Key).ToList();
        Assert.True(unjudged.Count == 0, $"{unjudged.Count} rows not judged, e.g.\n  {string.Join("\n  ", unjudged.Take(10))}");
    }

    [Fact]
    public void No_error_is_judged_false_and_no_rule_is_false_in_more_than_5_percent()
    {
        var rows = ReviewedTable.Parse(File.ReadAllText(TablePath));
        Assert.Empty(rows.Where(r => r.Severity == "error" && r.Verdict == "false").Select(r => r.Key));
        foreach (var rule in rows.GroupBy(r => r.Rule))
        {
            int judgedFalse = rule.Count(r => r.Verdict == "false");
            Assert.True(judgedFalse * 20 <= rule.Count(), $"{rule.Key}: {judgedFalse} of {rule.Count()} findings judged false");
            Assert.True(rule.Any(r => r.Verdict == "true"), $"{rule.Key}: no finding judged true");
        }
    }

    [Fact]
    public void The_figures_in_docs_accuracy_are_those_of_the_table()
    {
        var rows = ReviewedTable.Parse(File.ReadAllText(TablePath));
        string doc = File.ReadAllText(DocPath).Replace("\r\n", "\n");
        const string start = "<!-- figures:start -->", end = "<!-- figures:end -->";
        int from = doc.IndexOf(start, StringComparison.Ordinal), to = doc.IndexOf(end, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"docs/accuracy.md has no {start} ... {end} section");
        string expected = doc[..(from + start.Length)] + "\n" + Figures(rows) + doc[to..];
        if (expected == doc) return;
        if (Environment.GetEnvironmentVariable("TRIALLINT_ACCEPT_SNAPSHOTS") == "1") { File.WriteAllText(DocPath, expected); return; }
        Assert.Fail("docs/accuracy.md's figures differ from tests/Accuracy/FINDINGS.md; expected:\n" + Figures(rows));
    }

    /// <summary>Findings, records and verdicts per rule, in id order, with a total line.</summary>
    public static string Figures(IReadOnlyList<ReviewedFinding> rows)
    {
        var sb = new StringBuilder();
        sb.Append("| rule | severity | findings | records | true | false | debatable | unjudged |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
        void Line(string rule, string severity, IReadOnlyCollection<ReviewedFinding> g) => sb.Append(CultureInfo.InvariantCulture,
            $"| {rule} | {severity} | {g.Count} | {g.Select(r => r.Record).Distinct().Count()} | {g.Count(r => r.Verdict == "true")} | {g.Count(r => r.Verdict == "false")} | {g.Count(r => r.Verdict == "debatable")} | {g.Count(r => r.Verdict == "unjudged")} |\n");
        foreach (var g in rows.GroupBy(r => r.Rule).OrderBy(g => g.Key, StringComparer.Ordinal))
            Line(g.Key, string.Join(", ", g.Select(r => r.Severity).Distinct().Order(StringComparer.Ordinal)), g.ToList());
        Line("all", "", rows.ToList());
        return sb.ToString();
    }

    private static List<ReviewedFinding> LintRecords()
    {
        var engine = new LintEngine(RuleSet.BuiltIn, new LintOptions { Registry = new RegistryOptions { AsOf = AsOf } });
        var rows = new List<ReviewedFinding>();
        foreach (string file in Directory.GetFiles(Path.Combine(Folder, "records"), "NCT*.json").Order(StringComparer.Ordinal))
        {
            var result = engine.LintFile(file);
            Assert.False(result.HasInternalError, string.Join("\n", result.Diagnostics));
            string record = Path.GetFileNameWithoutExtension(file);
            foreach (var d in result.Diagnostics)
                rows.Add(new ReviewedFinding(record, d.Location.StartLine, d.Id, Severity(d.Severity), d.Message, "unjudged", ""));
        }
        return rows;
    }

    private static string Severity(DiagnosticSeverity severity) => severity.ToString().ToLowerInvariant();
}
