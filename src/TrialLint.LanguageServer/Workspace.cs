using System.Collections.Concurrent;
using TrialLint.Baselines;
using TrialLint.Configuration;
using TrialLint.Diagnostics;
using TrialLint.Engine;
using TrialLint.Registry;
using TrialLint.Rules;
using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.LanguageServer;

/// <summary>
/// Lints editor buffers as <c>triallint lint</c> lints files: the nearest <c>.triallint.yaml</c> (its packs,
/// severities, overrides, rule folders and registry folder), suppression comments, and the baseline beside the
/// configuration. One engine per configuration, kept until a configuration or rule file is saved.
/// </summary>
internal sealed class Workspace
{
    private ConfigResolver _configs = new(null);
    private readonly ConcurrentDictionary<string, (LintEngine Engine, RuleSet Rules)> _engines = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (DateTime Written, BaselineFile? File)> _baselines = new(StringComparer.Ordinal);

    /// <summary>The workspace folder (the baseline's folder when no configuration applies), or null.</summary>
    public string? Root { get; set; }

    /// <summary>Problems in configuration files and rule folders met so far, by file.</summary>
    public IReadOnlyCollection<Diagnostic> ConfigurationProblems => _configs.Problems;

    /// <summary>Forgets loaded configurations, rules and baselines (a configuration or rule file changed).</summary>
    public void Reset()
    {
        _configs = new ConfigResolver(null);
        _engines.Clear();
        _baselines.Clear();
    }

    /// <summary>Lints a report or registry record held in memory.</summary>
    public FileResult Lint(string path, string text)
    {
        if (text.Length > SyntaxLimits.MaxFileBytes)
            return new FileResult(path, null, null, null,
                [Diagnostic.Create(InputDiagnostics.TooLarge, Location.ForFile(path), ("reason", $"the file is larger than {SyntaxLimits.MaxFileBytes / (1024 * 1024)} MB, the most TrialLint reads"))]);
        var config = IsFile(path) ? _configs.ForFile(path) : null;
        var (engine, _) = EngineFor(config);
        var result = engine.LintText(path, text);
        return BaselineFor(config) is { } baseline ? new BaselineMatcher(baseline).Apply(result) : result;
    }

    /// <summary>The rules a file is checked with (built-in plus its configuration's rule folders).</summary>
    public RuleSet RulesFor(string path) => EngineFor(IsFile(path) ? _configs.ForFile(path) : null).Rules;

    /// <summary>The configuration of a file, or null.</summary>
    public TrialLintConfig? ConfigFor(string path) => IsFile(path) ? _configs.ForFile(path) : null;

    private (LintEngine Engine, RuleSet Rules) EngineFor(TrialLintConfig? config)
    {
        string key = config?.Path is { } p ? Path.GetFullPath(p) : string.Empty;
        return _engines.GetOrAdd(key, _ =>
        {
            var rules = config is { RuleFolders.Length: > 0 } ? RuleSet.Load(config.RuleFolders.Where(f => Directory.Exists(f) || File.Exists(f))) : RuleSet.BuiltIn;
            var registry = config?.Registry is { } folder && Directory.Exists(folder)
                ? new RegistryOptions { FindRegistration = RegistryFolder.Lookup(folder, null) }
                : RegistryOptions.Default;
            return (new LintEngine(rules, new LintOptions { Configuration = _configs, Registry = registry }), rules);
        });
    }

    /// <summary>The baseline <c>triallint lint</c> would use: beside the configuration, or in the workspace folder.</summary>
    private BaselineFile? BaselineFor(TrialLintConfig? config)
    {
        string? folder = config?.Directory ?? Root;
        if (folder is null) return null;
        string path = Path.Combine(folder, BaselineFile.DefaultName);
        if (!File.Exists(path)) return null;
        var written = File.GetLastWriteTimeUtc(path);
        if (_baselines.TryGetValue(path, out var cached) && cached.Written == written) return cached.File;
        BaselineFile? file;
        try
        {
            file = BaselineFile.Load(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            file = null;
        }
        _baselines[path] = (written, file);
        return file;
    }

    private static bool IsFile(string path) => Path.IsPathRooted(path);
}
