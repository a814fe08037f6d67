using TrialLint.Diagnostics;
using TrialLint.Engine;
using TrialLint.Output;
using TrialLint.Output.Summary;
using TrialLint.Registry;
using TrialLint.Rules;
using TrialLint.Tests.Infrastructure;
using TrialLint.Tests.Registry;

namespace TrialLint.Tests.Output;

/// <summary>
/// The completeness summary (<c>-f summary</c>): the record facts it counts by, taken from the model (overdue exactly
/// when TL0603 fails), the long CSV a researcher loads, sponsor names grouped only by case and spaces, and the HTML
/// page's charts and escaping.
/// </summary>
public sealed class CompletenessSummaryTests
{
    private static readonly LintEngine Engine = new(RuleSet.BuiltIn, new LintOptions { Registry = new RegistryOptions { AsOf = new DateOnly(2026, 12, 1) } });

    private static IEnumerable<FileResult> Records(string folder = "") =>
        Directory.GetFiles(Path.Combine(RegistryRecords.Folder, folder), "NCT*.json").Order(StringComparer.Ordinal).Select(Engine.LintFile);

    [Fact]
    public void Overdue_is_what_TL0603_reports_on_every_test_record()
    {
        var results = Records().Concat(Records("real")).ToList();
        Assert.True(results.Count >= 15);
        foreach (var result in results)
        {
            var facts = RecordFacts.Of(result.Report?.Record);
            Assert.NotNull(facts);
            bool reported = result.Outcomes.GetValueOrDefault("TL0603") == RuleOutcome.Failed;
            Assert.True(facts.ResultsOverdue == reported, $"{result.Path}: overdue {facts.ResultsOverdue}, TL0603 {(reported ? "failed" : "did not fail")}");
            Assert.True(!facts.ResultsOverdue || facts.ResultsDue, $"{result.Path}: overdue but not due");
        }
        // NCT03418623 and NCT04207047 are applicable clinical trials with no results, long past their legal deadline.
        Assert.Equal(["NCT03418623", "NCT04207047"], results.Take(15).Where(r => RecordFacts.Of(r.Report?.Record)!.ResultsOverdue).Select(r => r.Report!.Record!.Id));
    }

    [Fact]
    public void The_csv_is_one_count_a_row_with_sponsor_class_and_year()
    {
        var table = new CompletenessTable();
        foreach (var result in Records()) table.Add(result);
        using var text = new StringWriter();

        CompletenessCsv.Write(table, text);

        var lines = text.ToString().Split('\n');
        Assert.Equal("lead_sponsor,sponsor_class,primary_completion_year,measure,rule,severity,count", lines[0]);
        Assert.Contains("LUTRONIC Corporation,INDUSTRY,2018,results_overdue,,,1", lines);
        Assert.Contains("LUTRONIC Corporation,INDUSTRY,2018,findings,TL0603,warning,1", lines);
        // A name with a comma is quoted; one with an accent is written as it is (UTF-8).
        Assert.Contains("\"Accuitis, Inc.\",INDUSTRY,2018,results_due,,,1", lines);
        Assert.Contains("Assistance Publique - Hôpitaux de Paris,OTHER,2025,records,,,1", lines);
        Assert.Contains("\"Arbelaez, Ana Maria\",INDIV,2013,findings,TL0601,error,2", lines);
        Assert.Equal(15, lines.Where(l => l.Contains(",records,,,", StringComparison.Ordinal)).Sum(l => int.Parse(l[(l.LastIndexOf(',') + 1)..], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(lines.Skip(1).Where(l => l.Length > 0), l => Assert.Equal(7, Fields(l).Count));
    }

    [Fact]
    public void Sponsors_are_grouped_by_case_and_spaces_only()
    {
        var table = new CompletenessTable();
        foreach (string name in new[] { "Pfizer", " PFIZER ", "Pfizer", "Pfizer  Inc.", "pfizer inc." })
            table.Add(new RecordFacts("NCT0", name, "INDUSTRY", "2020-01", false, false, false), [], new Dictionary<string, RuleOutcome>());

        var sponsors = table.BySponsor().OrderBy(s => s.Sponsor, StringComparer.Ordinal).Select(s => (s.Sponsor, s.Totals.Records)).ToList();

        Assert.Equal([("Pfizer", 3), ("Pfizer Inc.", 2)], sponsors);
    }

    [Fact]
    public void Csv_fields_with_commas_quotes_or_line_breaks_are_quoted()
    {
        Assert.Equal("plain", CompletenessCsv.Field("plain"));
        Assert.Equal("\"a, b\"", CompletenessCsv.Field("a, b"));
        Assert.Equal("\"say \"\"hi\"\"\"", CompletenessCsv.Field("say \"hi\""));
        Assert.Equal("\"two\nlines\"", CompletenessCsv.Field("two\nlines"));
        Assert.Equal("", CompletenessCsv.Field(null));
    }

    [Fact]
    public void The_page_has_both_charts_with_titles_and_escapes_sponsor_names()
    {
        var table = new CompletenessTable();
        foreach (var result in Records()) table.Add(result);
        table.Add(new RecordFacts("NCT1", "<script>alert(1)</script>", "OTHER", "2019", false, true, true), [], new Dictionary<string, RuleOutcome>());
        var context = new RunContext(RuleSet.BuiltIn, RepoPaths.Root, RepoPaths.Root) { Settings = new RunSettings("2026-12-01", DiagnosticSeverity.Error, null, false, "x") };
        using var text = new StringWriter();

        CompletenessHtml.Render(CompletenessHtml.Page(table, context, new DateTime(2026, 12, 3, 0, 0, 0, DateTimeKind.Utc)), text);

        string html = text.ToString();
        Assert.Contains("<title id=\"chart-rules-title\">Findings per rule</title>", html);
        Assert.Contains("<title id=\"chart-overdue-title\">Results overdue by law, by sponsor class and year of primary completion</title>", html);
        Assert.Contains("aria-labelledby=\"chart-overdue-title chart-overdue-desc\"", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("records judged as of 2026-12-01", html);
        // Four records of industry sponsors were due by law, two of them (2018, 2020) are overdue.
        Assert.Contains("Industry, 2018: 1 of 2 overdue", html);
        Assert.Contains("Industry, 2020: 1 of 1 overdue", html);
        Assert.Contains("Industry, 2023: 0 of 1 overdue", html);
    }

    [Fact]
    public void The_page_cautions_when_records_are_judged_after_their_copies_were_taken()
    {
        // A trial overdue on 2026-12-01 in a copy the registry last updated on 2026-02-19 may have reported since.
        var table = new CompletenessTable();
        table.Add(new RecordFacts("NCT1", "Sponsor", "INDUSTRY", "2025-06", false, true, true, "2026-02-19"), [], new Dictionary<string, RuleOutcome>());

        string Page(string asOf)
        {
            var context = new RunContext(RuleSet.BuiltIn, RepoPaths.Root, RepoPaths.Root) { Settings = new RunSettings(asOf, DiagnosticSeverity.Error, null, false, "x") };
            using var text = new StringWriter();
            CompletenessHtml.Render(CompletenessHtml.Page(table, context, DateTime.UnixEpoch), text);
            return text.ToString();
        }

        Assert.Contains("the newest record in this run was last updated by the registry on 2026-02-19, and the records are judged as of 2026-12-01", Page("2026-12-01"));
        Assert.DoesNotContain("Caution:", Page("2026-02-19"));
    }

    /// <summary>Splits one CSV line (RFC 4180 quoting) into its fields.</summary>
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }
}
