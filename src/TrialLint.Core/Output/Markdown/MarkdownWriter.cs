using System.Globalization;
using TrialLint.Diagnostics;
using TrialLint.Engine;

namespace TrialLint.Output.Markdown;

/// <summary>
/// Writes a Markdown report for pull-request comments and GitHub job summaries: a headline with the totals, then a
/// table of findings per file. Keeps only the findings of files that have any, so memory stays small.
/// </summary>
public sealed class MarkdownWriter : FindingsWriter
{
    private readonly TextWriter _out;
    private readonly List<(string Path, List<Diagnostic> Findings)> _files = [];
    private RunContext? _context;

    /// <summary>Creates a writer on <paramref name="output"/>.</summary>
    public MarkdownWriter(TextWriter output) => _out = output ?? throw new ArgumentNullException(nameof(output));

    /// <inheritdoc/>
    public override void Begin(RunContext context) => _context = context;

    /// <inheritdoc/>
    public override void Add(FileResult file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var shown = file.Diagnostics.Where(d => !d.IsSuppressed).ToList();
        if (shown.Count > 0) _files.Add((_context?.RepositoryRelative(file.Path) ?? file.Path, shown));
    }

    /// <inheritdoc/>
    public override void End(RunSummary summary, int exitCode)
    {
        ArgumentNullException.ThrowIfNull(summary);
        string files = summary.Files == 1 ? "1 report" : $"{summary.Files} reports";
        string verdict = summary.HighestSeverity is null ? "no findings" : $"{Count(summary.Errors, "error")}, {Count(summary.Warnings, "warning")}, {Count(summary.Infos, "info")}";
        _out.WriteLine($"## TrialLint: {verdict} in {files}{(summary.Suppressed > 0 ? $" ({summary.Suppressed} suppressed with a reason)" : "")}");
        _out.WriteLine();
        if (_files.Count == 0)
        {
            _out.WriteLine("Every report passed the checks that apply to it.");
            _out.Flush();
            return;
        }
        foreach (var (path, findings) in _files)
        {
            int errors = findings.Count(f => f.Severity == DiagnosticSeverity.Error);
            int warnings = findings.Count(f => f.Severity == DiagnosticSeverity.Warning);
            int infos = findings.Count - errors - warnings;
            _out.WriteLine($"### {MarkdownText.Escape(path)} — {Count(errors, "error")}, {Count(warnings, "warning")}, {Count(infos, "info")}");
            _out.WriteLine();
            _out.WriteLine("| Severity | Rule | Line | Finding |");
            _out.WriteLine("|---|---|---:|---|");
            foreach (var f in findings)
            {
                string icon = f.Severity switch { DiagnosticSeverity.Error => "🔴 error", DiagnosticSeverity.Warning => "🟡 warning", _ => "🔵 info" };
                _out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {icon} | {MarkdownText.Link(f.Id, f.Descriptor.HelpLinkUri)} | {f.Location.StartLine} | {MarkdownText.Escape(f.Message)} |"));
            }
            _out.WriteLine();
        }
        _out.WriteLine($"_Exit code {exitCode}. Run `triallint explain TL####` for a rule's help page._");
        _out.Flush();
    }

    private static string Count(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
