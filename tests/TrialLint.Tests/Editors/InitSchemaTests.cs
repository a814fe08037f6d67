using System.Text.Json;
using System.Text.RegularExpressions;
using NJsonSchema;
using TrialLint.Cli;
using TrialLint.Schema;
using TrialLint.Syntax;
using TrialLint.Tests.Gate;
using TrialLint.Tests.Infrastructure;
using TrialLint.Text;

namespace TrialLint.Tests.Editors;

/// <summary>
/// <c>triallint init</c> gives a report repository completion with no network: the report and configuration schemas
/// in <c>.triallint/</c>, the starter configuration's modeline and the VS Code <c>yaml.schemas</c>/<c>json.schemas</c>
/// settings pointing at them; re-running it updates the schemas and leaves the user's files alone.
/// </summary>
[Collection(CliCollection.Name)]
public sealed partial class InitSchemaTests : IDisposable
{
    private readonly GateFixture _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public async Task The_written_schema_validates_the_example_report_and_the_settings_point_at_it()
    {
        var init = _repo.Run("init");

        Assert.Equal(ExitCodes.Success, init.ExitCode);
        Assert.Contains("Wrote .triallint/trial-report.schema.json and .triallint/config.schema.json", init.StdOut, StringComparison.Ordinal);

        // The written schema, loaded on its own (not the tool's embedded copy), accepts the example and refuses a broken report.
        var schema = await JsonSchema.FromJsonAsync(_repo.Read(".triallint/trial-report.schema.json"));
        Assert.Empty(Validate(GateFixture.Clean, schema));
        Assert.NotEmpty(Validate(GateFixture.Clean.Replace("format_version: 1", "format_version: one", StringComparison.Ordinal) + "\nnot_a_key: 1\n", schema));

        // .vscode/settings.json: every schema path it names exists, relative to the workspace folder.
        using var settings = JsonDocument.Parse(_repo.Read(".vscode/settings.json"));
        var yaml = settings.RootElement.GetProperty("yaml.schemas");
        var report = yaml.EnumerateObject().Single(p => p.Value.EnumerateArray().Any(g => g.GetString() == "*.trial.yaml"));
        Assert.True(File.Exists(Path.Combine(_repo.Root, report.Name)), report.Name);
        Assert.Contains(report.Value.EnumerateArray(), g => g.GetString() == "*.trial.yml");
        foreach (var entry in yaml.EnumerateObject()) Assert.True(File.Exists(Path.Combine(_repo.Root, entry.Name)), entry.Name);
        var json = settings.RootElement.GetProperty("json.schemas").EnumerateArray().Single();
        Assert.Equal("*.trial.json", json.GetProperty("fileMatch")[0].GetString());
        Assert.True(File.Exists(Path.Combine(_repo.Root, json.GetProperty("url").GetString()!)));

        // The starter configuration's modeline points at the configuration schema, relative to the file.
        string modeline = Modeline().Match(_repo.Read(".triallint.yaml")).Groups["path"].Value;
        Assert.Equal(".triallint/config.schema.json", modeline);
        Assert.True(File.Exists(Path.Combine(_repo.Root, modeline)));
        using var config = JsonDocument.Parse(_repo.Read(modeline));
        Assert.Equal(PublishedSchemas.Config.Id, config.RootElement.GetProperty("$id").GetString());
    }

    [Fact]
    public void The_written_schema_is_the_tools_schema_stamped_with_its_version()
    {
        _repo.Run("init");

        string written = _repo.Read(".triallint/trial-report.schema.json");
        using var json = JsonDocument.Parse(written);
        Assert.Equal(PublishedSchemas.Report.Id, json.RootElement.GetProperty("$id").GetString());
        Assert.Contains($"TrialLint {(global::TrialLint.Output.RunContext.ToolVersion)}", json.RootElement.GetProperty("$comment").GetString(), StringComparison.Ordinal);
        // Apart from the $comment line, byte for byte the schema in schemas/.
        string withoutComment = string.Join('\n', written.Split('\n').Where(l => !l.StartsWith("  \"$comment\"", StringComparison.Ordinal)));
        Assert.Equal(File.ReadAllText(RepoPaths.Combine("schemas", "trial-report.schema.json")).Replace("\r\n", "\n", StringComparison.Ordinal), withoutComment);
    }

