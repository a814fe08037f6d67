using System.Text.RegularExpressions;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Distribution;

/// <summary>
/// The native tool (the linux-x64 package `dotnet tool install` picks: Native AOT, one native file, no JIT — what makes
/// one report take tens of milliseconds) says exactly what the JIT-compiled tool says. Trimming and AOT break reflection
/// silently, so the native tool is packed and installed once and run on inputs that reach every reflective path: the
/// seeds (rule expressions over the model), every rule fixture (schema errors through NJsonSchema, suppressions, JSON
/// reports), registry records, the HTML template, baselines, and the importer (which writes the model back as YAML).
/// </summary>
[Collection(ReleaseBuilds.Name)]
[Trait(ReleaseBuilds.Trait, ReleaseBuilds.TraitValue)]
public sealed class NativeAotTests : IClassFixture<NativeAotTests.NativeBuild>
{
    private readonly NativeBuild _build;

    public NativeAotTests(NativeBuild build) => _build = build;

    public static TheoryData<string[]> Commands() =>
    [
        ["lint", "seeds/", "-f", "json"],
        ["lint", "seeds/", "-f", "sarif"],
        ["lint", "seeds/", "-f", "html"],
        ["lint", "tests/rules/**/*.yaml", "tests/rules/**/*.json", "-f", "json"],
        ["lint", "tests/TrialLint.Tests/Registry/Records/*.json", "-f", "json", "--as-of", "2026-01-01"],
        ["lint", "tests/TrialLint.Tests/Registry/Records/*.json", "-f", "summary", "--as-of", "2026-01-01"],
        ["import", "ctgov", "tests/TrialLint.Tests/Registry/Records/NCT05594173.json"],
        ["explain", "TL0105"],
        ["rules", "list"],
    ];

    [SkippableTheory]
    [MemberData(nameof(Commands))]
    public void Native_build_prints_what_the_tool_prints(string[] args)
    {
        ReleaseBuilds.Require();
        ExternalTools.Require(_build.Executable, _build.Reason);

        var jit = CliRunner.RunProcess(null, args);
        var native = CliRunner.RunExecutable(_build.Executable!, null, args);

        Assert.Equal(jit.ExitCode, native.ExitCode);
        Assert.True(jit.ExitCode <= 1, jit.StdErr);
        Assert.Equal(Normalise(jit.StdOut), Normalise(native.StdOut));
        Assert.Equal(Normalise(jit.StdErr), Normalise(native.StdErr));
    }

    [SkippableFact]
    public void The_native_package_carries_the_executable_without_debug_symbols()
    {
        ReleaseBuilds.Require();
        ExternalTools.Require(_build.Executable, _build.Reason);
        string package = Assert.Single(System.IO.Directory.GetFiles(Path.Combine(_build.Directory, "nupkg"), "TrialLint.linux-x64.*.nupkg"));

        using var zip = System.IO.Compression.ZipFile.OpenRead(package);
        var tools = zip.Entries.Where(e => e.FullName.StartsWith("tools/", StringComparison.Ordinal)).Select(e => Path.GetFileName(e.FullName)).ToList();

        // The executable and the settings file `dotnet tool` reads; no triallint.dbg (41 MB), .pdb or XML docs.
        Assert.Equal(["DotnetToolSettings.xml", "triallint"], tools.Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public void Native_build_writes_and_reads_the_same_baseline()
    {
        ReleaseBuilds.Require();
        ExternalTools.Require(_build.Executable, _build.Reason);
        string jitBaseline = Path.Combine(_build.Directory, "jit-baseline.json");
        string nativeBaseline = Path.Combine(_build.Directory, "native-baseline.json");

        Assert.Equal(0, CliRunner.RunProcess(null, "baseline", "create", "seeds/", "--baseline", jitBaseline).ExitCode);
        Assert.Equal(0, CliRunner.RunExecutable(_build.Executable!, null, "baseline", "create", "seeds/", "--baseline", nativeBaseline).ExitCode);
        var lint = CliRunner.RunExecutable(_build.Executable!, null, "lint", "seeds/", "--baseline", jitBaseline);

        Assert.Equal(File.ReadAllText(jitBaseline), File.ReadAllText(nativeBaseline));
        Assert.Equal(0, lint.ExitCode);
        Assert.Contains("59 suppressed", lint.StdOut);
    }

    [SkippableFact]
    public async Task Native_build_serves_the_language_server()
    {
        ReleaseBuilds.Require();
        ExternalTools.Require(_build.Executable, _build.Reason);
        await LanguageServer.LanguageServerProcessScenario.RunAsync(_build.Executable!, []);
    }

    /// <summary>Timings and timestamps differ from run to run; nothing else may.</summary>
    private static string Normalise(string output) =>
        Regex.Replace(output, @"\d+(\.\d+)? ?ms\b|\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?( UTC|Z)?|""(startTimeUtc|endTimeUtc)"": ""[^""]*""", "#");

    /// <summary>Packs and installs the native tool once for the class (about a minute), or says why it cannot.</summary>
    public sealed class NativeBuild : IDisposable
    {
        private readonly string _directory = System.IO.Directory.CreateTempSubdirectory("triallint-aot-").FullName;

        public NativeBuild()
        {
            // Packing takes minutes: only in the release step (each test then says why it skipped otherwise).
            if (Environment.GetEnvironmentVariable(ReleaseBuilds.EnvironmentVariable) != "1")
            {
                Reason = "not the release step";
                return;
            }
            if (!OperatingSystem.IsLinux() || Environment.Is64BitProcess is false)
            {
                Reason = "the Native AOT test publishes for linux-x64";
                return;
            }
            if (!File.Exists("/usr/bin/gcc") && !File.Exists("/usr/bin/clang"))
            {
                Reason = "Native AOT needs a C toolchain (clang or gcc) to link";
                return;
            }
            // The native tool as users get it: the package `dotnet tool install` reads, and the linux-x64 package it points to.
            string cli = RepoPaths.Combine("src", "TrialLint.Cli");
            string packages = Path.Combine(_directory, "nupkg");
            string tools = Path.Combine(_directory, "tools");
            string output = ExternalTools.Run("dotnet", $"pack \"{cli}\" -c Release -o \"{packages}\" --nologo -v quiet", 600_000)
                + ExternalTools.Run("dotnet", $"pack \"{cli}\" -c Release -r linux-x64 -o \"{packages}\" --nologo -v quiet", 600_000)
                + ExternalTools.Run("dotnet", $"tool install TrialLint --tool-path \"{tools}\" --add-source \"{packages}\"", 300_000);
            string executable = Path.Combine(tools, "triallint");
            // With a toolchain present, a failed build is a failure of TrialLint (an AOT warning is an error), not a skip.
            Assert.True(File.Exists(executable), "packing or installing the native tool failed: " + output);
            Assert.Single(System.IO.Directory.GetDirectories(Path.Combine(tools, ".store", "triallint"), "triallint.linux-x64", SearchOption.AllDirectories));
            Executable = executable;
        }

        /// <summary>The folder the executable is published to (tests may write files here).</summary>
        public string Directory => _directory;

        /// <summary>The native executable, or null when it could not be built.</summary>
        public string? Executable { get; }

        /// <summary>Why there is no executable.</summary>
        public string Reason { get; } = string.Empty;

        public void Dispose() => System.IO.Directory.Delete(_directory, recursive: true);
    }
}
