using System.Text;
using TrialLint.Diagnostics;
using TrialLint.Engine;

namespace TrialLint.Output.GitHub;

/// <summary>
/// Writes GitHub Actions workflow commands (<c>::error file=…,line=…::message</c>), which GitHub turns into
/// annotations on the pull request's changed lines. Paths are relative to the repository root, as GitHub expects.
/// </summary>
public sealed class GitHubAnnotationsWriter : FindingsWriter
{
    private readonly TextWriter _out;
    private RunContext? _context;

    /// <summary>Creates a writer on <paramref name="output"/>.</summary>
    public GitHubAnnotationsWriter(TextWriter output) => _out = output ?? throw new ArgumentNullException(nameof(output));

    /// <inheritdoc/>
    public override void Begin(RunContext context) => _context = context;

    /// <inheritdoc/>
    public override void Add(FileResult file)
    {
        ArgumentNullException.ThrowIfNull(file);
        string path = _context?.RepositoryRelative(file.Path) ?? file.Path;
        foreach (var d in file.Diagnostics.Where(d => !d.IsSuppressed))
        {
            var loc = d.Location;
            string command = d.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "notice",
            };
            _out.Write("::");
            _out.Write(command);
            _out.Write(" file=");
            if (file.Archive is { } archive)
            {
                // Lines of an archive's entry are not lines of any file in the repository: the annotation goes on the
                // archive, and the message starts with where in the entry.
                _out.Write(EscapeProperty(_context?.RepositoryRelative(archive) ?? archive));
                _out.Write(",title=");
                _out.Write(EscapeProperty($"{d.Id} {d.Descriptor.Title}"));
                _out.Write("::");
                _out.WriteLine(EscapeData($"{file.Entry}:{loc.StartLine}:{loc.StartColumn}: {d.Message}"));
                continue;
            }
            _out.Write(EscapeProperty(path));
            int endLine = Math.Max(loc.EndLine, loc.StartLine);
            // GitHub reads columns only for a span on one line, and says not to send them otherwise.
            _out.Write(endLine == loc.StartLine
                ? $",line={loc.StartLine},endLine={endLine},col={loc.StartColumn},endColumn={Math.Max(loc.EndColumn, loc.StartColumn)},title="
                : $",line={loc.StartLine},endLine={endLine},title=");
            _out.Write(EscapeProperty($"{d.Id} {d.Descriptor.Title}"));
            _out.Write("::");
            _out.WriteLine(EscapeData(d.Message));
        }
    }

    /// <inheritdoc/>
    public override void End(RunSummary summary, int exitCode) => _out.Flush();

    /// <summary>Escapes a message: %, CR and LF, as GitHub's toolkit does.</summary>
    public static string EscapeData(string value) =>
        new StringBuilder(value).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

    /// <summary>Escapes a property value: the message escapes plus ':' and ','.</summary>
    public static string EscapeProperty(string value) =>
        new StringBuilder(EscapeData(value)).Replace(":", "%3A").Replace(",", "%2C").ToString();
}