    [Fact]
    public void Running_init_again_updates_the_schemas_and_keeps_the_users_files()
    {
        _repo.Run("init");
        _repo.Write(".triallint.yaml", "failLevel: warning\n");
        _repo.Write(".triallint/trial-report.schema.json", "{\"$comment\": \"an old version\"}\n");

        var again = _repo.Run("init");

        Assert.Equal(ExitCodes.Success, again.ExitCode);
        Assert.Equal("failLevel: warning\n", _repo.Read(".triallint.yaml"));
        Assert.Contains("Kept .triallint.yaml", again.StdOut, StringComparison.Ordinal);
        Assert.Contains("Wrote .triallint/trial-report.schema.json (TrialLint", again.StdOut, StringComparison.Ordinal);
        Assert.Contains(PublishedSchemas.Report.Id, _repo.Read(".triallint/trial-report.schema.json"), StringComparison.Ordinal);
        Assert.Contains(".vscode/settings.json already points reports at .triallint/trial-report.schema.json", again.StdOut, StringComparison.Ordinal);

        var third = _repo.Run("init");
        Assert.Contains("are up to date", third.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Existing_settings_are_kept_and_the_entries_added()
    {
        _repo.Write(".vscode/settings.json", """
            {
                "editor.tabSize": 2,
                "yaml.schemas": { "https://example.org/other.json": "other/*.yaml" },
                "json.schemas": [ { "fileMatch": ["x.json"], "url": "./x.schema.json" } ]
            }
            """);

        _repo.Run("init");

        using var settings = JsonDocument.Parse(_repo.Read(".vscode/settings.json"));
        Assert.Equal(2, settings.RootElement.GetProperty("editor.tabSize").GetInt32());
        Assert.Equal("other/*.yaml", settings.RootElement.GetProperty("yaml.schemas").GetProperty("https://example.org/other.json").GetString());
        Assert.True(settings.RootElement.GetProperty("yaml.schemas").TryGetProperty("./.triallint/trial-report.schema.json", out _));
        Assert.Equal(2, settings.RootElement.GetProperty("json.schemas").GetArrayLength());
    }

    [Fact]
    public void Settings_with_comments_are_left_alone_and_the_lines_to_add_are_shown()
    {
        const string commented = "{\n    // mine\n    \"editor.tabSize\": 2,\n}\n";
        _repo.Write(".vscode/settings.json", commented);

        var init = _repo.Run("init");

        Assert.Equal(ExitCodes.Success, init.ExitCode);
        Assert.Equal(commented, _repo.Read(".vscode/settings.json"));
        Assert.Contains(".vscode/settings.json has comments, so init left it alone", init.StdOut, StringComparison.Ordinal);
        Assert.Contains("\"./.triallint/trial-report.schema.json\": [", init.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void An_imported_report_points_at_the_schema_init_wrote()
    {
        // The import's modeline names the schema id, which no server serves and which would win over yaml.schemas:
        // in a repository where init ran, it points at the local copy instead.
        string record = RepoPaths.Combine("tests", "TrialLint.Tests", "Registry", "Records", "NCT00763412.json");
        var outside = _repo.Run("import", "ctgov", record, "-o", "before-init.trial.yaml");
        _repo.Run("init");
        Directory.CreateDirectory(Path.Combine(_repo.Root, "reports", "registry"));

        var import = _repo.Run("import", "ctgov", record, "-o", "reports/registry/NCT00763412.trial.yaml");

        Assert.True(import.ExitCode == ExitCodes.Success, import.StdErr);
        Assert.StartsWith($"# yaml-language-server: $schema={PublishedSchemas.Report.Id}\n", _repo.Read("before-init.trial.yaml"), StringComparison.Ordinal);
        string report = _repo.Read("reports/registry/NCT00763412.trial.yaml");
        string modeline = Modeline().Match(report).Groups["path"].Value;
        Assert.Equal("../../.triallint/trial-report.schema.json", modeline);
        Assert.True(File.Exists(Path.Combine(_repo.Root, "reports", "registry", modeline)));
        Assert.Equal(ExitCodes.Success, outside.ExitCode);
    }

    [Fact]
    public void The_help_says_how_to_update_the_schema()
    {
        var help = _repo.Run("init", "--help");

        Assert.Contains("Run it again after upgrading TrialLint", help.StdOut, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_yaml_language_server_completes_report_and_configuration_keys_offline_after_init()
    {
        // What a new report repository gets in VS Code (and any editor with the YAML language server) after init:
        // the server, with the schema store off, finds the schemas through the settings and the modeline init wrote.
        string? server = ExternalTools.YamlLanguageServer(out string reason);
        ExternalTools.Require(server, reason);
        _repo.Run("init");

        string output = ExternalTools.Run("node", $"\"{RepoPaths.Combine("tests", "TrialLint.Tests", "Editors", "yaml-completion.js")}\" \"{server}\" \"{_repo.Root}\"");

        using var json = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        Assert.False(json.RootElement.TryGetProperty("error", out var error), error.ToString());
        var report = json.RootElement.GetProperty("report").EnumerateArray().Select(l => l.GetString()).ToList();
        var config = json.RootElement.GetProperty("config").EnumerateArray().Select(l => l.GetString()).ToList();
        Assert.Contains("arms", report);
        Assert.Contains("registration", report);
        Assert.Contains("outcomes", report);
        Assert.Contains("extends", config);
        Assert.Contains("overrides", config);
    }

    private static List<string> Validate(string yaml, JsonSchema schema)
    {
        var tree = SyntaxParser.Parse(new SourceText("report.trial.yaml", yaml));
        return SchemaValidator.ValidateWith(tree, schema, SchemaValidator.ReportSchemaName).Select(d => $"{d.Id} {d.Location.Pointer} {d.Message}").ToList();
    }

    [GeneratedRegex(@"\A# yaml-language-server: \$schema=(?<path>\S+)\n")]
    private static partial Regex Modeline();
}
