using System.Globalization;
using Scriban;
using Scriban.Runtime;
using TrialLint.Checklists;
using TrialLint.Diagnostics;
using TrialLint.Engine;
using TrialLint.Model;
using TrialLint.Syntax;

namespace TrialLint.Output.Html;

/// <summary>
/// Writes one self-contained HTML page (inline CSS and SVG, nothing fetched) for one report or many: an index with
/// per-report counts, then per report its header, a summary, the checklist table of its packs, the participant
/// flow diagram and the findings with their source lines. The page comes from Scriban templates embedded in the
/// tool (<c>report.sbn</c>) or from a folder given with <c>--template</c>; every value they write is escaped.
/// </summary>
public sealed class HtmlWriter : FindingsWriter
{
    /// <summary>The template the page starts from.</summary>
    public const string MainTemplate = "report.sbn";

    private readonly TextWriter _out;
    private readonly string? _templateDirectory;
    private readonly List<ReportView> _reports = [];
    private RunContext? _context;

    /// <summary>Creates a writer on <paramref name="output"/>, with templates from <paramref name="templateDirectory"/> when given.</summary>
    public HtmlWriter(TextWriter output, string? templateDirectory = null)
    {
        _out = output ?? throw new ArgumentNullException(nameof(output));
        _templateDirectory = templateDirectory;
    }

    /// <summary>
    /// Parses the template and renders it against a small sample page (one report with a finding, a suppressed
    /// finding, a checklist row and a flow diagram), so a template that cannot be parsed or fails when it runs is
    /// reported before linting starts, at its file and line. Null when it is fine.
    /// </summary>
    public static string? CheckTemplate(string? templateDirectory)
    {
        try
        {
            var template = LoadTemplate(templateDirectory, MainTemplate);
            if (template.HasErrors) return $"the template {MainTemplate} has errors: {string.Join("; ", template.Messages.Select(m => m.ToString()))}";
            Render(SamplePage(), templateDirectory, TextWriter.Null);
            return null;
        }
        catch (TemplateException ex)
        {
            return ex.Message;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ex.Message;
        }
    }

    /// <inheritdoc/>
    public override void Begin(RunContext context) => _context = context;

    /// <inheritdoc/>
    public override void Add(FileResult file)
    {
        ArgumentNullException.ThrowIfNull(file);
        _reports.Add(BuildReport(file, _reports.Count + 1));
    }

    /// <inheritdoc/>
    public override void End(RunSummary summary, int exitCode)
    {
        ArgumentNullException.ThrowIfNull(summary);
        string title = _reports.Count == 1 ? $"TrialLint: {_reports[0].Title}" : $"TrialLint: {_reports.Count} reports";
        var page = new PageView(title, RunContext.ToolVersion, DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
            _reports, summary.Errors, summary.Warnings, summary.Infos);
        Render(page, _templateDirectory, _out);
        _out.Flush();
    }

