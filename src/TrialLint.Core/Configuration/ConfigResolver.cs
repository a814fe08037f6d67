using System.Collections.Concurrent;
using TrialLint.Diagnostics;

namespace TrialLint.Configuration;

/// <summary>
/// Finds the configuration that applies to each linted file: the nearest <c>.triallint.yaml</c> walking up from the
/// file's folder (the nearest wins; files are not merged), or the one given with <c>--config</c> for every file.
/// Each configuration file is loaded once.
/// </summary>
public sealed class ConfigResolver
{
    private readonly string? _explicit;
    private readonly ConcurrentDictionary<string, TrialLintConfig?> _byDirectory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TrialLintConfig?> _byPath = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Diagnostic> _problems = new();

    /// <summary>Creates a resolver; with <paramref name="explicitConfig"/>, every file uses that configuration.</summary>
    public ConfigResolver(string? explicitConfig) => _explicit = explicitConfig is null ? null : Path.GetFullPath(explicitConfig);

    /// <summary>Problems found in configuration files so far.</summary>
    public IReadOnlyCollection<Diagnostic> Problems => _problems;

    /// <summary>The configuration for a file, or null when none applies.</summary>
    public TrialLintConfig? ForFile(string path) =>
        _explicit is not null ? Load(_explicit) : ForDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);

    /// <summary>The configuration for a folder (the run's configuration is the one for the working directory).</summary>
    public TrialLintConfig? ForDirectory(string directory)
    {
        if (_explicit is not null) return Load(_explicit);
        return _byDirectory.GetOrAdd(Path.GetFullPath(directory), dir =>
        {
            string candidate = Path.Combine(dir, TrialLintConfig.FileName);
            if (File.Exists(candidate)) return Load(candidate);
            // Stop at the repository root: a configuration above it belongs to something else.
            if (Directory.Exists(Path.Combine(dir, ".git")) || File.Exists(Path.Combine(dir, ".git"))) return null;
            string? parent = Path.GetDirectoryName(dir);
            return parent is null ? null : ForDirectory(parent);
        });
    }

    private TrialLintConfig? Load(string path) => _byPath.GetOrAdd(path, p =>
    {
        var problems = new List<Diagnostic>();
        // Shown as the user would write it: relative to the working directory when it is below it.
        string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), p);
        var config = ConfigLoader.Load(relative.StartsWith("..", StringComparison.Ordinal) ? p : relative, problems);
        foreach (var problem in problems) _problems.Enqueue(problem);
        return config;
    });
}
