using System.CommandLine;
using TrialLint.Baselines;
using TrialLint.Diagnostics;

namespace TrialLint.Cli.Commands;

/// <summary>
/// <c>triallint baseline create|update|prune</c>: record a repository's existing findings so that a CI gate fails only
/// on new ones. Entries are keyed on file, rule, JSON Pointer and the offending value — never line numbers.
/// </summary>
internal static class BaselineCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("baseline", "Maintain the baseline of accepted findings (.triallint-baseline.json).");
        command.Subcommands.Add(Sub("create", "Record every current finding in a new baseline.", output, error));
        command.Subcommands.Add(Sub("update", "Drop entries that no longer match a finding; refuses to add new findings unless --accept-new.", output, error));
        command.Subcommands.Add(Sub("prune", "Drop entries that no longer match a finding; never adds any.", output, error));
        return command;
    }

    private static Command Sub(string verb, string description, TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths") { Description = "Report files, folders or globs. Default: the current folder.", Arity = ArgumentArity.ZeroOrMore };
        var file = new Option<string>("--baseline") { Description = $"The baseline file. Default: {BaselineFile.DefaultName}.", DefaultValueFactory = _ => BaselineFile.DefaultName };
        var config = CommonOptions.Config();
        var rules = CommonOptions.Rules();
        var command = new Command(verb, description) { paths, file, config, rules };
        Option<bool>? acceptNew = null;
        if (verb == "update")
        {
            acceptNew = new Option<bool>("--accept-new") { Description = "Also add findings that are not in the baseline yet." };
            command.Options.Add(acceptNew);
        }
        command.SetAction(parse =>
        {
            var session = LintSession.Open(new SessionOptions(parse.GetValue(paths) is { Length: > 0 } p ? p : ["."], parse.GetValue(config), parse.GetValue(rules) ?? [], null, null),
                output, error, color: false);
            if (session is null) return ExitCodes.UsageError;
            string path = parse.GetValue(file) ?? BaselineFile.DefaultName;
            return Run(verb, path, session, acceptNew is not null && parse.GetValue(acceptNew), output, error);
        });
        return command;
    }

    private static int Run(string verb, string path, LintSession session, bool acceptNew, TextWriter output, TextWriter error)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder))
        {
            error.WriteLine($"triallint: error: cannot write the baseline '{path}': the folder '{folder}' does not exist");
            return ExitCodes.UsageError;
        }
        BaselineFile existing;
        if (verb == "create")
        {
            if (File.Exists(path))
            {
                error.WriteLine($"triallint: error: '{path}' already exists; use 'triallint baseline update' to refresh it");
                return ExitCodes.UsageError;
            }
            existing = new BaselineFile(path, []);
        }
        else
        {
            try
            {
                existing = BaselineFile.Load(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                error.WriteLine($"triallint: error: cannot read the baseline '{path}': {(ex is FileNotFoundException ? "the file does not exist ('triallint baseline create' writes one)" : ex.Message)}");
                return ExitCodes.UsageError;
            }
        }

        var matcher = new BaselineMatcher(existing);
        var kept = new List<BaselineEntry>();
        var added = new List<BaselineEntry>();
        // Archives and NDJSON files are linted by entry and line, as 'lint' does; their entries' paths count as linted.
        var resultPaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var linted in session.CreateEngine().LintInputs(session.Inputs))
        {
            resultPaths.Add(existing.RelativePath(linted.Path));
            var result = matcher.Apply(linted);
            foreach (var d in result.Diagnostics)
            {
                if (d.Suppression?.Kind == SuppressionKind.Baseline) kept.Add(existing.EntryFor(d, result));
                else if (!d.IsSuppressed && BaselineFile.CanBaseline(d)) added.Add(existing.EntryFor(d, result));
            }
        }
        var linted_ = session.Files.Select(existing.RelativePath).Concat(resultPaths).ToHashSet(StringComparer.Ordinal);
        // Entries of files this run did not lint are kept as they are.
        var untouched = existing.Entries.Where(e => !linted_.Contains(e.File)).ToList();
        int stale = matcher.Stale().Count;

        if (verb == "update" && added.Count > 0 && !acceptNew)
        {
            error.WriteLine($"triallint: {added.Count} finding{(added.Count == 1 ? " is" : "s are")} not in the baseline; fix {(added.Count == 1 ? "it" : "them")}, or pass --accept-new to record {(added.Count == 1 ? "it" : "them")}:");
            foreach (var entry in added.Take(20)) error.WriteLine(TrialLint.Output.TerminalText.Escape($"  {entry.File} {entry.RuleId} {entry.Pointer}: {entry.Message}"));
            return ExitCodes.Findings;
        }
        var entries = verb switch
        {
            "create" => added,
            "prune" => [.. untouched, .. kept],
            _ => [.. untouched, .. kept, .. added],
        };
        try
        {
            new BaselineFile(path, entries).Save();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"triallint: error: cannot write the baseline '{path}': {ex.Message}");
            return ExitCodes.UsageError;
        }
        output.WriteLine(verb switch
        {
            "create" => $"Wrote {path}: {entries.Count} finding{(entries.Count == 1 ? "" : "s")} in {entries.Select(e => e.File).Distinct().Count()} report{(entries.Select(e => e.File).Distinct().Count() == 1 ? "" : "s")}.",
            "prune" => $"Updated {path}: removed {stale} stale entr{(stale == 1 ? "y" : "ies")}, {entries.Count} left.",
            _ => $"Updated {path}: removed {stale} stale, added {added.Count} new, {entries.Count} entries.",
        });
        return ExitCodes.Success;
    }
}
