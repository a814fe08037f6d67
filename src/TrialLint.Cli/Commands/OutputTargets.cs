using System.CommandLine.Parsing;
using TrialLint.Output;

namespace TrialLint.Cli.Commands;

/// <summary>
/// Pairs each <c>--format</c> with the <c>--output</c> that follows it (<c>-f console -f sarif -o out.sarif</c>) and
/// opens the destinations: files are written atomically, one format may go to standard output (no <c>-o</c>, or
/// <c>-o -</c>).
/// </summary>
internal sealed class OutputTargets : IDisposable
{
    private readonly List<(FindingsWriter Writer, AtomicFile? File, Stream? Buffer)> _targets = [];
    private readonly TextWriter _stdout;

    private OutputTargets(TextWriter stdout) => _stdout = stdout;

    public IEnumerable<FindingsWriter> Writers => _targets.Select(t => t.Writer);

    /// <summary>Reads the (format, output) pairs in the order they were written on the command line.</summary>
    public static List<(string Format, string? Output)> Pair(IReadOnlyList<Token> tokens, out string? error)
    {
        error = null;
        var pairs = new List<(string Format, string? Output)>();
        for (int i = 0; i < tokens.Count; i++)
        {
            string value = tokens[i].Value;
            bool isFormat = value is "-f" or "--format";
            bool isOutput = value is "-o" or "--output";
            if (!isFormat && !isOutput) continue;
            if (i + 1 >= tokens.Count) break;
            string argument = tokens[++i].Value;
            if (isFormat)
            {
                pairs.Add((argument, null));
            }
            else if (pairs.Count == 0 || pairs[^1].Output is not null)
            {
                error = $"'{value} {argument}' must follow the --format it is for (e.g. -f sarif -o {argument})";
                return pairs;
            }
            else
            {
                pairs[^1] = (pairs[^1].Format, argument);
            }
        }
        // '-o -' is standard output, as for ESLint and Ruff: never a file named '-'.
        return pairs.Select(p => (p.Format, p.Output == "-" ? null : p.Output)).ToList();
    }

    /// <summary>Whether standard output carries a document (any format but console): then it carries nothing else.</summary>
    public static bool CarriesADocument(IEnumerable<(string Format, string? Output)> pairs) =>
        pairs.Any(p => p.Output is null && !string.Equals(p.Format, "console", StringComparison.OrdinalIgnoreCase));

    /// <summary>Validates the pairs and opens every destination; returns null with a message on a usage error.</summary>
    public static OutputTargets? Open(List<(string Format, string? Output)> pairs, OutputOptions options, TextWriter stdout, out string? error)
    {
        error = null;
        foreach (var (format, _) in pairs)
        {
            if (OutputFormat.Find(format) is null)
            {
                error = $"unknown format '{format}' (formats: {string.Join(", ", OutputFormat.All.Select(f => f.Name))})";
                return null;
            }
        }
        // Console is the default, and stays on standard output when every format chosen goes to a file.
        if (pairs.All(p => p.Output is not null)) pairs.Insert(0, ("console", null));
        if (pairs.Count(p => p.Output is null) > 1)
        {
            error = $"only one format can go to standard output; give the others an --output file ({string.Join(", ", pairs.Where(p => p.Output is null).Select(p => p.Format))})";
            return null;
        }
        // Two formats into one file: the second would silently replace the first.
        if (pairs.Where(p => p.Output is not null).GroupBy(p => Path.GetFullPath(p.Output!), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            error = $"'{twice.First().Output}' is the --output of more than one format ({string.Join(", ", twice.Select(p => p.Format))}); give each format a file of its own";
            return null;
        }
        if (pairs.Any(p => string.Equals(p.Format, "html", StringComparison.OrdinalIgnoreCase)) && Html.HtmlWriterCheck(options.TemplateDirectory) is { } templateError)
        {
            error = templateError;
            return null;
        }
        var targets = new OutputTargets(stdout);
        try
        {
            foreach (var (name, output) in pairs)
            {
                var format = OutputFormat.Find(name)!;
                var options2 = options with { Color = options.Color && output is null && name == "console", OutputPath = output };
                if (output is null)
                {
                    var stream = ReferenceEquals(stdout, Console.Out) ? Console.OpenStandardOutput() : new MemoryStream();
                    targets._targets.Add((format.Create(stream, options2), null, stream));
                }
                else
                {
                    var file = AtomicFile.Create(output);
                    targets._targets.Add((format.Create(file.Stream, options2), file, null));
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            targets.Dispose();
            string path = pairs.FirstOrDefault(p => p.Output is not null && !CanWrite(p.Output)).Output ?? "the output";
            error = $"cannot write '{path}': {ex.Message}";
            return null;
        }
        return targets;
    }

    /// <summary>
    /// Ends every writer and moves its file into place (or copies buffered standard output to the writer). A writer
    /// whose user template fails while rendering is left out, with its file untouched, and its message returned; every
    /// other output of the run is still written.
    /// </summary>
    public List<string> Finish(RunSummary summary, int exitCode)
    {
        var failures = new List<string>();
        foreach (var (writer, file, buffer) in _targets)
        {
            try
            {
                writer.End(summary, exitCode);
            }
            catch (Output.Html.TemplateException ex)
            {
                failures.Add(ex.Message);
                continue;
            }
            file?.Commit();
            if (buffer is MemoryStream memory)
            {
                _stdout.Write(System.Text.Encoding.UTF8.GetString(memory.ToArray()));
                _stdout.Flush();
            }
            else
            {
                buffer?.Flush();
            }
        }
        return failures;
    }

    public void Dispose()
    {
        foreach (var (_, file, _) in _targets) file?.Dispose();
    }

    private static bool CanWrite(string path)
    {
        try
        {
            using var probe = AtomicFile.Create(path);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static class Html
    {
        public static string? HtmlWriterCheck(string? directory) =>
            directory is not null && !Directory.Exists(directory)
                ? $"the template folder '{directory}' does not exist"
                : Output.Html.HtmlWriter.CheckTemplate(directory);
    }
}
