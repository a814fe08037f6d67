using System.CommandLine;
using TrialLint.Configuration;
using TrialLint.Engine;
using TrialLint.Output;
using TrialLint.Output.Json;

namespace TrialLint.Cli.Commands;

/// <summary>
/// <c>triallint merge a.json b.json ... -o all.sarif -o all.json -o summary.csv -o summary.html</c>: joins the
/// findings JSON of shard runs (<c>lint --shard I/N -f json</c>) into the result one run over every file gives: the
/// same files and findings in the same order (files by path, an archive's entries in its order, an NDJSON file's lines
/// in order, as a run lists them), the same study twice found across shards (TL0033), the same totals, and the exit
/// code that run would have. The outputs are read as streams and merged file by file, so memory does not grow with
/// the number of files (but for the ids of the studies seen, as in a run). Outputs of different TrialLint versions,
/// rules, configurations, as-of dates or fail levels are refused (exit code 2), as is a file found in two inputs.
/// </summary>
internal static class MergeCommand
{
    /// <summary>The formats merge writes (html and console need the reports' text, which shard outputs do not carry).</summary>
    private static readonly string[] Formats = ["json", "sarif", "summary"];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Findings JSON files written by 'triallint lint -f json' (one per shard).",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string[]>("--format", "-f")
        {
            Description = "Format of the --output after it: json, sarif or summary. Default: from the output's extension (.json, .sarif, .csv or .html for the summary).",
            Arity = ArgumentArity.OneOrMore,
        };
        var outputFile = new Option<string[]>("--output", "-o")
        {
            Description = "File to write, repeatable (written atomically). Without one, the merged findings JSON goes to standard output.",
            Arity = ArgumentArity.OneOrMore,
        };
        var config = CommonOptions.Config();
        var rules = CommonOptions.Rules();
        var command = new Command("merge", "Join the findings JSON of shard runs into one result (JSON, SARIF or the completeness summary), equal to a single run's.")
        {
            inputs, format, outputFile, config, rules,
        };
        command.SetAction(parse =>
        {
            var targets = Targets(parse.Tokens.Select(t => t.Value).ToList(), out string? targetError);
            if (targets is null)
            {
                error.WriteLine($"triallint: error: {targetError}");
                return ExitCodes.UsageError;
            }
            return Execute(parse.GetValue(inputs) ?? [], targets, parse.GetValue(config), parse.GetValue(rules) ?? [], output, error);
        });
        return command;
    }

    /// <summary>The (format, file) pairs: each -o takes the -f before it, else the format its extension names.</summary>
    private static List<(string Format, string? Output)>? Targets(List<string> tokens, out string? error)
    {
        error = null;
        var targets = new List<(string Format, string? Output)>();
        string? pending = null;
        for (int i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i] is "-f" or "--format")
            {
                pending = tokens[++i];
                if (!Formats.Contains(pending, StringComparer.OrdinalIgnoreCase))
                {
                    error = $"merge writes {string.Join(", ", Formats)}, not '{pending}' (the HTML report and the console need the reports' text; lint them instead)";
                    return null;
                }
            }
            else if (tokens[i] is "-o" or "--output")
            {
                string file = tokens[++i];
                string? chosen = pending ?? FormatOf(file);
                if (chosen is null)
                {
                    error = $"cannot tell the format of '{file}' from its extension; put -f json, -f sarif or -f summary before it";
                    return null;
                }
                targets.Add((chosen.ToLowerInvariant(), file == "-" ? null : file));
                pending = null;
            }
        }
        if (pending is not null) targets.Add((pending.ToLowerInvariant(), null));
        if (targets.Count == 0) targets.Add(("json", null));
        if (targets.Count(t => t.Output is null) > 1)
        {
            error = "only one output can go to standard output; give the others an --output file";
            return null;
        }
        return targets;
    }

    private static string? FormatOf(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".json" => "json",
        ".sarif" => "sarif",
        ".csv" or ".html" or ".htm" => "summary",
        _ => null,
    };

    private static int Execute(string[] inputs, List<(string Format, string? Output)> targets, string? configPath, string[] ruleFolders, TextWriter output, TextWriter error)
    {
        var shards = new List<(string Path, FindingsJsonReader.Reader Reader)>();
        try
        {
            return Merge(inputs, shards, targets, configPath, ruleFolders, output, error);
        }
        finally
        {
            foreach (var (_, reader) in shards) reader.Dispose();
        }
    }

    private static int Merge(string[] inputs, List<(string Path, FindingsJsonReader.Reader Reader)> shards, List<(string Format, string? Output)> targets, string? configPath, string[] ruleFolders, TextWriter output, TextWriter error)
    {
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string input in inputs)
        {
            if (targets.Any(t => t.Output is not null && Path.GetFullPath(t.Output) == Path.GetFullPath(input)))
            {
                error.WriteLine($"triallint: error: '{input}' is an input of this merge; write the merged output to another file");
                return ExitCodes.UsageError;
            }
            if (!given.TryAdd(Path.GetFullPath(input), input))
            {
                error.WriteLine($"triallint: error: '{input}' is given twice{(given[Path.GetFullPath(input)] == input ? "" : $" (as '{given[Path.GetFullPath(input)]}')")}; each shard's output is merged once");
                return ExitCodes.UsageError;
            }
            // Only the head of each output is read here; the files are read one at a time as they are merged.
            if (Read(input, () => FindingsJsonReader.Open(File.OpenRead(input)), error, out var reader) is { } failed) return failed;
            shards.Add((input, reader!));
        }
        if (Mismatch(shards) is { } mismatch)
        {
            error.WriteLine($"triallint: error: {mismatch}; merge joins the shards of one run (same TrialLint, rules, configuration, --as-of, --fail-level, --max-warnings and --quiet)");
            return ExitCodes.UsageError;
        }

        // The rule catalog (SARIF) comes from the rules a lint run here would load: built-in, the configuration's folders, --rules.
        var configs = new ConfigResolver(configPath);
        var runConfig = configs.ForDirectory(Directory.GetCurrentDirectory());
        var rules = CommonOptions.LoadRules([.. (runConfig?.RuleFolders ?? []), .. ruleFolders], error, error, color: false, out bool rulesFailed);
        if (rules is null || rulesFailed) return ExitCodes.UsageError;

        var settings = shards[0].Reader.Settings;
        var summary = new RunSummary();
        var duplicates = new DuplicateStudies();
        string cwd = Directory.GetCurrentDirectory();
        var context = new RunContext(rules, RunContext.FindRepositoryRoot(cwd), cwd) { Settings = settings };
        var opened = new List<(FindingsWriter Writer, AtomicFile? File, FileStream? Buffer)>();
        try
        {
            foreach (var (format, file) in targets)
            {
                var options = new OutputOptions(false, null) { OutputPath = file, FailLevel = settings.FailLevel };
                if (file is null)
                {
                    // Standard output gets the merged output only when it is whole: kept in a temporary file until then, not in memory.
                    var buffer = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
                    opened.Add((OutputFormat.Find(format)!.Create(buffer, options), null, buffer));
                }
                else
                {
                    var atomic = AtomicFile.Create(file);
                    opened.Add((OutputFormat.Find(format)!.Create(atomic.Stream, options), atomic, null));
                }
            }
            foreach (var (writer, _, _) in opened) writer.Begin(context);
            if (MergeFiles(shards, file =>
            {
                file = FindDuplicates(file, duplicates);
                summary.Add(file.Diagnostics);
                foreach (var (writer, _, _) in opened) writer.Add(file);
            }, error) is { } failed) return failed;

            int code = ExitCodes.ForRun(summary, settings.FailLevel);
            if (code == ExitCodes.Success && settings.MaxWarnings is int max && summary.Warnings > max) code = ExitCodes.Findings;
            // A shard that failed for a reason its findings do not show (warnings left out by --quiet, a stale baseline) fails the whole.
            code = Math.Max(code, shards.Max(s => s.Reader.ExitCode));
            foreach (var (writer, file, buffer) in opened)
            {
                writer.End(summary, code);
                file?.Commit();
                if (buffer is not null)
                {
                    buffer.Position = 0;
                    using var text = new StreamReader(buffer, System.Text.Encoding.UTF8, leaveOpen: true);
                    var chunk = new char[1 << 16];
                    int read;
                    while ((read = text.Read(chunk, 0, chunk.Length)) > 0) output.Write(chunk, 0, read);
                }
            }
            output.Flush();
            error.WriteLine($"triallint: merged {inputs.Length} outputs: {summary.Files} files, {summary.Errors} errors, {summary.Warnings} warnings, {summary.Infos} info (exit code {code})");
            return code;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"triallint: error: cannot write the output: {ex.Message}");
            return ExitCodes.UsageError;
        }
        finally
        {
            foreach (var (_, file, buffer) in opened)
            {
                file?.Dispose();
                buffer?.Dispose();
            }
        }
    }

    /// <summary>
    /// Passes the files of every shard to <paramref name="add"/> in the order one run lists them (a k-way merge: each
    /// shard's files are in run order already, and one file per shard is held). A run lists its files sorted by path
    /// (ReportDiscovery), an archive's entries in the archive's order and an NDJSON file's lines in order, so files go
    /// by their file (the archive, for an entry), then their place in it (<see cref="FileResult.Ordinal"/>), then path.
    /// Null when all went well, else the exit code after saying what is wrong.
    /// </summary>
    private static int? MergeFiles(List<(string Path, FindingsJsonReader.Reader Reader)> shards, Action<FileResult> add, TextWriter error)
    {
        var heads = new PriorityQueue<int, (FileResult File, int Shard)>(shards.Count, RunOrder.Instance);
        for (int i = 0; i < shards.Count; i++)
        {
            if (Read(shards[i].Path, shards[i].Reader.Next, error, out var first) is { } failed) return failed;
            if (first is not null) heads.Enqueue(i, (first, i));
        }
        FileResult? previous = null;
        int previousShard = -1;
        while (heads.TryDequeue(out int shard, out var head))
        {
            var file = head.File;
            if (previous is not null && RunOrder.Compare(previous, file) == 0)
            {
                string what = file.Ordinal > 0 && file.Archive is null ? $"line {file.Ordinal} of '{file.Path}'" : $"'{file.Path}'";
                error.WriteLine(previousShard == shard
                    ? $"triallint: error: '{shards[shard].Path}' lists {what} twice; lint that shard again"
                    : $"triallint: error: {what} is in both '{shards[previousShard].Path}' and '{shards[shard].Path}'; shards of one run cover each file once");
                return ExitCodes.UsageError;
            }
            add(file);
            if (Read(shards[shard].Path, shards[shard].Reader.Next, error, out var next) is { } failed) return failed;
            if (next is not null)
            {
                if (RunOrder.Compare(next, file) < 0)
                {
                    error.WriteLine($"triallint: error: '{shards[shard].Path}' cannot be merged: its files are not in the order a run writes them ('{next.Path}' after '{file.Path}', file {shards[shard].Reader.Count}); give the output 'lint -f json' wrote, unsorted and unedited");
                    return ExitCodes.UsageError;
                }
                heads.Enqueue(shard, (next, shard));
            }
            previous = file;
            previousShard = shard;
        }
        return null;
    }

    /// <summary>Reads from a shard's output; a shard that cannot be read or is not findings JSON is said with its name (exit code 2).</summary>
    private static int? Read<T>(string input, Func<T> read, TextWriter error, out T? value)
    {
        value = default;
        try
        {
            value = read();
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"triallint: error: cannot read '{input}': {(ex is FileNotFoundException or DirectoryNotFoundException ? "the file does not exist" : ex.Message)}");
        }
        catch (InvalidDataException ex)
        {
            error.WriteLine($"triallint: error: '{input}' cannot be merged: {ex.Message}");
        }
        return ExitCodes.UsageError;
    }

    /// <summary>
    /// The file with the TL0033 findings one run gives it: a shard sees only its own copies of a study, so its
    /// TL0033 findings are found again across all shards, in run order (a suppressed one, from a baseline, is kept as it was).
    /// </summary>
    private static FileResult FindDuplicates(FileResult file, DuplicateStudies duplicates)
    {
        string id = TrialLint.Diagnostics.InputDiagnostics.DuplicateStudy.Id;
        var kept = file.Diagnostics.RemoveAll(d => d.Id == id && d.Suppression is null);
        var suppressed = kept.Where(d => d.Id == id).Select(d => (d.Location.StartLine, d.Location.StartColumn)).ToHashSet();
        var found = duplicates.Check(kept.Length == file.Diagnostics.Length ? file : file.WithDiagnostics(kept));
        if (suppressed.Count > 0)
            found = found.WithDiagnostics(found.Diagnostics.RemoveAll(d => d.Id == id && d.Suppression is null && suppressed.Contains((d.Location.StartLine, d.Location.StartColumn))));
        return found;
    }

    /// <summary>The order of a run's files: by file (an entry's archive), then place in it, then path; ties by shard.</summary>
    private sealed class RunOrder : IComparer<(FileResult File, int Shard)>
    {
        public static RunOrder Instance { get; } = new();

        public static int Compare(FileResult x, FileResult y)
        {
            int c = string.CompareOrdinal(x.Archive ?? x.Path, y.Archive ?? y.Path);
            if (c == 0) c = x.Ordinal.CompareTo(y.Ordinal);
            if (c == 0) c = string.CompareOrdinal(x.Path, y.Path);
            return c;
        }

        public int Compare((FileResult File, int Shard) x, (FileResult File, int Shard) y)
        {
            int c = Compare(x.File, y.File);
            return c != 0 ? c : x.Shard.CompareTo(y.Shard);
        }
    }

    /// <summary>What makes two shard outputs parts of different runs, in words; null when they agree.</summary>
    private static string? Mismatch(List<(string Path, FindingsJsonReader.Reader Reader)> outputs)
    {
        var (firstPath, first) = outputs[0];
        foreach (var (path, other) in outputs.Skip(1))
        {
            string? what =
                other.ToolVersion != first.ToolVersion ? $"TrialLint {first.ToolVersion} and {other.ToolVersion}"
                : other.Settings.AsOf != first.Settings.AsOf ? $"records judged as of {first.Settings.AsOf} and {other.Settings.AsOf}"
                : other.Settings.FailLevel != first.Settings.FailLevel ? $"fail level {first.Settings.FailLevel.ToString().ToLowerInvariant()} and {other.Settings.FailLevel.ToString().ToLowerInvariant()}"
                : other.Settings.MaxWarnings != first.Settings.MaxWarnings ? $"--max-warnings {first.Settings.MaxWarnings?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"} and {other.Settings.MaxWarnings?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"}"
                : other.Settings.Quiet != first.Settings.Quiet ? "--quiet in one and not the other"
                : other.Settings.Fingerprint != first.Settings.Fingerprint ? "different rules, configuration or baseline (the fingerprints differ)"
                : null;
            if (what is not null) return $"'{firstPath}' and '{path}' come from different runs: {what}";
        }
        return null;
    }
}
