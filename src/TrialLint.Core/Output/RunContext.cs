using TrialLint.Rules;

namespace TrialLint.Output;

/// <summary>What every output needs to know about a run besides the per-file results.</summary>
public sealed class RunContext
{
    /// <summary>Creates a context.</summary>
    public RunContext(RuleSet rules, string repositoryRoot, string workingDirectory)
    {
        Rules = rules ?? throw new ArgumentNullException(nameof(rules));
        RepositoryRoot = Path.GetFullPath(repositoryRoot ?? throw new ArgumentNullException(nameof(repositoryRoot)));
        WorkingDirectory = Path.GetFullPath(workingDirectory ?? throw new ArgumentNullException(nameof(workingDirectory)));
    }

    /// <summary>The rules of the run (descriptors, packs).</summary>
    public RuleSet Rules { get; }

    /// <summary>The repository root (git's top level, else the working directory): SARIF paths are relative to it.</summary>
    public string RepositoryRoot { get; }

    /// <summary>The folder the paths in results are relative to.</summary>
    public string WorkingDirectory { get; }

    /// <summary>The run's settings (as-of date, fail level, fingerprint), when a command line run sets them.</summary>
    public RunSettings? Settings { get; init; }

    /// <summary>The tool's version (from the assembly, e.g. 0.1.0).</summary>
    public static string ToolVersion { get; } =
        (typeof(RunContext).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>Where TrialLint lives on the web.</summary>
    public const string InformationUri = "https://github.com/triallint/triallint";

    /// <summary>A result path relative to the repository root, with forward slashes.</summary>
    public string RepositoryRelative(string path)
    {
        string full = Path.GetFullPath(Path.Combine(WorkingDirectory, path));
        string relative = Path.GetRelativePath(RepositoryRoot, full);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? full : relative).Replace('\\', '/');
    }

    /// <summary>The repository root of <paramref name="directory"/>: the nearest folder holding .git, else the folder itself.</summary>
    public static string FindRepositoryRoot(string directory)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(directory)); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git"))) return dir.FullName;
        }
        return Path.GetFullPath(directory);
    }
}
