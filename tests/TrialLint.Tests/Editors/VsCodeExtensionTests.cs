using System.IO.Compression;
using System.Text.Json;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Editors;

/// <summary>
/// The VS Code extension's package (<c>editors/vscode/triallint.vsix</c>, built by .ci/run with npm ci and vsce):
/// its manifest, the bundled extension and the schemas it contributes. Locally the test builds the package when it is
/// missing, and skips without Node.js and npm; under CI=true a missing package fails it.
/// </summary>
public sealed class VsCodeExtensionTests
{
    private static readonly string Folder = RepoPaths.Combine("editors", "vscode");
    private static readonly string Vsix = Path.Combine(Folder, "triallint.vsix");
    private static readonly Lock BuildLock = new();

    private static string? Package(out string reason)
    {
        reason = string.Empty;
        lock (BuildLock)
        {
            // In CI, .ci/run has just packaged it; locally a package older than the schemas or the extension's
            // sources is stale (a schema changed since), so it is packaged again rather than failing the test.
            if (File.Exists(Vsix) && (ExternalTools.InCi || !IsStale())) return Vsix;
            if (ExternalTools.InCi)
            {
                reason = ".ci/run did not produce editors/vscode/triallint.vsix";
                return null;
            }
            if (!OnPath("node") || !OnPath("npm"))
            {
                reason = "Node.js and npm are not installed, so the VS Code extension cannot be packaged";
                return null;
            }
            string log = ExternalTools.Run("bash", $"-c \"cd '{Folder}' && npm ci --no-audit --no-fund --loglevel=error && npm run package\"", 600_000);
            if (File.Exists(Vsix)) return Vsix;
            reason = "npm could not package the extension: " + log;
            return null;
        }
    }

    private static bool IsStale()
    {
        DateTime built = File.GetLastWriteTimeUtc(Vsix);
        var inputs = Directory.EnumerateFiles(RepoPaths.Combine("schemas"), "*.json")
            .Concat(Directory.EnumerateFiles(Path.Combine(Folder, "src"), "*", SearchOption.AllDirectories))
            .Append(Path.Combine(Folder, "package.json"));
        return inputs.Any(f => File.GetLastWriteTimeUtc(f) > built);
    }

    private static bool OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, name)));

    private static string ReadEntry(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name);
        Assert.True(entry is not null, $"the .vsix has no {name}; it has: {string.Join(", ", zip.Entries.Select(e => e.FullName))}");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    [SkippableFact]
    public void The_vsix_holds_the_manifest_the_bundled_client_and_the_schemas()
    {
        string? vsix = Package(out string reason);
        ExternalTools.Require(vsix, reason);
        using var zip = ZipFile.OpenRead(vsix!);

        using var manifest = JsonDocument.Parse(ReadEntry(zip, "extension/package.json"));
        var root = manifest.RootElement;
        Assert.Equal("triallint", root.GetProperty("name").GetString());
        Assert.Equal("11.0.0", root.GetProperty("dependencies").GetProperty("vscode-languageclient").GetString());

        // The entry point is in the package, bundled (no node_modules in the .vsix), and starts 'triallint lsp'.
        string main = root.GetProperty("main").GetString()!.TrimStart('.', '/');
        string extension = ReadEntry(zip, "extension/" + main);
        Assert.Contains("\"lsp\"", extension, StringComparison.Ordinal);
        Assert.Contains("triallint.path", extension, StringComparison.Ordinal);
        Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains("node_modules", StringComparison.Ordinal));
        var settings = root.GetProperty("contributes").GetProperty("configuration").GetProperty("properties");
        Assert.Equal("triallint", settings.GetProperty("triallint.path").GetProperty("default").GetString());

        // Every schema the manifest contributes is in the package, identical to schemas/.
        var contributed = root.GetProperty("contributes").GetProperty("yamlValidation").EnumerateArray()
            .Concat(root.GetProperty("contributes").GetProperty("jsonValidation").EnumerateArray())
            .Select(v => v.GetProperty("url").GetString()!.TrimStart('.', '/')).Distinct().ToList();
        Assert.Contains("schemas/trial-report.schema.json", contributed);
        foreach (string url in contributed)
        {
            string inPackage = ReadEntry(zip, "extension/" + url);
            Assert.True(File.ReadAllText(RepoPaths.Combine(url)) == inPackage,
                $"{url} in the .vsix differs from the repository's: rebuild it (cd editors/vscode && npm run package)");
        }
        Assert.Contains(root.GetProperty("contributes").GetProperty("yamlValidation").EnumerateArray(),
            v => v.GetProperty("fileMatch").EnumerateArray().Any(f => f.GetString() == "*.trial.yaml"));

        // The file associations and the problem matcher.
        var languages = root.GetProperty("contributes").GetProperty("languages").EnumerateArray().ToList();
        Assert.Contains(languages, l => l.GetProperty("id").GetString() == "yaml" && l.GetProperty("filenamePatterns").EnumerateArray().Any(p => p.GetString() == "*.trial.yaml"));
        Assert.Contains(languages, l => l.GetProperty("id").GetString() == "json" && l.GetProperty("filenamePatterns").EnumerateArray().Any(p => p.GetString() == "*.trial.json"));
        Assert.Contains(root.GetProperty("contributes").GetProperty("problemMatchers").EnumerateArray(), m => m.GetProperty("name").GetString() == "triallint");
    }

    [SkippableFact]
    public void The_packaged_extension_activates_and_starts_triallint_lsp_from_the_setting()
    {
        string? vsix = Package(out string reason);
        ExternalTools.Require(vsix, reason);
        Skip.IfNot(OperatingSystem.IsLinux(), "the stand-in server is /bin/false");
        string folder = Directory.CreateTempSubdirectory("triallint-vsix-").FullName;
        try
        {
            ZipFile.ExtractToDirectory(vsix!, folder);
            string script = RepoPaths.Combine("tests", "TrialLint.Tests", "Editors", "vscode-activate.js");
            string output = ExternalTools.Run("node", $"\"{script}\" \"{Path.Combine(folder, "extension", "dist", "extension.js")}\" /bin/false");

            using var json = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
            var root = json.RootElement;
            Assert.Contains("activate", root.GetProperty("exports").EnumerateArray().Select(e => e.GetString()));
            Assert.Contains("triallint.restartServer", root.GetProperty("commands").EnumerateArray().Select(e => e.GetString()));
            // The client starts '<triallint.path> lsp' (vscode-languageclient adds --stdio, which the server accepts).
            var spawned = root.GetProperty("spawned").EnumerateArray().Single().EnumerateArray().Select(e => e.GetString()).ToList();
            Assert.Equal(["/bin/false", "lsp", "--stdio"], spawned);
            // A server that does not start is an error message that says what to set.
            Assert.Contains(root.GetProperty("errors").EnumerateArray().Select(e => e.GetString()),
                e => e!.StartsWith("TrialLint: could not start '/bin/false lsp'", StringComparison.Ordinal) && e.Contains("'triallint.path'", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_lock_file_is_committed_next_to_the_manifest()
    {
        using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "package-lock.json")));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "package.json")));
        var locked = lockFile.RootElement.GetProperty("packages").GetProperty("");
        foreach (string section in new[] { "dependencies", "devDependencies" })
        {
            foreach (var dependency in manifest.RootElement.GetProperty(section).EnumerateObject())
                Assert.Equal(dependency.Value.GetString(), locked.GetProperty(section).GetProperty(dependency.Name).GetString());
        }
    }
}
