using System.CommandLine;
using System.Diagnostics;
using TrialLint.Diagnostics;
using TrialLint.Engine;
using TrialLint.Output;

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

        var command = new Command("lint", "Lint trial reports and print findings.") { paths, failLevel, noColor, rules };
        command.SetAction(parse =>
        {
            var options = new LintRun(
                parse.GetValue(paths) is { Length: > 0 } given ? given : ["."],
                Enum.Parse<DiagnosticSeverity>(parse.GetValue(failLevel) ?? "error", ignoreCase: true),
                CommonOptions.UseColor(parse.GetValue(noColor), output),
                parse.GetValue(rules) ?? []);
            return Execute(options, output, error);
        });
        return command;
    }

    internal sealed record LintRun(string[] Paths, DiagnosticSeverity FailLevel, bool Color, string[] RuleFolders);

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
        var engine = new LintEngine(rules);
        var reporter = new ConsoleReporter(output, run.Color);
        var summary = new RunSummary();
        foreach (var result in engine.LintFiles(files))
        {
            reporter.WriteFile(result);
            summary.Add(result.Diagnostics);
        }
        summary.Elapsed = stopwatch.Elapsed;
        reporter.WriteSummary(summary);

        int code = ExitCodes.ForRun(summary, run.FailLevel);
        return rulesFailed ? Math.Max(code, ExitCodes.UsageError) : code;
    }
}
