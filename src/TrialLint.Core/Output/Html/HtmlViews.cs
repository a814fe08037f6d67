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
    IReadOnlyList<FindingView> Suppressed);

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
    string? Justification);

/// <summary>A source line shown with a finding.</summary>
public sealed record SnippetLineView(int Number, string Text, bool Highlight);

/// <summary>One checklist item and what the rules found; <c>Status</c> is reported, finding, not-applicable or not-checked.</summary>
public sealed record ChecklistRowView(string Checklist, string Item, string Section, string Topic, string Text, string Status, string StatusLabel, IReadOnlyList<string> Rules, IReadOnlyList<string> FindingAnchors);
