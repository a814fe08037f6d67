using System.CommandLine;
using TrialLint.Output;
using TrialLint.Rules;

namespace TrialLint.Cli.Commands;

/// <summary>Options several commands share, and the rule set they build from them.</summary>
internal static class CommonOptions
{
    public static Option<string[]> Rules() => new("--rules")
    {
        Description = "Extra folder (or file) of rule files and packs, loaded next to the built-in packs. Repeatable.",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string> Config() => new("--config")
    {
        Description = "Configuration file to use for every report, instead of the nearest .triallint.yaml.",
    };

    public static Option<string> Shard() => new("--shard")
    {
        Description = "Lint only shard I of N (e.g. 2/4): a split by file path, so a CI matrix covers every file exactly once.",
    };

    public static Option<string> ChangedSince() => new("--changed-since")
    {
        Description = "Lint only report files changed since a git revision (committed, staged, unstaged or new), for pull-request gates.",
    };

    public static Option<bool> NoColor() => new("--no-color")
    {
        Description = "Do not colour the output (also when NO_COLOR is set or output is redirected).",
    };

    /// <summary>
    /// Loads the built-in rules plus <paramref name="folders"/>. Problems in rule files are printed; the rules that
    /// loaded are still returned, and <paramref name="failed"/> says the run must end with exit code 2.
    /// </summary>
    public static RuleSet? LoadRules(string[]? folders, TextWriter output, TextWriter error, bool color, out bool failed)
    {
        failed = false;
        folders ??= [];
        foreach (string folder in folders.Where(f => !Directory.Exists(f) && !File.Exists(f)))
        {
            error.WriteLine($"triallint: error: the rule folder '{folder}' does not exist");
            failed = true;
        }
        if (failed) return null;
        var rules = folders.Length == 0 ? RuleSet.BuiltIn : RuleSet.Load(folders);
        if (rules.LoadDiagnostics.Length > 0)
        {
            var reporter = new ConsoleReporter(output, color);
            foreach (var diagnostic in rules.LoadDiagnostics) reporter.WriteDiagnostic(diagnostic, SourceFor(diagnostic.Location.Path));
            failed = true;
        }
        return rules;
    }

    public static bool UseColor(bool noColor, TextWriter output) =>
        !noColor
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && ReferenceEquals(output, Console.Out)
        && !Console.IsOutputRedirected;

    private static Text.SourceText? SourceFor(string path) =>
        Text.InputFile.TryReadSource(path, Syntax.SyntaxLimits.MaxFileBytes);
}
