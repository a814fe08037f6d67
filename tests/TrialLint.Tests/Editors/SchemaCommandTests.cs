using System.Text.Json;
using System.Text.RegularExpressions;
using TrialLint.Cli;
using TrialLint.Schema;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Editors;

/// <summary>
/// <c>triallint schema</c> prints the schemas embedded in the tool, identical to <c>schemas/</c>; and one schema id
/// is used everywhere: the schemas' <c>$id</c>, the findings JSON, imported reports, init and the docs.
/// </summary>
[Collection(CliCollection.Name)]
public sealed partial class SchemaCommandTests
{
    [Theory]
    [InlineData("report", "trial-report.schema.json")]
    [InlineData("config", "config.schema.json")]
    [InlineData("rule", "rule.schema.json")]
    [InlineData("pack", "pack.schema.json")]
    [InlineData("findings", "findings.schema.json")]
    public void Prints_the_schema_exactly_as_in_the_schemas_folder(string name, string file)
    {
        var result = CliRunner.Run(null, "schema", name);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(File.ReadAllText(RepoPaths.Combine("schemas", file)), result.StdOut);
        Assert.Equal(string.Empty, result.StdErr);
    }

    [Fact]
    public void Prints_the_report_schema_by_default()
    {
        var result = CliRunner.Run(null, "schema");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(File.ReadAllText(RepoPaths.Combine("schemas", "trial-report.schema.json")), result.StdOut);
    }

    [Fact]
    public void An_unknown_name_is_a_usage_error_naming_the_choices()
    {
        var result = CliRunner.Run(null, "schema", "reprot");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Equal(string.Empty, result.StdOut);
        Assert.Contains("there is no schema 'reprot'; did you mean 'report'? choose one of: report, config, rule, pack, findings", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_schema_in_the_folder_is_published_under_one_id()
    {
        var files = Directory.GetFiles(RepoPaths.Combine("schemas"), "*.json").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, PublishedSchemas.All.Select(s => s.FileName).Order(StringComparer.Ordinal).ToList());
        foreach (var schema in PublishedSchemas.All)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(RepoPaths.Combine("schemas", schema.FileName)));
            Assert.Equal(schema.Id, json.RootElement.GetProperty("$id").GetString());
            Assert.Equal(PublishedSchemas.BaseUri + schema.FileName, schema.Id);
        }
    }

    [Fact]
    public void The_findings_json_names_the_findings_schema_id()
    {
        var result = CliRunner.Run(null, "lint", "seeds/example-randomised.trial.yaml", "-f", "json");

        using var json = JsonDocument.Parse(result.StdOut);
        Assert.Equal(PublishedSchemas.Findings.Id, json.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void Every_schema_address_in_the_docs_and_sources_is_the_published_id()
    {
        // The README, the docs, the sources, the schemas, the editor clients and the workflows: any address of a
        // TrialLint schema must be the id (init and the docs once named two different ones).
        string[] roots = ["README.md", "docs", "src", "schemas", "editors", ".github", "action.yml", "rules"];
        var known = PublishedSchemas.All.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var wrong = new List<string>();
        int seen = 0;
        foreach (string file in roots.Select(r => RepoPaths.Combine(r)).SelectMany(Files))
        {
            foreach (Match m in SchemaAddress().Matches(File.ReadAllText(file)))
            {
                seen++;
                if (!known.Contains(m.Value)) wrong.Add($"{Path.GetRelativePath(RepoPaths.Root, file)}: {m.Value}");
            }
        }
        Assert.True(wrong.Count == 0, "schema addresses that are not the published ids:\n" + string.Join("\n", wrong));
        Assert.True(seen >= 5, $"only {seen} schema addresses found: the scan looks in the wrong places");
    }

    private static IEnumerable<string> Files(string root)
    {
        if (File.Exists(root)) return [root];
        if (!Directory.Exists(root)) return [];
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Path.GetExtension(f) is ".md" or ".cs" or ".json" or ".yaml" or ".yml" or ".ts" or ".js");
    }

    // An http(s) address ending in one of TrialLint's schema file names.
    [GeneratedRegex(@"https?://[^\s""'()<>`]*/(trial-report|config|rule|pack|findings)\.schema\.json")]
    private static partial Regex SchemaAddress();
}
