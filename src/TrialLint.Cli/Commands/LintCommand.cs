using System.CommandLine;
using System.Diagnostics;
using TrialLint.Baselines;
using TrialLint.Diagnostics;
using TrialLint.Output;
using TrialLint.Registry;

namespace TrialLint.Cli.Commands;

/// <summary><c>triallint lint [PATH|GLOB]...</c>: lints reports and writes the findings in the chosen formats.</summary>
internal static class LintCommand
{
    public static Command Create(TextWriter output, TextWriter error, Func<Stream>? input = null)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Report files, folders (searched recursively for *.trial.yaml, *.trial.yml, *.trial.json) or globs; '-' reads one report from standard input. Default: the current folder.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var failLevel = new Option<string>("--fail-level") { Description = "Lowest severity that fails the run (exit 1): error, warning or info. Default: the configuration's failLevel, else error." };
        failLevel.AcceptOnlyFromAmong("error", "warning", "info");
        var maxWarnings = new Option<int?>("--max-warnings") { Description = "Fail the run when there are more warnings than this." };
        maxWarnings.Validators.Add(result =>
        {
            if (result.Tokens is [{ } token] && long.TryParse(token.Value, System.Globalization.CultureInfo.InvariantCulture, out long n) && n < 0)
                result.AddError("--max-warnings takes a whole number of 0 or more");
        });
        var maxFindings = new Option<int?>("--max-findings") { Description = "Write at most this many findings per file on the console, then how many were left out (other formats keep all)." };
        maxFindings.Validators.Add(result =>
        {
            if (result.Tokens is [{ } token] && long.TryParse(token.Value, System.Globalization.CultureInfo.InvariantCulture, out long n) && n < 1)
                result.AddError("--max-findings takes a whole number of 1 or more");
        });
        var noColor = CommonOptions.NoColor();
        var color = CommonOptions.Color();
        var quiet = new Option<bool>("--quiet") { Description = "Report errors only: warnings and info are left out of every output (they still count for --fail-level and --max-warnings)." };
        var rules = CommonOptions.Rules();
        var config = CommonOptions.Config();
        var shard = CommonOptions.Shard();
        var changedSince = CommonOptions.ChangedSince();
        var format = new Option<string[]>("--format", "-f")
        {
            Description = $"Output format, repeatable: {string.Join(", ", OutputFormat.All.Select(f => f.Name))}. Default: console.",
            Arity = ArgumentArity.OneOrMore,
        };
        var outputFile = new Option<string[]>("--output", "-o")
        {
            Description = "File for the --format just before it (written atomically). A format without one goes to standard output.",
            Arity = ArgumentArity.OneOrMore,
        };
        var template = new Option<string>("--template") { Description = "Folder with a report.sbn Scriban template replacing the built-in HTML template." };
        var baseline = new Option<string>("--baseline") { Description = "Report only findings that are not in this baseline file (see 'triallint baseline')." };
        var allowStale = new Option<bool>("--allow-stale") { Description = "Do not fail when baseline entries match no finding any more." };
        var registryRecords = new Option<bool>("--registry-records") { Description = "Search folders for ClinicalTrials.gov records too (*.json, *.jsonl, *.ndjson, *.zip), not only for reports; also the configuration's registryRecords: true." };
        var stdinFilename = new Option<string>("--stdin-filename") { Description = "The file name of the report read from standard input ('-'): used in messages, for its configuration and to tell JSON from YAML." };

