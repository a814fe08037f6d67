using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TrialLint.Checklists;
using TrialLint.Engine;
using TrialLint.Output;
using TrialLint.Output.Checklist;
using TrialLint.Rules;
using TrialLint.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace TrialLint.Tests.Output;

/// <summary>
/// <c>-f checklist</c>: the seed's filled-in checklists in Markdown, HTML and Word, each item in the checklist's own
/// order and words with its status and where it is reported (what the rules read), and the Word document opened
/// with the Open XML SDK and (with LibreOffice) converted to PDF.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class ChecklistOutputTests : IDisposable
{
    private const string Als = "seeds/als-phase1-msc.trial.yaml";

    private readonly string _temp = Directory.CreateTempSubdirectory("triallint-checklist-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string Write(string file, params string[] reports)
    {
        string output = Path.Combine(_temp, file);
        var run = CliRunner.Run(null, ["lint", .. reports, "-f", "checklist", "-o", output]);
        Assert.True(File.Exists(output), $"no checklist written (exit {run.ExitCode}): {run.StdErr}");
        Assert.Equal(1, run.ExitCode);
        return output;
    }

    [Fact]
    public void Markdown_gives_every_item_in_order_with_where_it_is_reported()
    {
        string md = File.ReadAllText(Write("als.md", Als));

        Assert.Contains("# Reporting checklist: Phase I ALS trial shows positive results for stem cell therapy", md);
        Assert.Contains("| Registration | not reported |", md);
        Assert.Contains("| Checked with | TrialLint ", md);
        // The ALS seed is an early-phase, non-randomised trial: CONSORT-Harms and DEFINE are its checklists.
        int harms = md.IndexOf("## CONSORT-Harms 2022", StringComparison.Ordinal);
        int define = md.IndexOf("## CONSORT-DEFINE 2023", StringComparison.Ordinal);
        Assert.True(harms > 0 && define > harms, "both checklists, in pack order");
        // Every item of each checklist, in the checklist's own order.
        foreach (var (checklist, start, end) in new[] { ("CONSORT-Harms-2022", harms, define), ("CONSORT-DEFINE-2023", define, md.Length) })
        {
            var ids = md[start..end].Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| Section", StringComparison.Ordinal))
                .Select(l => l.Split(" | ")[1].Replace("\\", "", StringComparison.Ordinal)).ToList();
            Assert.Equal(ChecklistCatalog.ItemsOf(checklist).Select(i => i.ItemId), ids);
        }
        // Where reported: the fields the passing rules read, with their lines.
        Assert.Contains("| 2a | Scientific background and explanation of rationale | Reported | background (lines 50–59) |", md);
        Assert.Contains("| 13a | For each group, the numbers of participants who were randomly assigned, received intended treatment, and were analysed for outcomes of benefits and harms | Reported | flow.enrolled (line 127); flow.periods\\[0\\].groups\\[0\\] (lines 131–136) |", md);
        // Not applicable says why, with the value that rules the item out.
        Assert.Contains("Not applicable: TL0308 applies only to some trials; this report gives design.randomised: false (line 77)", md);
        // Not checked says which kind: an absent section, or no rule at all.
        Assert.Contains("| 3b | Important changes to methods after trial commencement (such as eligibility criteria), with reasons | Not checked: the report has no changes, which its rule (TL0409) needs | — |", md);
        Assert.Contains("| 12b | Methods for additional analyses, such as subgroup analyses and adjusted analyses | Not checked: no rule checks this item | — |", md);
        // Findings name their rules and lines.
        Assert.Contains("| 23 | Registration number and name of trial registry | Finding: TL0501 (line 31) | — |", md);
    }

    [Fact]
    public void Word_document_has_a_table_row_per_item_and_the_header_facts()
    {
        string docx = Write("als.docx", Als);

        using var document = WordprocessingDocument.Open(docx, false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var tables = body.Elements<Table>().ToList();
        Assert.Equal(3, tables.Count); // the header facts, CONSORT-Harms 2022, CONSORT-DEFINE 2023
        var facts = tables[0].Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToList();
        Assert.Equal(["Report", "Phase I ALS trial shows positive results for stem cell therapy"], facts[0]);
        Assert.Contains(facts, f => f[0] == "Registration" && f[1] == "not reported");
        Assert.Contains(facts, f => f[0] == "Checked with" && f[1].StartsWith("TrialLint ", StringComparison.Ordinal));

        var harms = tables[1].Elements<TableRow>().ToList();
        Assert.NotNull(harms[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Equal(["Section / topic", "Item", "Checklist item", "Status", "Where reported"], harms[0].Elements<TableCell>().Select(c => c.InnerText));
        var items = ChecklistCatalog.ItemsOf("CONSORT-Harms-2022");
        Assert.Equal(items.Count + 1, harms.Count);
        Assert.Equal(items.Select(i => i.ItemId), harms.Skip(1).Select(r => r.Elements<TableCell>().ElementAt(1).InnerText));
        var background = harms.Single(r => r.Elements<TableCell>().ElementAt(1).InnerText == "2a").Elements<TableCell>().Select(c => c.InnerText).ToArray();
        Assert.Equal("Reported", background[3]);
        Assert.Equal("background (lines 50–59)", background[4]);
        Assert.Equal(ChecklistCatalog.ItemsOf("CONSORT-DEFINE-2023").Count + 1, tables[2].Elements<TableRow>().Count());
        Assert.Equal("Reporting checklist: Phase I ALS trial shows positive results for stem cell therapy", document.PackageProperties.Title);
    }

    [SkippableFact]
    public void Word_document_converts_to_pdf_with_LibreOffice()
    {
        string? soffice = ExternalTools.Soffice(out string reason);
        ExternalTools.Require(soffice, reason);
        string docx = Write("als.docx", Als);

        var run = CliRunner.RunExecutable(soffice!, _temp, "--headless", $"-env:UserInstallation=file://{Path.Combine(_temp, "lo-profile")}", "--convert-to", "pdf", "--outdir", _temp, docx);
        string pdfPath = Path.Combine(_temp, "als.pdf");
        Assert.True(File.Exists(pdfPath), $"soffice wrote no PDF (exit {run.ExitCode}): {run.StdErr} {run.StdOut}");

        using var pdf = PdfDocument.Open(pdfPath);
        Assert.InRange(pdf.NumberOfPages, 2, 30);
        string first = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
        Assert.Contains("Reporting checklist", first);
        string all = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("CONSORT-DEFINE", all);
        Assert.Contains("background", all);
    }

    [Fact]
    public void Html_variant_is_one_page_with_a_table_per_checklist()
    {
        string html = File.ReadAllText(Write("als.html", Als));

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Equal(2, html.Split("<table class=\"checklist\">").Length - 1);
        Assert.Contains("<td>background (lines 50–59)</td>", html);
        Assert.Contains("break-after: avoid", html);
    }

    [Fact]
    public void Several_reports_each_get_their_own_checklist()
    {
        string md = File.ReadAllText(Write("seeds.md", "seeds/"));

        Assert.Equal(3, md.Split("# Reporting checklist: ").Length - 1);
        // The example seed's title already names its acronym: it is not repeated.
        Assert.Contains("(EXAMPLE-1) - Illustrative example, not a real trial\n", md);
        Assert.Contains("| Registration | ClinicalTrials.gov NCT09876543 (registered ", md);
    }

    [Fact]
    public void Rules_record_what_they_read_only_when_asked()
    {
        string path = RepoPaths.Combine(Als);
        var quiet = new LintEngine(RuleSet.BuiltIn).LintFile(path);
        var asked = new LintEngine(RuleSet.BuiltIn, new LintOptions { CollectEvidence = true }).LintFile(path);

        Assert.Empty(quiet.Evidence);
        Assert.Equal(quiet.Diagnostics.Select(d => d.ToString()), asked.Diagnostics.Select(d => d.ToString()));
        // TL0321 (background) passed having read the background; TL0501 failed having found no registration.
        Assert.Equal(["/background"], asked.Evidence["TL0321"].Found.Select(p => p.ToString()));
        Assert.Contains("/registration", asked.Evidence["TL0501"].Missing.Select(p => p.ToString()));
        // A C# analyzer's flow-group actions record the groups they visited.
        Assert.Contains("/flow/periods/0/groups/0", asked.Evidence["TL0101"].Found.Select(p => p.ToString()));
    }

    [Theory]
    [InlineData("ISRCTN", "ISRCTN50189673", "ISRCTN50189673")]
    [InlineData("ClinicalTrials.gov", "NCT01234567", "ClinicalTrials.gov NCT01234567")]
    [InlineData("EU CTR", "EUCTR2004-000123-45-GB", "EUCTR2004-000123-45-GB")]
    [InlineData(null, "NCT01234567", "NCT01234567")]
    public void Registration_is_said_once(string? registry, string id, string expected) =>
        Assert.Equal(expected, ReportFacts.Registration(new TrialLint.Model.Registration { Registry = registry, Id = id }));

    [Theory]
    [InlineData("A trial (EXAMPLE-1)", "EXAMPLE-1", "A trial (EXAMPLE-1)")]
    [InlineData("The PROSPER trial", "prosper", "The PROSPER trial")]
    [InlineData("A trial", "ABC", "A trial (ABC)")]
    [InlineData("ABCD trial", "ABC", "ABCD trial (ABC)")]
    public void Acronym_is_added_only_when_the_title_lacks_it(string title, string acronym, string expected) =>
        Assert.Equal(expected, ReportFacts.TitleWithAcronym(title, acronym));

    [Fact]
    public void Counts_are_plural_only_when_more_than_one()
    {
        Assert.Equal("1 error", ReportFacts.Count(1, "error"));
        Assert.Equal("0 errors", ReportFacts.Count(0, "error"));
        Assert.Equal("2 info", ReportFacts.Count(2, "info"));
    }
}

/// <summary>The HTML page's display of a small report: counts in words, the registration and acronym said once, findings by severity.</summary>
[Collection(CliCollection.Name)]
public sealed class HtmlDisplayTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("triallint-html-display-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void One_error_registration_and_acronym_are_said_once_and_errors_come_first()
    {
        // A randomised report whose registration number carries its registry's name (ISRCTN), whose title names its
        // acronym, with one error (no analysed number) after warnings in line order.
        File.WriteAllText(Path.Combine(_folder, "r.trial.yaml"), """
            format_version: 1
            title: "A randomised trial of X versus Y (TRIAL-1)"
            acronym: "TRIAL-1"
            registration: {registry: ISRCTN, id: ISRCTN50189673}
            design: {randomised: true}
            arms: [{id: x}, {id: y}]
            flow:
              periods:
                - groups:
                    - {arm: x, allocated: 10, received: 10, lost_to_follow_up: 0, discontinued: 0, analysed: 10}
                    - {arm: y, allocated: 10, received: 10, lost_to_follow_up: 0, discontinued: 0}
            outcomes: [{id: pain, title: "Pain score at 12 weeks", type: primary, measure: "VAS 0-100", time_frame: "12 weeks"}]
            harms: {no_events: true, collection: systematic, statement: "No adverse events occurred in either arm."}
            """);
        string html = OutputFiles.Lint("html", _folder, "r.trial.yaml").Text;

        Assert.Contains(">ISRCTN50189673<", html.Replace("</a>", "<", StringComparison.Ordinal).Replace("</dd>", "<", StringComparison.Ordinal));
        Assert.DoesNotContain("ISRCTN ISRCTN50189673", html);
        Assert.Contains("<h2 id=\"report-1-title\">A randomised trial of X versus Y (TRIAL-1)</h2>", html);
        Assert.Contains("✖ 1 error</span>", html);
        Assert.Contains("<span class=\"badge error\">✖ error</span></div>", html);
        Assert.DoesNotContain("1 errors", html);
        // Errors first: the first finding on the page is the error, whatever its line.
        int error = html.IndexOf("<article class=\"finding error\"", StringComparison.Ordinal);
        int warning = html.IndexOf("<article class=\"finding warning\"", StringComparison.Ordinal);
        Assert.True(error > 0 && (warning < 0 || error < warning), "the error comes before the warnings");
        // A finding about an absent section names it instead of quoting the top of the file.
        Assert.Contains("The report has no <code>funding</code> section", html);
        Assert.DoesNotContain("<span class=\"hl\"><b>1</b>format_version: 1</span>", html);
        // The error links to its checklist row, and the row back to it by rule and line.
        Assert.Matches("<a href=\"#report-1-item-CONSORT-2025-22a\">CONSORT-2025 22a</a>", html);
        Assert.Matches(@"<a href=""#report-1-finding-1"">TL0105, line \d+</a>", html);
        Assert.DoesNotContain("see finding", html);
    }
}
