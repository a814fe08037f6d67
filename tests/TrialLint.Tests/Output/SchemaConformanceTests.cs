using NJsonSchema;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Output;

/// <summary>
/// Every SARIF the suite produces validates against the official SARIF 2.1.0 schema, and every findings JSON
/// against schemas/findings.schema.json: for the seeds, for a hostile report, and for files that cannot be read.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class SchemaConformanceTests : IDisposable
{
    private static readonly Lazy<JsonSchema> Sarif = new(() =>
        JsonSchema.FromFileAsync(RepoPaths.Combine("tests", "TrialLint.Tests", "Output", "Schemas", "sarif-schema-2.1.0.json")).GetAwaiter().GetResult());

    private static readonly Lazy<JsonSchema> Findings = new(() =>
        JsonSchema.FromFileAsync(RepoPaths.Combine("schemas", "findings.schema.json")).GetAwaiter().GetResult());

    private readonly string _temp = Directory.CreateTempSubdirectory("triallint-schema-").FullName;

    public SchemaConformanceTests()
    {
        File.WriteAllText(Path.Combine(_temp, "hostile.trial.json"), HostileReport.Json());
        File.WriteAllBytes(Path.Combine(_temp, "binary.trial.yaml"), [0x00, 0x01, 0x02]);
        File.WriteAllText(Path.Combine(_temp, "broken.trial.yaml"), "format_version: 1\ntitle: [unclosed\n");
        File.WriteAllText(Path.Combine(_temp, "empty.trial.yaml"), "");
        // Registry records in an archive and in NDJSON: their files carry where they are and the studies they hold.
        var records = Registry.RegistryArchiveTests.RealEntries().Take(3).ToList();
        Registry.RegistryArchiveTests.BuildZip(Path.Combine(_temp, "ctg-studies.json.zip"), records);
        File.WriteAllLines(Path.Combine(_temp, "studies.jsonl"), records.Select(r => System.Text.Json.Nodes.JsonNode.Parse(r.Bytes)!.ToJsonString()));
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    public static TheoryData<string> Cases() => ["seeds", "hostile", "bad-input", "registry"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sarif_validates_against_the_official_schema(string @case)
    {
        string text = Produce("sarif", @case);

        var errors = Sarif.Value.Validate(text);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Findings_json_validates_against_its_schema(string @case)
    {
        string text = Produce("json", @case);

        var errors = Findings.Value.Validate(text);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public void Sarif_rules_carry_checklist_items_and_results_have_stable_fingerprints()
    {
        var sarif = System.Text.Json.JsonDocument.Parse(Produce("sarif", "seeds")).RootElement.GetProperty("runs")[0];
        var rules = sarif.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var tl0105 = rules.Single(r => r.GetProperty("id").GetString() == "TL0105");
        var results = sarif.GetProperty("results").EnumerateArray().ToList();

        Assert.Contains("CONSORT-2025:22a", tl0105.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.All(results, r =>
        {
            Assert.Equal(rules[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString(), r.GetProperty("ruleId").GetString());
            Assert.Equal("%SRCROOT%", r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
            Assert.Matches("^[0-9a-f]{32}$", r.GetProperty("partialFingerprints").GetProperty("triallint/v1").GetString());
        });
        var seedResult = results.First(r => r.GetProperty("ruleId").GetString() == "TL0105");
        Assert.Equal("seeds/als-phase1-msc.trial.yaml", seedResult.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void Fingerprints_survive_edits_that_move_lines()
    {
        string original = File.ReadAllText(RepoPaths.Combine("seeds", "als-phase1-msc.trial.yaml"));
        File.WriteAllText(Path.Combine(_temp, "als.trial.yaml"), original);
        var before = Fingerprints(OutputFiles.Lint("sarif", _temp, "als.trial.yaml").Text);
        File.WriteAllText(Path.Combine(_temp, "als.trial.yaml"), "# A comment added at the top moves every line.\n\n" + original);
        var after = Fingerprints(OutputFiles.Lint("sarif", _temp, "als.trial.yaml").Text);

        Assert.NotEmpty(before);
        Assert.Equal(before, after);
    }

    private static List<string> Fingerprints(string sarif) =>
        System.Text.Json.JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("partialFingerprints").GetProperty("triallint/v1").GetString()!).Order().ToList();

    private string Produce(string format, string @case) => @case switch
    {
        "seeds" => OutputFiles.Lint(format, null, "seeds/").Text,
        "hostile" => OutputFiles.Lint(format, _temp, "hostile.trial.json").Text,
        "registry" => OutputFiles.Lint(format, _temp, "ctg-studies.json.zip", "studies.jsonl").Text,
        _ => OutputFiles.Lint(format, _temp, "binary.trial.yaml", "broken.trial.yaml", "empty.trial.yaml").Text,
    };
}
