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
        Description = "Do not colour the output (the same as --color never).",
    };

    public static Option<string> Color()
    {
        var option = new Option<string>("--color")
        {
            Description = "Colour: always, never, or auto (default: on a terminal, unless NO_COLOR is set; FORCE_COLOR forces it).",
        };
        option.AcceptOnlyFromAmong("always", "never", "auto");
        return option;
    }

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

    public static bool UseColor(bool noColor, TextWriter output) => UseColor(noColor, null, output);

    /// <summary>Whether to colour <paramref name="output"/>: see <see cref="DecideColor"/>.</summary>
    public static bool UseColor(bool noColor, string? color, TextWriter output) =>
        DecideColor(noColor ? "never" : color, Environment.GetEnvironmentVariable,
            ReferenceEquals(output, Console.Out) ? !Console.IsOutputRedirected : ReferenceEquals(output, Console.Error) && !Console.IsErrorRedirected);

    /// <summary>
    /// Colour as other command-line tools decide it: <c>--color always|never</c> (or <c>--no-color</c>) wins; then
    /// <c>FORCE_COLOR</c> (set and not <c>0</c> or <c>false</c>: colour; <c>0</c> or <c>false</c>: none); then
    /// <c>NO_COLOR</c> (set and not empty: none, https://no-color.org); otherwise colour only on a terminal.
    /// </summary>
    internal static bool DecideColor(string? flag, Func<string, string?> environment, bool isTerminal)
    {
        if (string.Equals(flag, "always", StringComparison.OrdinalIgnoreCase)) return true;
        if (string.Equals(flag, "never", StringComparison.OrdinalIgnoreCase)) return false;
        if (environment("FORCE_COLOR") is { Length: > 0 } force) return force is not ("0" or "false");
        if (!string.IsNullOrEmpty(environment("NO_COLOR"))) return false;
        return isTerminal;
    }

    private static Text.SourceText? SourceFor(string path) =>
        Text.InputFile.TryReadSource(path, Syntax.SyntaxLimits.MaxFileBytes);
}
