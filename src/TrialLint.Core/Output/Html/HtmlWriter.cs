using System.Globalization;
using Scriban;
using Scriban.Runtime;
using TrialLint.Checklists;
using TrialLint.Diagnostics;
using TrialLint.Engine;
using TrialLint.Model;

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
        var diagnostics = file.Diagnostics.Where(d => !d.IsSuppressed).ToList();
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
        string? registrationText = registration?.Id is { } id ? $"{registration.Registry ?? "Registry"} {id}{(registration.Date is { } date ? $" (registered {date})" : "")}" : null;
        var pointers = diagnostics.Select(d => d.Location.Pointer.ToString()).ToList();
        return new ReportView(
            anchor,
            file.Path,
            report?.Title ?? Path.GetFileName(file.Path),
            report?.Acronym,
            registrationText,
            HtmlText.SafeUrl(registration?.Url),
            designText,
            file.SelectedPacks.Order(StringComparer.Ordinal).ToList(),
            diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error),
            diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
            diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info),
            report is null ? null : FlowDiagram.Build(report, pointers),
            BuildChecklist(file, findings),
            findings,
            suppressed);
    }

    private static FindingView BuildFinding(Diagnostic d, FileResult file, string anchor)
    {
        var loc = d.Location;
        var snippet = new List<SnippetLineView>();
        if (file.Source is { } source)
        {
            for (int line = Math.Max(1, loc.StartLine - 2); line <= Math.Min(source.LineCount, loc.StartLine + 2); line++)
                snippet.Add(new SnippetLineView(line, source.GetLineText(line), line == loc.StartLine));
        }
        return new FindingView(anchor, d.Id, d.Severity.ToString().ToLowerInvariant(), d.Descriptor.Title, d.Message, loc.StartLine, loc.StartColumn,
            loc.Pointer.ToString(), loc.IsMissing, HtmlText.SafeUrl(d.Descriptor.HelpLinkUri), d.Descriptor.ChecklistItems, snippet, d.Suppression?.Justification);
    }

    private List<ChecklistRowView> BuildChecklist(FileResult file, List<FindingView> findings)
    {
        var rules = _context?.Rules;
        if (rules is null) return [];
        var rows = new List<ChecklistRowView>();
        var descriptors = rules.Descriptors.Where(d => file.Outcomes.ContainsKey(d.Id)).ToList();
        foreach (var pack in rules.Packs.Where(p => file.SelectedPacks.Contains(p.Id) && p.Checklist is not null))
        {
            foreach (var item in ChecklistCatalog.ItemsOf(pack.Checklist!))
            {
                if (rows.Any(r => r.Checklist == item.Checklist && r.Item == item.ItemId)) continue;
                var citing = descriptors.Where(d => d.ChecklistItems.Contains(item.Reference)).Select(d => d.Id).ToList();
                var outcomes = citing.Select(id => file.Outcomes[id]).ToList();
                // A rule whose findings are all suppressed counts as reported: the decision is on record.
                bool open = findings.Any(f => citing.Contains(f.Id));
                string status = open ? "finding"
                    : outcomes.Contains(RuleOutcome.Passed) || outcomes.Contains(RuleOutcome.Failed) ? "reported"
                    : outcomes.Count > 0 ? "not-applicable"
                    : "not-checked";
                string label = status switch
                {
                    "finding" => "Finding",
                    "reported" => "Reported",
                    "not-applicable" => "Not applicable",
                    _ => "Not checked",
                };
                var anchors = findings.Where(f => citing.Contains(f.Id)).Select(f => f.Anchor).ToList();
                rows.Add(new ChecklistRowView(item.Checklist, item.ItemId, item.Section, item.Topic, item.Text, status, label, citing, anchors));
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
