using System.Globalization;
using TrialLint.Diagnostics;
using TrialLint.Engine;
using TrialLint.Text;

namespace TrialLint.Output;

/// <summary>
/// Writes findings the way a compiler does: <c>path:line:col: severity TL0101: message</c>, then the source line
/// with the span underlined, then a closing summary. Colour is optional (the caller decides: terminal, NO_COLOR).
/// </summary>
public sealed class ConsoleReporter : FindingsWriter
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";
    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";
    private const string Cyan = "\u001b[36m";
    private const string Green = "\u001b[32m";

    /// <summary>The widest excerpt shown; a longer source line (a minified record) is clipped around the span.</summary>
    private const int MaxExcerpt = 160;

    private readonly TextWriter _out;
    private readonly bool _color;
    private (string? Path, int Line) _lastExcerpt;

    /// <summary>Creates a reporter writing to <paramref name="output"/>.</summary>
    public ConsoleReporter(TextWriter output, bool color)
    {
        _out = output ?? throw new ArgumentNullException(nameof(output));
        _color = color;
    }

    /// <summary>The most findings written per file (<c>--max-findings</c>); the rest are counted in one line. Null: all.</summary>
    public int? MaxFindingsPerFile { get; init; }

    /// <summary>Writes one file's findings, up to <see cref="MaxFindingsPerFile"/>, then how many were left out.</summary>
    public override void Add(FileResult file)
    {
        ArgumentNullException.ThrowIfNull(file);
        int written = 0, left = 0;
        foreach (var diagnostic in file.Diagnostics)
        {
            if (diagnostic.IsSuppressed) continue;
            if (written >= MaxFindingsPerFile)
            {
                left++;
                continue;
            }
            WriteDiagnostic(diagnostic, file.Source);
            written++;
        }
        if (left > 0)
            _out.WriteLine(Paint(Dim, string.Create(CultureInfo.InvariantCulture,
                $"{TerminalText.Escape(file.Path)}: {left} more {(left == 1 ? "finding" : "findings")} not shown (--max-findings {MaxFindingsPerFile})")));
    }

    /// <summary>Writes the closing summary.</summary>
    public override void End(RunSummary summary, int exitCode)
    {
        WriteSummary(summary);
        _out.Flush();
    }

    /// <summary>Writes one finding with its source line.</summary>
    public void WriteDiagnostic(Diagnostic diagnostic, SourceText? source)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var loc = diagnostic.Location;
        string severity = diagnostic.Severity.ToString().ToLowerInvariant();
        string colour = SeverityColour(diagnostic.Severity);
        _out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Paint(Bold, $"{TerminalText.Escape(loc.Path)}:{loc.StartLine}:{loc.StartColumn}:")} {Paint(Bold + colour, severity)} {Paint(Bold, diagnostic.Id + ":")} {TerminalText.Escape(diagnostic.Message)}"));
        // The excerpt of a line already shown just above is not repeated (ten findings about one missing section).
        if (source is not null && loc.StartLine <= source.LineCount && _lastExcerpt != (loc.Path, loc.StartLine))
        {
            WriteSnippet(source, loc);
            _lastExcerpt = (loc.Path, loc.StartLine);
        }
        if (loc.IsMissing && !loc.Pointer.IsRoot) _out.WriteLine($"{new string(' ', Gutter(loc.StartLine))} {Paint(Dim, "=")} missing: {loc.Pointer}");
    }

    /// <summary>Writes the closing summary line.</summary>
    public void WriteSummary(RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        string files = summary.Files == 1 ? "1 file" : $"{summary.Files} files";
        string time = summary.Elapsed.TotalSeconds >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{summary.Elapsed.TotalSeconds:0.00} s")
            : string.Create(CultureInfo.InvariantCulture, $"{summary.Elapsed.TotalMilliseconds:0} ms");
        var parts = new List<string>
        {
            Paint(summary.Errors > 0 ? Bold + Red : string.Empty, Count(summary.Errors, "error")),
            Paint(summary.Warnings > 0 ? Bold + Yellow : string.Empty, Count(summary.Warnings, "warning")),
            Paint(summary.Infos > 0 ? Cyan : string.Empty, Count(summary.Infos, "info")),
        };
        string verdict = summary.HighestSeverity is null ? Paint(Bold + Green, "No findings. ") : string.Empty;
        _out.WriteLine();
        string suppressed = summary.Suppressed > 0 ? $" ({summary.Suppressed} suppressed)" : string.Empty;
        _out.WriteLine($"{verdict}Linted {files} in {time}: {string.Join(", ", parts)}{suppressed}.");
    }

    private void WriteSnippet(SourceText source, Location loc)
    {
        string line = source.GetLineText(loc.StartLine);
        int gutter = Gutter(loc.StartLine);
        string number = loc.StartLine.ToString(CultureInfo.InvariantCulture).PadLeft(gutter);
        int start = Math.Clamp(loc.StartColumn - 1, 0, line.Length);
        int end = loc.EndLine == loc.StartLine ? Math.Clamp(loc.EndColumn - 1, start, line.Length) : line.Length;
        // A long line is clipped to a window around the span, marked with an ellipsis at each cut.
        if (line.Length > MaxExcerpt)
        {
            int from = Math.Max(0, Math.Min(start - 40, line.Length - MaxExcerpt));
            int to = Math.Min(line.Length, from + MaxExcerpt);
            line = (from > 0 ? "…" : "") + line[from..to] + (to < line.Length ? "…" : "");
            int shift = from > 0 ? from - 1 : 0;
            start = Math.Clamp(start - shift, 0, line.Length);
            end = Math.Clamp(end - shift, start, line.Length);
        }
        // One character shown per character of the line, so the caret lines up: tabs as spaces, control and
        // direction-changing characters as a replacement mark (they could move the cursor or reorder the text).
        string shown = TerminalText.OneCharEach(line);
        _out.WriteLine($"{Paint(Dim, number + " |")} {shown}");
        // A span that ends at the start of the next line (a YAML block) still gets one caret.
        int width = Math.Max(1, end - start);
        string marker = width == 1 ? "^" : "^" + new string('~', width - 1);
        _out.WriteLine($"{Paint(Dim, new string(' ', gutter) + " |")} {new string(' ', start)}{Paint(Bold + Green, marker)}");
    }

    private static int Gutter(int line) => Math.Max(3, line.ToString(CultureInfo.InvariantCulture).Length);

    private static string Count(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    private static string SeverityColour(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => Red,
        DiagnosticSeverity.Warning => Yellow,
        _ => Cyan,
    };

    private string Paint(string code, string text) => _color && code.Length > 0 ? code + text + Reset : text;
}
