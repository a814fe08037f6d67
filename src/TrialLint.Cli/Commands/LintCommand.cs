using System.CommandLine;
using System.Diagnostics;
using TrialLint.Diagnostics;
using TrialLint.Engine;
using TrialLint.Output;
using TrialLint.Registry;
using TrialLint.Rules;

namespace TrialLint.Cli.Commands;

/// <summary><c>triallint lint [PATH|GLOB]...</c>: lints reports and prints findings like a compiler.</summary>
internal static class LintCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Report files, folders (searched recursively for *.trial.yaml, *.trial.yml, *.trial.json) or globs. Default: the current folder.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var failLevel = new Option<string>("--fail-level")
        {
            Description = "Lowest severity that fails the run (exit 1): error, warning or info.",
            DefaultValueFactory = _ => "error",
        };
        failLevel.AcceptOnlyFromAmong("error", "warning", "info");
        var noColor = CommonOptions.NoColor();
        var rules = CommonOptions.Rules();
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

        var command = new Command("lint", "Lint trial reports and print findings.") { paths, failLevel, noColor, rules, format, outputFile, template };
        var (registry, asOf) = (RegistryCommandOptions.Registry(), RegistryCommandOptions.AsOf());
        command.Options.Add(registry);
        command.Options.Add(asOf);
        command.SetAction(parse =>
        {
            var pairs = OutputTargets.Pair(parse.Tokens, out string? pairError);
            if (pairError is not null)
            {
                error.WriteLine($"triallint: error: {pairError}");
                return ExitCodes.UsageError;
            }
            var options = new LintRun(
                parse.GetValue(paths) is { Length: > 0 } given ? given : ["."],
                Enum.Parse<DiagnosticSeverity>(parse.GetValue(failLevel) ?? "error", ignoreCase: true),
                CommonOptions.UseColor(parse.GetValue(noColor), output),
                parse.GetValue(rules) ?? [],
                pairs,
                parse.GetValue(template));
            // Registry records: --as-of and --registry (a record that cannot be used is a usage error).
            if (RegistryCommandOptions.Read(parse, registry, asOf, output, error, options.Color) is not { } registryOptions) return ExitCodes.UsageError;
            return Execute(options with { Registry = registryOptions }, output, error);
        });
        return command;
    }

    internal sealed record LintRun(string[] Paths, DiagnosticSeverity FailLevel, bool Color, string[] RuleFolders,
        List<(string Format, string? Output)> Outputs, string? TemplateDirectory)
    {
        /// <summary>Registry records: --as-of, and the registration to check reports against (--registry).</summary>
        public RegistryOptions Registry { get; init; } = RegistryOptions.Default;
    }

    internal static int Execute(LintRun run, TextWriter output, TextWriter error)
    {
        var stopwatch = Stopwatch.StartNew();
        var (files, missing) = ReportDiscovery.Expand(run.Paths);
        foreach (string path in missing)
            error.WriteLine($"triallint: error: '{path}' does not exist or matches no file");
        if (missing.Count > 0) return ExitCodes.UsageError;
        if (files.Count == 0)
        {
            error.WriteLine($"triallint: error: no report files ({string.Join(", ", ReportDiscovery.ReportSuffixes.Select(s => "*" + s))}) in {string.Join(", ", run.Paths.Select(p => $"'{p}'"))}");
            return ExitCodes.UsageError;
        }

        var rules = CommonOptions.LoadRules(run.RuleFolders, output, error, run.Color, out bool rulesFailed);
        if (rules is null) return ExitCodes.UsageError;
        using var targets = OutputTargets.Open(run.Outputs, new OutputOptions(run.Color, run.TemplateDirectory), output, out string? outputError);
        if (targets is null)
        {
            error.WriteLine($"triallint: error: {outputError}");
            return ExitCodes.UsageError;
        }

        var engine = new LintEngine(rules, new LintOptions { Registry = run.Registry });
        string cwd = Directory.GetCurrentDirectory();
        var context = new RunContext(rules, RunContext.FindRepositoryRoot(cwd), cwd);
        var writers = targets.Writers.ToList();
        foreach (var writer in writers) writer.Begin(context);
        var summary = new RunSummary();
        foreach (var result in engine.LintFiles(files))
        {
            foreach (var writer in writers) writer.Add(result);
            summary.Add(result.Diagnostics);
        }
        summary.Elapsed = stopwatch.Elapsed;
        int code = ExitCodes.ForRun(summary, run.FailLevel);
        if (rulesFailed) code = Math.Max(code, ExitCodes.UsageError);
        foreach (var writer in writers) writer.End(summary, code);
        targets.Commit();
        return code;
    }
}
