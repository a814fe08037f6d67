using NJsonSchema;
using TrialLint.Diagnostics;
using TrialLint.Schema;
using TrialLint.Syntax;
using TrialLint.Tests.Infrastructure;
using TrialLint.Text;

namespace TrialLint.Tests.Schema;

/// <summary>
/// TrialLint reads its schemas into NJsonSchema's model itself (NJsonSchema's own reader cannot run in a Native AOT
/// build). A report author must not see any difference: for every embedded schema, the findings NJsonSchema gives
/// with the schema read by <see cref="SchemaGraphBuilder"/> equal those with the schema read by
/// <c>JsonSchema.FromJsonAsync</c>, on every fixture, seed, rule file and pack, and on thousands of mutants of them.
/// </summary>
public sealed class SchemaGraphBuilderTests
{
    private static readonly string[] Replacements = [.. ScalarMutants.Replacements, "{unknown_key: 1}", "[{a: 1}]"];

    private static readonly Dictionary<string, JsonSchema> Reference = new(StringComparer.Ordinal);

    private static JsonSchema ReferenceSchema(string name)
    {
        lock (Reference)
        {
            if (!Reference.TryGetValue(name, out var schema))
                Reference[name] = schema = JsonSchema.FromJsonAsync(EmbeddedSchemas.ReadText(name)).GetAwaiter().GetResult();
            return schema;
        }
    }

    private static int AssertSameFindings(string path, string text, string schemaName)
    {
        var tree = SyntaxParser.Parse(new SourceText(path, text));
        if (tree.Root is null) return 0;
        var expected = SchemaValidator.ValidateWith(tree, ReferenceSchema(schemaName), schemaName).Select(Describe).ToList();
        var actual = SchemaValidator.ValidateWith(tree, EmbeddedSchemas.Get(schemaName), schemaName).Select(Describe).ToList();
        Assert.True(expected.SequenceEqual(actual),
            $"{path} against {schemaName}:\n  FromJsonAsync: {string.Join("\n    ", expected)}\n  built:         {string.Join("\n    ", actual)}");
        return expected.Count;
    }

    private static string Describe(Diagnostic d) => $"{d.Id} {d.Location.Pointer} {d.Message}";

    private static IEnumerable<(string Name, string Text)> Mutants(string path, string text) => ScalarMutants.Of(path, text, Replacements);

    [Fact]
    public void Every_embedded_schema_builds()
    {
        foreach (string name in new[] { SchemaValidator.ReportSchemaName, "rule.schema.json", "pack.schema.json", "config.schema.json" })
            Assert.NotNull(SchemaGraphBuilder.Build(EmbeddedSchemas.ReadText(name)));
    }

    [Fact]
    public void Report_schema_gives_the_same_findings_on_fixtures_seeds_and_mutants()
    {
        var files = Directory.EnumerateFiles(RepoPaths.Combine("tests", "rules"), "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".yaml", StringComparison.Ordinal) && !f.EndsWith(".expect.yaml", StringComparison.Ordinal)) || f.EndsWith(".json", StringComparison.Ordinal))
            .Concat(Directory.EnumerateFiles(RepoPaths.Combine("seeds")))
            .ToList();
        int findings = 0;
        foreach (string file in files) findings += AssertSameFindings(file, File.ReadAllText(file), SchemaValidator.ReportSchemaName);
        findings += AssertSameFindings("hostile.trial.json", HostileReport.Json(), SchemaValidator.ReportSchemaName);
        foreach (string seed in new[] { "example-randomised.trial.yaml", "als-phase1-msc.trial.yaml" })
        {
            string path = RepoPaths.Combine("seeds", seed);
            foreach (var (name, text) in Mutants(path, File.ReadAllText(path))) findings += AssertSameFindings(name, text, SchemaValidator.ReportSchemaName);
        }
        // The comparison means something only if the documents break the schema in many ways.
        Assert.True(findings > 2000, $"only {findings} findings compared");
    }

    [Fact]
    public void Rule_pack_and_configuration_schemas_give_the_same_findings_on_their_files_and_mutants()
    {
        int findings = 0;
        foreach (string file in Directory.EnumerateFiles(RepoPaths.Combine("rules"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(12)
            .Concat(Directory.EnumerateFiles(RepoPaths.Combine("rules", "packs"), "*.yaml")))
        {
            string text = File.ReadAllText(file);
            string schema = file.Contains("/packs/", StringComparison.Ordinal) ? "pack.schema.json" : "rule.schema.json";
            findings += AssertSameFindings(file, text, schema);
            foreach (var (name, mutant) in Mutants(file, text)) findings += AssertSameFindings(name, mutant, schema);
        }
        const string config = "extends: [consort-2025]\nrules:\n  TL0304: off\nfailLevel: warning\nmaxWarnings: 3\ninclude: ['**/*.trial.yaml']\noverrides:\n  - files: ['a/*.yaml']\n    rules:\n      TL0101: error\n    reason: why\n";
        findings += AssertSameFindings(".triallint.yaml", config, "config.schema.json");
        foreach (var (name, mutant) in Mutants(".triallint.yaml", config)) findings += AssertSameFindings(name, mutant, "config.schema.json");
        Assert.True(findings > 500, $"only {findings} findings compared");
    }

    [Fact]
    public void A_keyword_it_cannot_read_is_refused_rather_than_ignored()
    {
        var ex = Assert.Throws<NotSupportedException>(() => SchemaGraphBuilder.Build("""{"type": "object", "dependentRequired": {"a": ["b"]}}"""));
        Assert.Contains("dependentRequired", ex.Message);
        Assert.Throws<NotSupportedException>(() => SchemaGraphBuilder.Build("""{"$ref": "other.json#/x"}"""));
    }
}
