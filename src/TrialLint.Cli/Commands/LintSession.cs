using Microsoft.Extensions.FileSystemGlobbing;
using TrialLint.Configuration;
using TrialLint.Diagnostics;
using TrialLint.Engine;
using TrialLint.Output;
using TrialLint.Rules;

namespace TrialLint.Cli.Commands;

/// <summary>What selects and configures the files of a run; shared by <c>lint</c> and <c>baseline</c>.</summary>
internal sealed record SessionOptions(string[] Paths, string? ConfigPath, string[] RuleFolders, string? Shard, string? ChangedSince)
{
    /// <summary>Whether the path <c>-</c> means a report read from standard input (<c>lint</c>), not a file named '-'.</summary>
    public bool AllowStdin { get; init; }

    /// <summary>Whether folders are also searched for registry records (<c>--registry-records</c>).</summary>
    public bool RegistryRecords { get; init; }
}

/// <summary>
/// Everything a run needs before the first report is linted: the configuration (nearest <c>.triallint.yaml</c> or
/// <c>--config</c>), the rules (built-in, the configuration's folders, <c>--rules</c>), and the files (paths and globs,
/// filtered by the configuration's include/exclude, <c>--changed-since</c> and <c>--shard</c>). Any problem here is
/// a usage or configuration error: printed, exit code 2, nothing linted.
/// </summary>
internal sealed class LintSession
{
    private LintSession(RuleSet rules, ConfigResolver configs, TrialLintConfig? runConfig, IReadOnlyList<string> files)
    {
        Rules = rules;
        Configs = configs;
        RunConfig = runConfig;
        Files = files;
    }

    public RuleSet Rules { get; }

    public ConfigResolver Configs { get; }

    /// <summary>The configuration of the working directory (or <c>--config</c>): fail level, warnings, packs, folders.</summary>
    public TrialLintConfig? RunConfig { get; }

    public IReadOnlyList<string> Files { get; }

    /// <summary>The shard of the run (<c>--shard</c>), or null for the whole run.</summary>
    public Shard? Shard { get; private init; }

    /// <summary>The records to lint: the files, archives by entry and NDJSON files by line, of this run's shard.</summary>
    public IEnumerable<InputRecord> Inputs => InputSources.Expand(Files, Shard);

    /// <summary>Whether one report comes from standard input (the path <c>-</c>).</summary>
    public bool ReadsStdin { get; private init; }

    /// <summary>Whether some rule files could not be loaded (the run then ends with exit code 2).</summary>
    public bool RulesFailed { get; private init; }

    public LintEngine CreateEngine(Registry.RegistryOptions? registry = null, bool collectEvidence = false, bool keepModel = true) =>
        new(Rules, new LintOptions { Configuration = Configs, Registry = registry ?? Registry.RegistryOptions.Default, CollectEvidence = collectEvidence, KeepModel = keepModel });

