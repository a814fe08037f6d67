using System.Text.Json;
using System.Text.Json.Nodes;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Output;

/// <summary>
/// Approved snapshots of every output format for the seeds: a change in any output shows up in review. SARIF's rule
/// catalog (every rule's descriptor and help page, most of the file) is snapshotted once, on its own, so a change to
/// a rule's text churns the catalog and not the results; each rule's help markdown is checked against its page in
/// docs/rules instead of being copied into the snapshot.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class OutputSnapshotTests
{
    [Theory]
    [InlineData("json", "json")]
    [InlineData("github", "txt")]
    [InlineData("junit", "xml")]
    [InlineData("markdown", "md")]
    [InlineData("html", "html")]
    public void Seeds(string format, string extension)
    {
        var (text, run) = OutputFiles.Lint(format, null, "seeds/");

        Assert.Equal(1, run.ExitCode);
        Snapshot.Verify(OutputFiles.Stable(text), extension, name: $"Seeds.{format}");
    }

    [Fact]
    public void Seeds_sarif_results_and_rule_catalog()
    {
        var (text, run) = OutputFiles.Lint("sarif", null, "seeds/");
        Assert.Equal(1, run.ExitCode);
        var sarif = JsonNode.Parse(OutputFiles.Stable(text))!.AsObject();
        var driver = sarif["runs"]![0]!["tool"]!["driver"]!.AsObject();
        var rules = driver["rules"]!.AsArray();

        // Every result names its rule by id and by index into the catalog; both must agree.
        foreach (var result in sarif["runs"]![0]!["results"]!.AsArray())
            Assert.Equal(result!["ruleId"]!.GetValue<string>(), rules[result["ruleIndex"]!.GetValue<int>()]!["id"]!.GetValue<string>());
        // Each rule's help markdown is its help page, word for word.
        foreach (var rule in rules)
        {
            string id = rule!["id"]!.GetValue<string>();
            var help = rule["help"]!.AsObject();
            string page = File.ReadAllText(RepoPaths.Combine("docs", "rules", id + ".md"));
            Assert.Equal(page.Replace("\r\n", "\n", StringComparison.Ordinal), help["markdown"]!.GetValue<string>());
            help["markdown"] = $"(docs/rules/{id}.md)";
        }

        driver["rules"] = "(the rule catalog: OutputSnapshotTests.SarifRuleCatalog.verified.json)";
        Snapshot.Verify(Indented(sarif), "sarif", name: "Seeds.sarif");
        Snapshot.Verify(Indented(rules), "json", name: "SarifRuleCatalog");
    }

    private static string Indented(JsonNode node) =>
        node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
