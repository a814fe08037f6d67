namespace TrialLint.Output.Html;

// The data the HTML templates see. Members are read in snake_case ({{ report.error_count }}). Text here is raw:
// the templates' context escapes whatever they write.

/// <summary>The whole page: the index and one section per report.</summary>
public sealed record PageView(string Title, string ToolVersion, string GeneratedAt, IReadOnlyList<ReportView> Reports, int Errors, int Warnings, int Infos);

/// <summary>One report's section.</summary>
public sealed record ReportView(
    string Anchor,
    string Path,
    string Title,
    string? Acronym,
    string? Registration,
    string? RegistrationUrl,
    string Design,
    IReadOnlyList<string> Packs,
    int ErrorCount,
    int WarningCount,
    int InfoCount,
    RawHtml? FlowDiagram,
    IReadOnlyList<ChecklistRowView> Checklist,
    IReadOnlyList<FindingView> Findings,
    IReadOnlyList<FindingView> Suppressed)
{
    /// <summary>The title with the acronym after it, unless the title already says it.</summary>
    public string Heading { get; init; } = Title;

    /// <summary>The findings grouped by severity (errors first), then by the report section they are about.</summary>
    public IReadOnlyList<SeverityGroupView> Groups { get; init; } = [];

    /// <summary>The checklist rows by checklist, each in its own item order.</summary>
    public IReadOnlyList<ChecklistTableView> ChecklistTables { get; init; } = [];

    /// <summary>"1 error" / "4 errors", and so on: the counts as words.</summary>
    public string ErrorText => ReportFacts.Count(ErrorCount, "error");

    /// <summary>The warning count as words.</summary>
    public string WarningText => ReportFacts.Count(WarningCount, "warning");

    /// <summary>The info count as words.</summary>
    public string InfoText => ReportFacts.Count(InfoCount, "info");
}

/// <summary>The findings of one severity, by section.</summary>
/// <param name="Severity">error, warning or info.</param>
/// <param name="Label">"2 errors", "1 warning".</param>
/// <param name="Sections">The sections, in the order the report gives them (absent sections after).</param>
public sealed record SeverityGroupView(string Severity, string Label, IReadOnlyList<SectionGroupView> Sections);

/// <summary>The findings of one severity about one report section.</summary>
/// <param name="Section">The section's name in the report (registration, flow ...), or "report" for the whole report.</param>
/// <param name="Findings">Its findings, in line order.</param>
public sealed record SectionGroupView(string Section, IReadOnlyList<FindingView> Findings);

/// <summary>One checklist's rows.</summary>
/// <param name="Checklist">Its id (CONSORT-2025).</param>
/// <param name="Title">Its name (CONSORT 2025).</param>
/// <param name="Rows">Its items in the checklist's order.</param>
public sealed record ChecklistTableView(string Checklist, string Title, IReadOnlyList<ChecklistRowView> Rows);

/// <summary>A link within the page: an anchor and its text.</summary>
public sealed record LinkView(string Anchor, string Label);

/// <summary>One finding with the source lines around it.</summary>
public sealed record FindingView(
    string Anchor,
    string Id,
    string Severity,
    string Title,
    string Message,
    int Line,
    int Column,
    string Pointer,
    bool Missing,
    string? HelpUrl,
    IReadOnlyList<string> Checklist,
    IReadOnlyList<SnippetLineView> Snippet,
    string? Justification)
{
    /// <summary>The report section the finding is about (for a missing value, the section it belongs in).</summary>
    public string Section { get; init; } = "report";

    /// <summary>Set when the finding is about a section the report does not have: then no source lines are shown, only this.</summary>
    public string? AbsentSection { get; init; }

    /// <summary>The checklist rows of the finding's items on this page.</summary>
    public IReadOnlyList<LinkView> ChecklistRows { get; init; } = [];
}

/// <summary>A source line shown with a finding.</summary>
public sealed record SnippetLineView(int Number, string Text, bool Highlight);

/// <summary>One checklist item and what the rules found; <c>Status</c> is reported, finding, not-applicable or not-checked.</summary>
public sealed record ChecklistRowView(string Checklist, string Item, string Section, string Topic, string Text, string Status, string StatusLabel, IReadOnlyList<string> Rules, IReadOnlyList<string> FindingAnchors)
{
    /// <summary>The row's anchor, which findings link to.</summary>
    public string Anchor { get; init; } = "";

    /// <summary>Why an item is not applicable or not checked.</summary>
    public string? Reason { get; init; }

    /// <summary>Where the item is reported: fields and lines, or a dash.</summary>
    public string Where { get; init; } = "—";

    /// <summary>The row's findings, labelled by rule and line ("TL0501, line 31").</summary>
    public IReadOnlyList<LinkView> Findings { get; init; } = [];
}