    public static LintSession? Open(SessionOptions options, TextWriter output, TextWriter error, bool color)
    {
        string cwd = Directory.GetCurrentDirectory();
        if (options.ConfigPath is not null && !File.Exists(options.ConfigPath))
        {
            error.WriteLine($"triallint: error: the configuration file '{options.ConfigPath}' does not exist");
            return null;
        }
        var configs = new ConfigResolver(options.ConfigPath);
        var runConfig = configs.ForDirectory(cwd);
        if (!ReportProblems(configs.Problems, output, color)) return null;

        var folders = (runConfig?.RuleFolders ?? []).Concat(options.RuleFolders).ToArray();
        // A broken rule file is reported at its line; the rules that loaded still run, and the run ends with exit code 2.
        var rules = CommonOptions.LoadRules(folders, output, error, color, out bool rulesFailed);
        if (rules is null) return null;

        bool readsStdin = options.AllowStdin && options.Paths.Contains("-");
        string[] paths = readsStdin ? options.Paths.Where(p => p != "-").ToArray() : options.Paths;
        IReadOnlyList<string> files = [], missing = [];
        bool registryRecords = options.RegistryRecords || runConfig?.RegistryRecords == true;
        if (paths.Length > 0) (files, missing) = ReportDiscovery.Expand(paths, registryRecords: registryRecords);
        foreach (string path in missing) error.WriteLine($"triallint: error: '{path}' does not exist or matches no file");
        if (missing.Count > 0) return null;
        files = Filter(files, runConfig);

        // Every configuration the files use must name real rules and packs.
        var problems = new List<Diagnostic>();
        foreach (var config in files.Select(configs.ForFile).Append(runConfig).Where(c => c is not null).Distinct())
            ConfigLoader.CheckNames(config!, rules, problems);
        if (!ReportProblems(configs.Problems.Concat(problems).Distinct(), output, color)) return null;

        if (options.ChangedSince is { } revision)
        {
            // Ask the repository the reports are in, which need not be the one the command runs from.
            string repository = files.Count > 0 ? Path.GetDirectoryName(Path.GetFullPath(files[0]))! : cwd;
            var changed = GitChanges.Since(revision, repository, out string? gitError);
            if (changed is null)
            {
                error.WriteLine($"triallint: error: {gitError}");
                return null;
            }
            files = files.Where(f => changed.Contains(Path.GetFullPath(f))).ToList();
        }
        Shard? shard = null;
        if (options.Shard is { } shardText)
        {
            shard = Shard.Parse(shardText);
            if (shard is null)
            {
                error.WriteLine($"triallint: error: --shard takes I/N with 1 <= I <= N (e.g. 2/4), not '{shardText}'");
                return null;
            }
            // A plain file is in one shard; an archive or NDJSON file is read by every shard, each taking its own entries or lines.
            files = files.Where(f => InputSources.IsContainer(f) || shard.Contains(f)).ToList();
        }
        else if (files.Count == 0 && options.ChangedSince is null && !readsStdin)
        {
            error.WriteLine($"triallint: error: no report files ({string.Join(", ", ReportDiscovery.ReportSuffixes.Select(s => "*" + s))}) in {string.Join(", ", options.Paths.Select(p => $"'{p}'"))}{(registryRecords ? "" : "; for registry records in a folder, add --registry-records")}");
            return null;
        }
        return new LintSession(rules, configs, runConfig, files) { RulesFailed = rulesFailed, ReadsStdin = readsStdin, Shard = shard };
    }

    private static IReadOnlyList<string> Filter(IReadOnlyList<string> files, TrialLintConfig? config)
    {
        if (config is null || (config.Include.IsEmpty && config.Exclude.IsEmpty)) return files;
        var include = new Matcher(StringComparison.Ordinal);
        include.AddIncludePatterns(config.Include.IsEmpty ? ["**/*"] : config.Include);
        var exclude = new Matcher(StringComparison.Ordinal);
        exclude.AddIncludePatterns(config.Exclude);
        return files.Where(f =>
        {
            string relative = Path.GetRelativePath(config.Directory, Path.GetFullPath(f)).Replace('\\', '/');
            return include.Match(relative).HasMatches && !(config.Exclude.Length > 0 && exclude.Match(relative).HasMatches);
        }).ToList();
    }

    private static bool ReportProblems(IEnumerable<Diagnostic> problems, TextWriter output, bool color)
    {
        var list = problems.OrderBy(p => p.Location.Path, StringComparer.Ordinal).ThenBy(p => p.Location.StartLine).ThenBy(p => p.Location.StartColumn).ToList();
        if (list.Count == 0) return true;
        var reporter = new ConsoleReporter(output, color);
        foreach (var problem in list)
            reporter.WriteDiagnostic(problem, Text.InputFile.TryReadSource(problem.Location.Path, Syntax.SyntaxLimits.MaxFileBytes));
        return false;
    }
}
