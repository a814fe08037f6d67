using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Gate;

/// <summary>A temporary report repository for CI-gate tests: copies of the seeds, with helpers to write files.</summary>
public sealed class GateFixture : IDisposable
{
    public GateFixture()
    {
        Root = Directory.CreateTempSubdirectory("triallint-gate-").FullName;
        Directory.CreateDirectory(Path.Combine(Root, "reports"));
    }

    public string Root { get; }

    /// <summary>The complete, clean example report.</summary>
    public static string Clean => File.ReadAllText(RepoPaths.Combine("seeds", "example-randomised.trial.yaml"));

    /// <summary>The ALS seed (many findings).</summary>
    public static string Als => File.ReadAllText(RepoPaths.Combine("seeds", "als-phase1-msc.trial.yaml"));

    /// <summary>The clean example without its limitations: exactly one warning (TL0710).</summary>
    public static string OneWarning => System.Text.RegularExpressions.Regex.Replace(Clean, @"(?m)^limitations:.*\n(  .*\n|\s*#.*\n)*", string.Empty);

    public string Write(string relative, string text)
    {
        string path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string Read(string relative) => File.ReadAllText(Path.Combine(Root, relative));

    public CliRunner.Result Run(params string[] args) => CliRunner.Run(Root, args);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