        var registry = RegistryCommandOptions.Registry();
        var asOf = RegistryCommandOptions.AsOf();
        var command = new Command("lint", "Lint trial reports and registry records, and write the findings.")
        {
            paths, failLevel, maxWarnings, noColor, rules, config, shard, changedSince, format, outputFile, template, baseline, allowStale, registry, asOf,
            stdinFilename, color, quiet, maxFindings, registryRecords,
        };
        command.SetAction(parse =>
        {
            var pairs = OutputTargets.Pair(parse.Tokens, out string? pairError);
            if (pairError is not null)
            {
                error.WriteLine($"triallint: error: {pairError}");
                return ExitCodes.UsageError;
            }
            string[] pathList = parse.GetValue(paths) is { Length: > 0 } given ? given : ["."];
            if (pathList.Count(p => p == "-") > 1 || (parse.GetValue(stdinFilename) is not null && !pathList.Contains("-")))
            {
                error.WriteLine(pathList.Count(p => p == "-") > 1
                    ? "triallint: error: '-' (standard input) can be given once"
                    : "triallint: error: --stdin-filename names the report read from standard input; give '-' as a path too");
                return ExitCodes.UsageError;
            }
            var session = new SessionOptions(pathList, parse.GetValue(config),
                parse.GetValue(rules) ?? [], parse.GetValue(shard), parse.GetValue(changedSince)) { AllowStdin = true, RegistryRecords = parse.GetValue(registryRecords) };
            var run = new LintRun(session,
                parse.GetValue(failLevel) is { } level ? Enum.Parse<DiagnosticSeverity>(level, ignoreCase: true) : null,
                parse.GetValue(maxWarnings),
                CommonOptions.UseColor(parse.GetValue(noColor), parse.GetValue(color), output),
                pairs, parse.GetValue(template), parse.GetValue(baseline), parse.GetValue(allowStale)) { Quiet = parse.GetValue(quiet), MaxFindings = parse.GetValue(maxFindings) };
            // Registry records: --as-of and --registry (a record that cannot be used is a usage error).
            var diagnostics = OutputTargets.CarriesADocument(pairs) ? error : output;
            if (RegistryCommandOptions.Read(parse, registry, asOf, diagnostics, error, run.Color) is not { } registryOptions) return ExitCodes.UsageError;
            return Execute(run with { Registry = registryOptions, StdinName = parse.GetValue(stdinFilename) ?? StandardInput.DefaultName, Input = input ?? Console.OpenStandardInput }, output, error);
        });
        return command;
    }

    /// <summary>The default baseline of a run: <c>.triallint-baseline.json</c> beside the run's configuration, or in the current folder.</summary>
    private static string? DefaultBaseline(Configuration.TrialLintConfig? config)
    {
        string folder = config?.Directory ?? Directory.GetCurrentDirectory();
        string path = Path.Combine(folder, BaselineFile.DefaultName);
        return File.Exists(path) ? Path.GetRelativePath(Directory.GetCurrentDirectory(), path) : null;
    }

    internal sealed record LintRun(SessionOptions Session, DiagnosticSeverity? FailLevel, int? MaxWarnings, bool Color,
        List<(string Format, string? Output)> Outputs, string? TemplateDirectory, string? Baseline, bool AllowStale)
    {
        /// <summary>Registry records: --as-of, and the registration to check reports against (--registry).</summary>
        public RegistryOptions Registry { get; init; } = RegistryOptions.Default;

        /// <summary>The most findings the console writes per file.</summary>
        public int? MaxFindings { get; init; }

        /// <summary>Show errors only (ESLint's --quiet); the exit code still counts every finding.</summary>
        public bool Quiet { get; init; }

        /// <summary>The name of the report read from standard input, when the paths include '-'.</summary>
        public string StdinName { get; init; } = StandardInput.DefaultName;

        /// <summary>Opens standard input (tests give a stream).</summary>
        public Func<Stream> Input { get; init; } = Console.OpenStandardInput;
    }

    /// <summary>The result with its error findings only (suppressed or not): what --quiet shows.</summary>
    private static Engine.FileResult ErrorsOnly(Engine.FileResult result) =>
        result.Diagnostics.All(d => d.Severity == DiagnosticSeverity.Error) ? result
            : result.WithDiagnostics([.. result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)]);

    internal static int Execute(LintRun run, TextWriter output, TextWriter error)
    {
        var stopwatch = Stopwatch.StartNew();
        // With a document (JSON, SARIF...) on standard output, configuration and rule-file problems go to standard
        // error, so what reaches standard output is exactly the document.
        var session = LintSession.Open(run.Session, OutputTargets.CarriesADocument(run.Outputs) ? error : output, error, run.Color);
        if (session is null) return ExitCodes.UsageError;
        BaselineMatcher? matcher = null;
        // Without --baseline, the baseline 'triallint baseline create' wrote beside the configuration (or here) is used,
        // so a plain 'triallint lint' passes after adoption as 'init' says.
        string? baselineFile = run.Baseline ?? DefaultBaseline(session.RunConfig);
        if (baselineFile is { } baselinePath)
        {
            try
            {
                matcher = new BaselineMatcher(BaselineFile.Load(baselinePath));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                error.WriteLine($"triallint: error: cannot use the baseline '{baselinePath}': {(ex is FileNotFoundException ? "the file does not exist ('triallint baseline create' writes one)" : ex.Message)}");
                return ExitCodes.UsageError;
            }
        }
        // An output must never replace what the run reads: a report, the baseline, the configuration.
        var inputs = session.Files.Append(baselineFile).Append(run.Session.ConfigPath).OfType<string>().Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        if (run.Outputs.FirstOrDefault(o => o.Output is not null && inputs.Contains(Path.GetFullPath(o.Output))).Output is { } clash)
        {
            error.WriteLine($"triallint: error: '{clash}' is an input of this run (a report, the baseline or the configuration); write the {run.Outputs.First(o => o.Output == clash).Format} output to another file");
            return ExitCodes.UsageError;
        }
        var failLevel = run.FailLevel ?? session.RunConfig?.FailLevel ?? DiagnosticSeverity.Error;
        using var targets = OutputTargets.Open(run.Outputs, new OutputOptions(run.Color, run.TemplateDirectory) { BaselineInUse = matcher is not null, FailLevel = failLevel, MaxFindingsPerFile = run.MaxFindings }, output, out string? outputError);
        if (targets is null)
        {
            error.WriteLine($"triallint: error: {outputError}");
            return ExitCodes.UsageError;
        }

        // A report on standard input is read whole before anything is written (it is bounded like a file).
        byte[]? stdinBytes = null;
        if (session.ReadsStdin)
        {
            stdinBytes = StandardInput.Read(run.Input, out string? stdinError);
            if (stdinBytes is null)
            {
                error.WriteLine($"triallint: error: {stdinError}");
                return ExitCodes.UsageError;
            }
        }

        var registryOptions = run.Registry;
        if (registryOptions.Registrations.IsEmpty && session.RunConfig?.Registry is { } folder)
            registryOptions = new RegistryOptions { AsOf = registryOptions.AsOf, FindRegistration = RegistryFolder.Lookup(folder, registryOptions.AsOf) };
        // Outputs that show the report (HTML, the checklist's "where reported") need each file's model and what each
        // rule read; a baseline matches values in the tree. Other runs let the model go as each file is linted.
        bool showsReport = run.Outputs.Any(o => OutputFormat.Find(o.Format)?.ShowsReport == true);
        var engine = session.CreateEngine(registryOptions, collectEvidence: showsReport, keepModel: showsReport || matcher is not null);
        string cwd = Directory.GetCurrentDirectory();
        var context = new RunContext(session.Rules, RunContext.FindRepositoryRoot(cwd), cwd) { Settings = LintRunSettings.Of(run, session, failLevel, registryOptions.AsOfText, baselineFile) };
        var writers = targets.Writers.ToList();
        var summary = new RunSummary();
        // What the outputs show: with --quiet, errors only (the exit code is still decided on every finding).
        var shown = run.Quiet ? new RunSummary() : summary;
        // Long runs (a registry archive) show how far they are on a terminal's standard error.
        var progress = ProgressLine.Create(error, run.Quiet, () => Engine.InputSources.CountRecords(session.Files, session.Shard));
        try
        {
            foreach (var writer in writers) writer.Begin(context);
            var results = engine.LintInputs(session.Inputs, new Engine.DuplicateStudies());
            if (stdinBytes is not null) results = results.Prepend(StandardInput.Lint(engine, run.StdinName, stdinBytes));
            foreach (var linted in results)
            {
                progress?.Advance();
                if (linted.Diagnostics.Length > 0) progress?.Clear();
                var result = matcher?.Apply(linted) ?? linted;
                summary.Add(result.Diagnostics);
                if (run.Quiet)
                {
                    result = ErrorsOnly(result);
                    shown.Add(result.Diagnostics);
                }
                foreach (var writer in writers) writer.Add(result);
            }
        }
        catch (IOException ex)
        {
            // A full disk or a closed pipe: the outputs cannot be written, which is a usage error, not TrialLint failing.
            error.WriteLine($"triallint: error: cannot write the output: {ex.Message}");
            return ExitCodes.UsageError;
        }
        summary.Elapsed = shown.Elapsed = stopwatch.Elapsed;
        progress?.Clear();

        int code = ExitCodes.ForRun(summary, failLevel);
        int? maxWarnings = run.MaxWarnings ?? session.RunConfig?.MaxWarnings;
        if (code == ExitCodes.Success && maxWarnings is int max && summary.Warnings > max) code = ExitCodes.Findings;
        var stale = matcher?.Stale() ?? [];
        if (code == ExitCodes.Success && stale.Count > 0 && !run.AllowStale) code = ExitCodes.Findings;
        if (session.RulesFailed) code = Math.Max(code, ExitCodes.UsageError);
        try
        {
            // A user template that fails on this run's data is a usage error; the other outputs are still written.
            var failures = targets.Finish(shown, code);
            foreach (string failure in failures) error.WriteLine($"triallint: error: {failure}");
            if (failures.Count > 0) code = Math.Max(code, ExitCodes.UsageError);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"triallint: error: cannot write the output: {ex.Message}");
            return ExitCodes.UsageError;
        }

        if (run.Quiet && code == ExitCodes.Findings && !(shown.HighestSeverity >= failLevel))
            error.WriteLine($"triallint: findings not shown (--quiet shows errors only) fail the run: {summary.Warnings} warnings, {summary.Infos} info");
        if (maxWarnings is int limit && summary.Warnings > limit)
            error.WriteLine($"triallint: {summary.Warnings} warnings is more than --max-warnings {limit}");
        if (stale.Count > 0)
        {
            error.WriteLine($"triallint: {stale.Count} baseline {(stale.Count == 1 ? "entry matches" : "entries match")} no finding any more (fixed, or the value changed){(run.AllowStale ? "" : "; run 'triallint baseline prune' to remove them, or pass --allow-stale")}:");
            foreach (var entry in stale.Take(20)) error.WriteLine($"  {entry.File} {entry.RuleId} {entry.Pointer}");
        }
        return code;
    }
}