    /// <summary>Renders <paramref name="page"/> with the templates of <paramref name="templateDirectory"/> (built-in when null).</summary>
    public static string Render(PageView page, string? templateDirectory)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Render(page, templateDirectory, text);
        return text.ToString();
    }

    /// <summary>
    /// Renders <paramref name="page"/> straight into <paramref name="output"/>: the page is never held whole in
    /// memory and never cut. Scriban's own limits (1 MiB per string, a million loop steps) are lifted for the
    /// built-in template, which is ours and ends; a user template keeps a loop limit that grows with the data (so it
    /// cannot run forever, yet a big run never hits it). A user template that fails while running is a
    /// <see cref="TemplateException"/> naming its file and line.
    /// </summary>
    public static void Render(PageView page, string? templateDirectory, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(output);
        var template = LoadTemplate(templateDirectory, MainTemplate);
        if (template.HasErrors) throw new TemplateException($"the template {MainTemplate} has errors: {string.Join("; ", template.Messages)}");
        var context = CreateContext(page, templateDirectory);
        context.PushOutput(new TextWriterOutput(output));
        try
        {
            template.Render(context);
        }
        catch (Exception ex) when (templateDirectory is not null && ex is not (IOException or OutOfMemoryException))
        {
            throw TemplateException.From(ex, Path.Combine(templateDirectory, MainTemplate));
        }
    }

    /// <summary>The rendering context of <paramref name="page"/>: its limits, and the names a template sees.</summary>
    internal static EscapingTemplateContext CreateContext(PageView page, string? templateDirectory)
    {
        var context = new EscapingTemplateContext
        {
            // No loader: a template is one self-contained file, and a template cannot read other files.
            TemplateLoader = null,
            // 0 is "no limit": no value and no page is ever truncated (Scriban's default cuts at 1 MiB and adds "...").
            LimitToString = 0,
            OutputLimit = 0,
            LoopLimit = templateDirectory is null ? 0 : UserLoopLimit(page),
            RegexTimeOut = TimeSpan.FromMilliseconds(100),
            EnableRelaxedMemberAccess = true,
            MemberRenamer = member => SnakeCase.Rename(member.Name),
        };
        // The page's members are set one by one rather than imported, which would reflect over PageView.
        var globals = new ScriptObject
        {
            ["title"] = page.Title,
            ["tool_version"] = page.ToolVersion,
            ["generated_at"] = page.GeneratedAt,
            ["reports"] = page.Reports,
            ["errors"] = page.Errors,
            ["warnings"] = page.Warnings,
            ["infos"] = page.Infos,
            ["page"] = page,
            ["safe_url"] = new SafeUrlFunction(),
        };
        context.PushGlobal(globals);
        return context;
    }

    /// <summary>
    /// The loop steps a user template may take: generous for any page (a thousand per item of data, at least a
    /// million), yet finite, so a template that loops forever stops with an error instead of hanging the run.
    /// </summary>
    private static int UserLoopLimit(PageView page)
    {
        long items = page.Reports.Count
            + page.Reports.Sum(r => (long)r.Findings.Count + r.Suppressed.Count + r.Checklist.Count + r.Packs.Count
                + r.Findings.Sum(f => (long)f.Snippet.Count + f.Checklist.Count));
        return (int)Math.Clamp(items * 1000, 1_000_000, int.MaxValue);
    }

    /// <summary>A page with one of everything a template can meet, to run a user template on before linting.</summary>
    private static PageView SamplePage()
    {
        var finding = new FindingView("report-1-finding-1", "TL0101", "error", "Title", "Message", 2, 1, "/title", false,
            "https://example.org/TL0101", ["CONSORT-2025:1a"], [new SnippetLineView(1, "format_version: 1", false), new SnippetLineView(2, "title: x", true)], null);
        var suppressed = finding with { Anchor = "report-1-suppressed-1", Severity = "warning", Justification = "reason" };
        var row = new ChecklistRowView("CONSORT-2025", "1a", "Title and abstract", "Title", "Identification as a randomised trial in the title", "finding", "Finding", ["TL0101"], ["report-1-finding-1"]);
        var report = new ReportView("report-1", "sample.trial.yaml", "Sample", "SAMPLE", "ClinicalTrials.gov NCT00000000", "https://clinicaltrials.gov/study/NCT00000000",
            "randomised, parallel", ["consort-2025"], 1, 0, 0, new RawHtml("<svg></svg>"), [row], [finding], [suppressed]);
        var empty = report with { Anchor = "report-2", Acronym = null, Registration = null, RegistrationUrl = null, FlowDiagram = null, Checklist = [], Findings = [], Suppressed = [], Packs = [] };
        return new PageView("TrialLint: 2 reports", RunContext.ToolVersion, "2026-01-01 00:00 UTC", [report, empty], 1, 0, 0);
    }

    private ReportView BuildReport(FileResult file, int number)
    {
        var report = file.Report;
        string anchor = $"report-{number}";
        // Errors first, then warnings, then info; within a severity in line order (grouped by section below).
        var diagnostics = file.Diagnostics.Where(d => !d.IsSuppressed).OrderBy(d => d.Severity switch
        {
            DiagnosticSeverity.Error => 0,
            DiagnosticSeverity.Warning => 1,
            _ => 2,
        }).ToList();
        var findings = diagnostics.Select((d, i) => BuildFinding(d, file, $"{anchor}-finding-{i + 1}")).ToList();
        var suppressed = file.Diagnostics.Where(d => d.IsSuppressed).Select((d, i) => BuildFinding(d, file, $"{anchor}-suppressed-{i + 1}")).ToList();
        var design = report?.Design;
        string designText = design is null ? "Design not stated" : string.Join(", ", new[]
        {
            design.Randomised switch { true => "randomised", false => "not randomised", _ => null },
            design.Type,
            design.Phase is { } phase ? $"phase {phase}" : null,
        }.Where(x => x is not null));
        var registration = report?.Registration;
        var pointers = diagnostics.Select(d => d.Location.Pointer.ToString()).ToList();
        var checklist = BuildChecklist(file, diagnostics, findings, anchor);
        // Each finding links to the checklist rows of its items.
        findings = findings.Select(f => f with
        {
            ChecklistRows = checklist.Where(r => r.FindingAnchors.Contains(f.Anchor)).Select(r => new LinkView(r.Anchor, $"{r.Checklist} {r.Item}")).ToList(),
        }).ToList();
        string title = report?.Title ?? Path.GetFileName(file.Path);
        return new ReportView(
            anchor,
            file.Path,
            title,
            report?.Acronym,
            ReportFacts.Registration(registration),
            HtmlText.SafeUrl(registration?.Url),
            designText,
            file.SelectedPacks.Order(StringComparer.Ordinal).ToList(),
            diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error),
            diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
            diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info),
            report is null ? null : FlowDiagram.Build(report, pointers),
            checklist,
            findings,
            suppressed)
        {
            Heading = ReportFacts.TitleWithAcronym(title, report?.Acronym),
            Groups = Group(findings, file),
            ChecklistTables = checklist.GroupBy(r => r.Checklist).Select(g => new ChecklistTableView(g.Key, Checklist.FilledChecklist.ChecklistTitle(g.Key), g.ToList())).ToList(),
        };
    }

    /// <summary>The findings by severity, then by section in the order the report gives its sections (absent ones last).</summary>
    private static List<SeverityGroupView> Group(List<FindingView> findings, FileResult file)
    {
        var order = file.Tree?.Root is MappingNode root ? root.Properties.Select(p => p.Name).ToList() : [];
        int Rank(string section) => order.IndexOf(section) is >= 0 and var i ? i : int.MaxValue;
        return findings.GroupBy(f => f.Severity)
            .Select(g => new SeverityGroupView(g.Key, ReportFacts.Count(g.Count(), g.Key),
                g.GroupBy(f => f.Section).OrderBy(s => Rank(s.Key)).ThenBy(s => s.Key, StringComparer.Ordinal)
                    .Select(s => new SectionGroupView(s.Key, s.OrderBy(f => f.Line).ToList())).ToList()))
            .ToList();
    }

    private static FindingView BuildFinding(Diagnostic d, FileResult file, string anchor)
    {
        var loc = d.Location;
        var segments = loc.Pointer.Segments;
        // A registry record's values live in modules (protocolSection/statusModule/...): its section is the module.
        string section = segments.Count == 0 ? "report"
            : segments[0] is "protocolSection" or "resultsSection" or "derivedSection" && segments.Count > 1 ? segments[1] : segments[0];
        // A finding about a section the report does not have points at the top of the file; the lines there
        // (format_version ...) say nothing about it, so the section is named instead.
        bool absent = loc.IsMissing && file.Tree?.Root is MappingNode top && segments.Count > 0 && top[segments[0]] is null;
        var snippet = new List<SnippetLineView>();
        if (file.Source is { } source && !absent)
        {
            for (int line = Math.Max(1, loc.StartLine - 2); line <= Math.Min(source.LineCount, loc.StartLine + 2); line++)
                snippet.Add(new SnippetLineView(line, source.GetLineText(line), line == loc.StartLine));
        }
        return new FindingView(anchor, d.Id, d.Severity.ToString().ToLowerInvariant(), d.Descriptor.Title, d.Message, loc.StartLine, loc.StartColumn,
            loc.Pointer.ToString(), loc.IsMissing, HtmlText.SafeUrl(d.Descriptor.HelpLinkUri), d.Descriptor.ChecklistItems, snippet, d.Suppression?.Justification)
        {
            Section = section,
            AbsentSection = absent ? segments[0] : null,
        };
    }

    private List<ChecklistRowView> BuildChecklist(FileResult file, List<Diagnostic> diagnostics, List<FindingView> findings, string anchor)
    {
        var rules = _context?.Rules;
        if (rules is null) return [];
        var rows = new List<ChecklistRowView>();
        var anchorOf = new Dictionary<Diagnostic, FindingView>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < diagnostics.Count; i++) anchorOf[diagnostics[i]] = findings[i];
        foreach (var table in Checklist.FilledChecklist.Build(file, rules))
        {
            foreach (var row in table.Rows)
            {
                var item = row.Item;
                var links = row.Findings.Where(anchorOf.ContainsKey).Select(d => anchorOf[d]).Select(f => new LinkView(f.Anchor, $"{f.Id}, line {f.Line.ToString(CultureInfo.InvariantCulture)}")).ToList();
                rows.Add(new ChecklistRowView(item.Checklist, item.ItemId, item.Section, item.Topic, item.Text, row.StatusKey, row.StatusLabel, row.Rules, links.Select(l => l.Anchor).ToList())
                {
                    Anchor = $"{anchor}-item-{item.Checklist}-{item.ItemId}".Replace('.', '-'),
                    Reason = row.Reason,
                    Where = row.WhereText,
                    Findings = links,
                });
            }
        }
        return rows;
    }

    private static Template LoadTemplate(string? directory, string name)
    {
        string text = ReadTemplate(directory, name) ?? throw new FileNotFoundException($"the template folder has no {name}");
        // A user template is named by its path, so its errors point at the file to fix.
        return Template.Parse(text, directory is null ? name : Path.Combine(directory, name));
    }

    private static string? ReadTemplate(string? directory, string name)
    {
        if (directory is not null)
        {
            string path = Path.Combine(directory, name);
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        using var stream = typeof(HtmlWriter).Assembly.GetManifestResourceStream($"TrialLint.templates.{name}");
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
