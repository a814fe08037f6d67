using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.LanguageServer;

/// <summary>
/// <c>triallint lsp</c> with a real client: Neovim's built-in LSP client, headless, opens the ALS seed, shows the
/// findings <c>triallint lint -f json</c> reports at the same ranges, and applies a quick fix that edits the file.
/// Needs <c>nvim</c> (Debian's neovim, installed by .ci/run); skipped with the reason when it is absent and CI is not set.
/// </summary>
public sealed class NeovimEndToEndTests
{
    private static string? FindNvim() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(d => Path.Combine(d, "nvim")).FirstOrDefault(File.Exists);

    [SkippableFact]
    public void Neovim_shows_lints_findings_and_applies_a_quick_fix()
    {
        string? nvim = FindNvim();
        bool ci = Environment.GetEnvironmentVariable("CI") == "true";
        Skip.If(nvim is null && !ci, "nvim is not installed (Debian's neovim; .ci/run installs it): the Neovim end-to-end test needs a real LSP client");
        Assert.True(nvim is not null, "CI=true but nvim is not installed: .ci/run must install Debian's neovim");

        string dir = Path.Combine(Path.GetTempPath(), "triallint-nvim-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dir, ".git"));
        string report = Path.Combine(dir, "als-phase1-msc.trial.yaml");
        File.Copy(RepoPaths.Combine("seeds", "als-phase1-msc.trial.yaml"), report);
        string output = Path.Combine(dir, "nvim-result.json");

        // The expected findings: `triallint lint -f json`, in process.
        using var lintOut = new StringWriter();
        TrialLint.Cli.Program.Run([ "lint", report, "-f", "json" ], lintOut, TextWriter.Null);
        var expected = JsonNode.Parse(lintOut.ToString())!["files"]![0]!["findings"]!.AsArray()
            .Where(f => f!["suppressed"] is null)
            .Select(f => $"{(string)f!["id"]!} {(int)f["line"]! - 1}:{(int)f["column"]! - 1}-{(int)f["endLine"]! - 1}:{(int)f["endColumn"]! - 1} {(string)f["message"]!}")
            .Order(StringComparer.Ordinal).ToList();
        int registrationLine = (int)JsonNode.Parse(lintOut.ToString())!["files"]![0]!["findings"]!.AsArray().First(f => (string)f!["id"]! == "TL0501")!["line"]! - 1;

        string dll = typeof(TrialLint.Cli.Program).Assembly.Location;
        var start = new ProcessStartInfo(nvim!, ["--headless", "--clean", "-n", "-c", "luafile " + Path.Combine(AppContext.BaseDirectory, "LanguageServer", "neovim-e2e.lua")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = dir,
        };
        start.Environment["TRIALLINT_CMD"] = JsonSerializer.Serialize(new[] { "dotnet", dll, "lsp" });
        start.Environment["TRIALLINT_FILE"] = report;
        start.Environment["TRIALLINT_OUT"] = output;
        start.Environment["TRIALLINT_ACTION_LINE"] = registrationLine.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["TRIALLINT_ACTION"] = "Add the 'registration' section";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("Neovim did not finish within 2 minutes");
        }
        Assert.True(File.Exists(output), "Neovim wrote no result: " + process.StandardError.ReadToEnd());
        var result = JsonNode.Parse(File.ReadAllText(output))!;
        Assert.True(result["error"] is null, (string?)result["error"]);

        var shown = result["diagnostics"]!.AsArray()
            .Select(d => $"{(string)d!["code"]!} {(int)d["lnum"]!}:{(int)d["col"]!}-{(int)d["end_lnum"]!}:{(int)d["end_col"]!} {(string)d["message"]!}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, shown);

        // The quick fix edited the file on disk: the registration skeleton at the end, at the top level.
        string text = File.ReadAllText(report);
        Assert.Contains("\nregistration:\n  registry: \"\"\n  id: \"\"\n", text, StringComparison.Ordinal);
        Assert.Contains("Add the 'registration' section", result["actions"]!.AsArray().Select(a => (string)a!), StringComparer.Ordinal);
    }
}
