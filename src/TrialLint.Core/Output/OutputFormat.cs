namespace TrialLint.Output;

/// <summary>
/// The output formats of <c>triallint lint -f</c>. Each creates its writer on a stream (a file written atomically, or
/// standard output).
/// </summary>
public sealed record OutputFormat(string Name, string Description, bool IsBinaryStream, Func<Stream, OutputOptions, FindingsWriter> Create)
{
    /// <summary>Every format, by name.</summary>
    public static IReadOnlyList<OutputFormat> All { get; } =
    [
        new("console", "compiler-style lines with the source line underlined, and a summary (default)", false,
            (s, o) => new ConsoleReporter(Text(s), o.Color) { MaxFindingsPerFile = o.MaxFindingsPerFile }),
        new("sarif", "SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, IDEs)", true, (s, o) => new Sarif.SarifWriter(s) { BaselineInUse = o.BaselineInUse }),
        new("json", "TrialLint's findings JSON (schemas/findings.schema.json)", true, (s, _) => new Json.JsonFindingsWriter(s)),
        new("github", "GitHub Actions workflow commands: annotations on the pull request", false, (s, _) => new GitHub.GitHubAnnotationsWriter(Text(s))),
        new("junit", "JUnit XML test results: a test case per report and rule", true, (s, o) => new JUnit.JUnitWriter(s, o.FailLevel)),
        new("markdown", "Markdown for pull-request comments and job summaries", false, (s, _) => new Markdown.MarkdownWriter(Text(s))),
        new("html", "one self-contained HTML page for reviewers (Scriban templates)", false, (s, o) => new Html.HtmlWriter(Text(s), o.TemplateDirectory)) { ShowsReport = true },
        new("summary", "completeness per lead sponsor, rule and year: CSV, or an HTML page with charts when the --output ends in .html", false, Summary.SummaryFormat.Create),
        new("checklist", "the filled-in reporting checklist, where each item is reported: Markdown, or HTML or Word by the -o file's extension (.html, .docx)", true,
            (s, o) => new Checklist.ChecklistWriter(s, Checklist.ChecklistWriter.KindOf(o.OutputPath))) { ShowsReport = true },
    ];

    /// <summary>
    /// Whether the format shows the report itself (its sections, where each checklist item is reported), not only the
    /// findings: a run writing it keeps every file's syntax tree and model and records what each rule read.
    /// </summary>
    public bool ShowsReport { get; init; }

    /// <summary>Finds a format by name (case-insensitive).</summary>
    public static OutputFormat? Find(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    private static StreamWriter Text(Stream stream) => new(stream, new System.Text.UTF8Encoding(false), leaveOpen: true) { AutoFlush = false };
}

/// <summary>Options some formats read.</summary>
/// <param name="Color">Colour console output.</param>
/// <param name="TemplateDirectory">A folder of Scriban templates overriding the built-in HTML ones.</param>
public sealed record OutputOptions(bool Color, string? TemplateDirectory)
{
    /// <summary>Whether the run compares against a baseline.</summary>
    public bool BaselineInUse { get; init; }

    /// <summary>The file the format is written to; null for standard output. The summary (CSV or HTML) and the checklist (Markdown, HTML or Word) pick their document by its extension.</summary>
    public string? OutputPath { get; init; }

    /// <summary>The most findings the console writes per file (<c>--max-findings</c>); null: all.</summary>
    public int? MaxFindingsPerFile { get; init; }

    /// <summary>The lowest severity that fails the run; test-result formats fail only findings at or above it.</summary>
    public Diagnostics.DiagnosticSeverity FailLevel { get; init; } = Diagnostics.DiagnosticSeverity.Error;
}
