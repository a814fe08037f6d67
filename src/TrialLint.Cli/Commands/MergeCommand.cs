using System.CommandLine;
using TrialLint.Configuration;
using TrialLint.Engine;
using TrialLint.Output;
using TrialLint.Output.Json;

namespace TrialLint.Cli.Commands;

/// <summary>
/// <c>triallint merge a.json b.json ... -o all.sarif -o all.json -o summary.csv -o summary.html</c>: joins the
/// findings JSON of shard runs (<c>lint --shard I/N -f json</c>) into the result one run over every file gives: the
/// same files and findings in the same order (by path, as a run lists them), the same totals, and the exit code that
/// run would have. Outputs of different TrialLint versions, rules, configurations, as-of dates or fail levels are
/// refused (exit code 2), as is a file found in two inputs.
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
        var outputs = new List<(string Path, FindingsJsonReader.Output Output)>();
        foreach (string input in inputs)
        {
            if (targets.Any(t => t.Output is not null && Path.GetFullPath(t.Output) == Path.GetFullPath(input)))
            {
                error.WriteLine($"triallint: error: '{input}' is an input of this merge; write the merged output to another file");
                return ExitCodes.UsageError;
            }
            try
            {
                using var stream = File.OpenRead(input);
                outputs.Add((input, FindingsJsonReader.Read(stream)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"triallint: error: cannot read '{input}': {(ex is FileNotFoundException or DirectoryNotFoundException ? "the file does not exist" : ex.Message)}");
                return ExitCodes.UsageError;
            }
            catch (InvalidDataException ex)
            {
                error.WriteLine($"triallint: error: '{input}' cannot be merged: {ex.Message}");
                return ExitCodes.UsageError;
            }
        }
        if (Mismatch(outputs) is { } mismatch)
        {
            error.WriteLine($"triallint: error: {mismatch}; merge joins the shards of one run (same TrialLint, rules, configuration, --as-of, --fail-level, --max-warnings and --quiet)");
            return ExitCodes.UsageError;
        }
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, shard) in outputs)
        {
            foreach (var file in shard.Files)
            {
                if (seen.TryAdd(file.Path, path)) continue;
                error.WriteLine($"triallint: error: '{file.Path}' is in both '{seen[file.Path]}' and '{path}'; shards of one run cover each file once");
                return ExitCodes.UsageError;
            }
        }

        // The rule catalog (SARIF) comes from the rules a lint run here would load: built-in, the configuration's folders, --rules.
        var configs = new ConfigResolver(configPath);
        var runConfig = configs.ForDirectory(Directory.GetCurrentDirectory());
        var rules = CommonOptions.LoadRules([.. (runConfig?.RuleFolders ?? []), .. ruleFolders], error, error, color: false, out bool rulesFailed);
        if (rules is null || rulesFailed) return ExitCodes.UsageError;

        var settings = outputs[0].Output.Settings;
        // A run lists its files sorted by path (ReportDiscovery): the merged files are too, whatever order the shards came in.
        var files = outputs.SelectMany(o => o.Output.Files).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var summary = new RunSummary();
        foreach (var file in files) summary.Add(file.Diagnostics);
        int code = ExitCodes.ForRun(summary, settings.FailLevel);
        if (code == ExitCodes.Success && settings.MaxWarnings is int max && summary.Warnings > max) code = ExitCodes.Findings;
        // A shard that failed for a reason its findings do not show (warnings left out by --quiet, a stale baseline) fails the whole.
        code = Math.Max(code, outputs.Max(o => o.Output.ExitCode));

        string cwd = Directory.GetCurrentDirectory();
        var context = new RunContext(rules, RunContext.FindRepositoryRoot(cwd), cwd) { Settings = settings };
        var opened = new List<(FindingsWriter Writer, AtomicFile? File, MemoryStream? Buffer)>();
        try
        {
            foreach (var (format, file) in targets)
            {
                var options = new OutputOptions(false, null) { OutputPath = file, FailLevel = settings.FailLevel };
                if (file is null)
                {
                    var buffer = new MemoryStream();
                    opened.Add((OutputFormat.Find(format)!.Create(buffer, options), null, buffer));
                }
                else
                {
                    var atomic = AtomicFile.Create(file);
                    opened.Add((OutputFormat.Find(format)!.Create(atomic.Stream, options), atomic, null));
                }
            }
            foreach (var (writer, _, _) in opened) writer.Begin(context);
            foreach (var file in files)
            {
                foreach (var (writer, _, _) in opened) writer.Add(file);
            }
            foreach (var (writer, file, buffer) in opened)
            {
                writer.End(summary, code);
                file?.Commit();
                if (buffer is not null) output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            }
            output.Flush();
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
        error.WriteLine($"triallint: merged {inputs.Length} outputs: {summary.Files} files, {summary.Errors} errors, {summary.Warnings} warnings, {summary.Infos} info (exit code {code})");
        return code;
    }

    /// <summary>What makes two shard outputs parts of different runs, in words; null when they agree.</summary>
    private static string? Mismatch(List<(string Path, FindingsJsonReader.Output Output)> outputs)
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
