using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Distribution;

/// <summary>The dotnet tool as users get it: packed, installed into a tool path, run on the seeds.</summary>
[Collection(ReleaseBuilds.Name)]
[Trait(ReleaseBuilds.Trait, ReleaseBuilds.TraitValue)]
public sealed class DotnetToolTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("triallint-tool-").FullName;

    /// <summary>The properties that make one framework-dependent package instead of the RID-specific set.</summary>
    public const string PortablePackage = "-p:ToolPackageRuntimeIdentifiers= -p:PublishAot=false";

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [SkippableFact]
    public void Pack_install_and_run_on_the_seeds()
    {
        ReleaseBuilds.Require();
        string packages = Path.Combine(_temp, "nupkg");
        string tools = Path.Combine(_temp, "tools");

        // The portable tool (framework-dependent, any platform; what the GitHub Action installs). The native linux-x64
        // tool is packed, installed and compared in NativeAotTests.
        string pack = ExternalTools.Run("dotnet", $"pack \"{RepoPaths.Combine("src", "TrialLint.Cli")}\" -c Release {PortablePackage} -o \"{packages}\" --nologo -v quiet", 300_000);
        Assert.True(Directory.GetFiles(packages, "TrialLint.*.nupkg").Length == 1, pack);
        string install = ExternalTools.Run("dotnet", $"tool install TrialLint --tool-path \"{tools}\" --add-source \"{packages}\"", 300_000);
        Assert.True(File.Exists(Path.Combine(tools, "triallint")), install);

        var start = new System.Diagnostics.ProcessStartInfo(Path.Combine(tools, "triallint"), "lint seeds/")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.Environment["NO_COLOR"] = "1";
        using var process = System.Diagnostics.Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("seeds/als-phase1-msc.trial.yaml:131:11: error TL0105", output);
        Assert.Contains("Linted 3 files", output);
    }
}
