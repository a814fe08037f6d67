namespace TrialLint.Tests.Infrastructure;

/// <summary>Paths inside the repository, found from the test assembly's folder.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootLazy = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TrialLint.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("TrialLint.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root (the folder holding TrialLint.sln).</summary>
    public static string Root => RootLazy.Value;

    /// <summary>A path below the repository root.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);
}
