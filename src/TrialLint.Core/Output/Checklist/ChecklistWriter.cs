using System.Globalization;
using System.Text;
using TrialLint.Engine;
using TrialLint.Output.Html;
using TrialLint.Output.Markdown;

namespace TrialLint.Output.Checklist;

/// <summary>The document a filled-in checklist is written as.</summary>
public enum ChecklistDocumentKind
{
    /// <summary>Markdown (the default, and what standard output gets).</summary>
    Markdown,

    /// <summary>One self-contained HTML page that prints on A4 and Letter.</summary>
    Html,

    /// <summary>A Word document (.docx), as journals accept with a submission.</summary>
    Word,
}

/// <summary>One report's filled-in checklists with the facts its header gives.</summary>
/// <param name="Title">The report's title with its acronym.</param>
/// <param name="Path">The report's file.</param>
/// <param name="Registration">The registration as people write it, or null.</param>
/// <param name="Tables">One filled-in checklist per checklist of its selected packs.</param>
public sealed record ChecklistDocument(string Title, string Path, string? Registration, IReadOnlyList<FilledChecklistTable> Tables);

/// <summary>
/// <c>-f checklist</c>: the filled-in reporting checklist of each report, on its own, ready to attach to a
/// submission: a header (report title, registration, date, TrialLint version), then each selected checklist in its
/// own item order with its own item text, and for every item its status and where in the report it is reported.
/// The output file's extension picks the document: <c>.docx</c> Word, <c>.html</c>/<c>.htm</c> HTML, anything
/// else (and standard output) Markdown.
/// </summary>
public sealed class ChecklistWriter : FindingsWriter
{
    private readonly Stream _out;
    private readonly ChecklistDocumentKind _kind;
    private readonly List<ChecklistDocument> _documents = [];
    private RunContext? _context;

    /// <summary>Creates a writer of <paramref name="kind"/> on <paramref name="output"/>.</summary>
    public ChecklistWriter(Stream output, ChecklistDocumentKind kind)
    {
        _out = output ?? throw new ArgumentNullException(nameof(output));
        _kind = kind;
    }

    /// <summary>The document an output path asks for, by its extension.</summary>
    public static ChecklistDocumentKind KindOf(string? outputPath) => System.IO.Path.GetExtension(outputPath ?? "").ToLowerInvariant() switch
    {
        ".docx" => ChecklistDocumentKind.Word,
        ".html" or ".htm" => ChecklistDocumentKind.Html,
        _ => ChecklistDocumentKind.Markdown,
    };

    /// <summary>The date in the header (the day the checklist is written, UTC); settable for tests.</summary>
    public string Date { get; init; } = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public override void Begin(RunContext context) => _context = context;

    /// <inheritdoc/>
    public override void Add(FileResult file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (_context is null) throw new InvalidOperationException("Begin was not called.");
        var report = file.Report;
        string title = ReportFacts.TitleWithAcronym(report?.Title ?? System.IO.Path.GetFileName(file.Path), report?.Acronym);
        _documents.Add(new ChecklistDocument(title, _context.RepositoryRelative(file.Path), ReportFacts.Registration(report?.Registration),
            FilledChecklist.Build(file, _context.Rules)));
    }

    /// <inheritdoc/>
    public override void End(RunSummary summary, int exitCode)
    {
        switch (_kind)
        {
            case ChecklistDocumentKind.Word:
                ChecklistDocx.Write(_out, _documents, Date, RunContext.ToolVersion);
                break;
            case ChecklistDocumentKind.Html:
                WriteText(WriteHtml);
                break;
            default:
                WriteText(WriteMarkdown);
                break;
        }
        _out.Flush();
    }

    private void WriteText(Action<TextWriter> write)
    {
        using var text = new StreamWriter(_out, new UTF8Encoding(false), leaveOpen: true);
        write(text);
        text.Flush();
    }

    /// <summary>The status cell: the label, then the findings' rules and lines or the reason.</summary>
    internal static string StatusText(ChecklistRow row) => row.Status switch
    {
        ItemStatus.Finding => $"{row.StatusLabel}: {string.Join(", ", row.Findings.Select(f => $"{f.Id} (line {f.Location.StartLine.ToString(CultureInfo.InvariantCulture)})"))}",
        ItemStatus.NotApplicable or ItemStatus.NotChecked => $"{row.StatusLabel}: {row.Reason}",
        _ => row.StatusLabel,
    };

    /// <summary>The checklist's section and topic as one heading cell.</summary>
    internal static string TopicText(ChecklistRow row) =>
        row.Item.Topic.Length == 0 ? row.Item.Section : $"{row.Item.Section}: {row.Item.Topic}";

    /// <summary>An item's text; the DEFINE tables leave unchanged items empty ("as in CONSORT 2010").</summary>
    internal static string ItemText(ChecklistRow row) =>
        row.Item.Text.Length > 0 ? row.Item.Text : "(unchanged from the main checklist)";

    private void WriteMarkdown(TextWriter w)
    {
        foreach (var doc in _documents)
        {
            w.WriteLine($"# Reporting checklist: {MarkdownText.Escape(doc.Title)}");
            w.WriteLine();
            w.WriteLine("| | |");
            w.WriteLine("|---|---|");
            foreach (var (name, value) in HeaderFacts(doc)) w.WriteLine($"| {name} | {MarkdownText.Escape(value)} |");
            w.WriteLine();
            if (doc.Tables.Count == 0) w.WriteLine("No checklist applies: the report could not be read, or no pack with a checklist was selected for it.");
            foreach (var table in doc.Tables)
            {
                w.WriteLine($"## {MarkdownText.Escape(table.Title)}");
                w.WriteLine();
                w.WriteLine("| Section / topic | Item | Checklist item | Status | Where reported |");
                w.WriteLine("|---|---|---|---|---|");
                foreach (var row in table.Rows)
                {
                    w.WriteLine($"| {MarkdownText.Escape(TopicText(row))} | {MarkdownText.Escape(row.Item.ItemId)} | {MarkdownText.Escape(ItemText(row))} | {MarkdownText.Escape(StatusText(row))} | {MarkdownText.Escape(row.WhereText)} |");
                }
                w.WriteLine();
            }
        }
        w.WriteLine(Footnote);
    }

    private void WriteHtml(TextWriter w)
    {
        string title = _documents.Count == 1 ? $"Reporting checklist: {_documents[0].Title}" : "Reporting checklists";
        w.WriteLine("<!DOCTYPE html>");
        w.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        w.WriteLine($"<meta name=\"generator\" content=\"TrialLint {HtmlText.Escape(RunContext.ToolVersion)}\"><title>{HtmlText.Escape(title)}</title>");
        w.WriteLine("<style>");
        w.WriteLine(Css);
        w.WriteLine("</style></head><body><main>");
        foreach (var doc in _documents)
        {
            w.WriteLine("<section class=\"report\">");
            w.WriteLine($"<h1>Reporting checklist: {HtmlText.Escape(doc.Title)}</h1>");
            w.WriteLine("<dl class=\"facts\">");
            foreach (var (name, value) in HeaderFacts(doc)) w.WriteLine($"<dt>{name}</dt><dd>{HtmlText.Escape(value)}</dd>");
            w.WriteLine("</dl>");
            if (doc.Tables.Count == 0) w.WriteLine("<p>No checklist applies: the report could not be read, or no pack with a checklist was selected for it.</p>");
            foreach (var table in doc.Tables)
            {
                w.WriteLine($"<h2>{HtmlText.Escape(table.Title)}</h2>");
                w.WriteLine("<table class=\"checklist\"><thead><tr><th scope=\"col\">Section / topic</th><th scope=\"col\">Item</th><th scope=\"col\">Checklist item</th><th scope=\"col\">Status</th><th scope=\"col\">Where reported</th></tr></thead><tbody>");
                foreach (var row in table.Rows)
                {
                    w.Write($"<tr class=\"{row.StatusKey}\"><td>{HtmlText.Escape(TopicText(row))}</td><td>{HtmlText.Escape(row.Item.ItemId)}</td><td>{HtmlText.Escape(ItemText(row))}</td>");
                    w.Write($"<td><span class=\"badge {row.StatusKey}\">{HtmlText.Escape(row.StatusLabel)}</span>");
                    string detail = StatusText(row).Length > row.StatusLabel.Length ? StatusText(row)[(row.StatusLabel.Length + 2)..] : "";
                    if (detail.Length > 0) w.Write($" {HtmlText.Escape(detail)}");
                    w.WriteLine($"</td><td>{HtmlText.Escape(row.WhereText)}</td></tr>");
                }
                w.WriteLine("</tbody></table>");
            }
            w.WriteLine("</section>");
        }
        w.WriteLine($"<footer>{HtmlText.Escape(Footnote)}</footer>");
        w.WriteLine("</main></body></html>");
    }

    /// <summary>The header's facts, in order.</summary>
    internal IEnumerable<(string Name, string Value)> HeaderFacts(ChecklistDocument doc)
    {
        yield return ("Report", doc.Title);
        yield return ("File", doc.Path);
        yield return ("Registration", doc.Registration ?? "not reported");
        yield return ("Date", Date);
        yield return ("Checked with", $"TrialLint {RunContext.ToolVersion}");
    }

    /// <summary>What the statuses mean, under every document.</summary>
    internal const string Footnote =
        "Filled in by TrialLint from the structured report. Reported: the rules that check the item found it, at the fields and lines given. " +
        "Finding: a rule found the item missing or wrong. Not applicable: the item's rules do not apply to this trial, for the reason given. " +
        "Not checked: no rule checked the item (none checks it, or the report section it needs is absent); check it in the manuscript.";

    private const string Css = """
          body { margin: 0; font: 13px/1.45 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328; }
          main { max-width: 1200px; margin: 0 auto; padding: 20px; }
          h1 { font-size: 1.4rem; margin: 0 0 8px; }
          h2 { font-size: 1.15rem; margin: 24px 0 8px; break-after: avoid; page-break-after: avoid; }
          dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0 16px; }
          dl.facts dt { color: #57606a; } dl.facts dd { margin: 0; }
          table { border-collapse: collapse; width: 100%; }
          th, td { border: 1px solid #d0d7de; padding: 4px 6px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
          th { background: #f6f8fa; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; page-break-inside: avoid; }
          td:nth-child(2) { white-space: nowrap; }
          .badge { font-weight: 600; white-space: nowrap; }
          .badge.finding { color: #a40e26; } .badge.reported { color: #116329; } .badge.not-applicable, .badge.not-checked { color: #57606a; }
          footer { margin-top: 16px; color: #57606a; font-size: .85rem; }
          section.report + section.report { break-before: page; page-break-before: always; }
          @page { margin: 14mm 12mm; }
          @media print { main { max-width: none; padding: 0; } }
        """;
}
