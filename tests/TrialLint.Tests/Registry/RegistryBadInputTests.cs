using System.Text.Json.Nodes;
using TrialLint.Diagnostics;
using TrialLint.Engine;

namespace TrialLint.Tests.Registry;

/// <summary>
/// Registry input that is broken or not a record at all: a clear finding at the right place, never an exception or an
/// internal error, and the rest of the file still checked.
/// </summary>
public sealed class RegistryBadInputTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "triallint-registry-" + Guid.NewGuid().ToString("N"));

    public RegistryBadInputTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private FileResult LintJson(string name, string json)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, json);
        FileResult? result = null;
        Assert.Null(Record.Exception(() => result = RegistryRecords.Engine.LintFile(path)));
        Assert.False(result!.HasInternalError, string.Join("\n", result.Diagnostics));
        return result;
    }

    private static JsonObject Load(string nctId) => JsonNode.Parse(File.ReadAllText(RegistryRecords.PathOf(nctId)))!.AsObject();

    [Theory]
    [InlineData("{\"name\": \"not a trial\", \"version\": 3}")]
    [InlineData("[1, 2, 3]")]
    [InlineData("\"just text\"")]
    public void Json_that_is_neither_a_report_nor_a_record_is_named_as_such(string json)
    {
        var result = LintJson("package.json", json);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("TL0027", d.Id);
        Assert.Contains("'package.json' is neither a TrialLint report", d.Message, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(_dir, "package.json"), d.Location.Path);
    }

    [Fact]
    public void A_report_file_without_a_format_version_is_still_read_as_a_report()
    {
        var result = LintJson("draft.trial.json", "{\"title\": \"A trial\"}");

        Assert.Contains(result.Diagnostics, d => d.Id == "TL0020");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TL0027");
    }

    [Fact]
    public void A_record_without_its_protocol_section_says_so()
    {
        var record = Load("NCT00763412");
        record.Remove("protocolSection");

        var result = LintJson("NCT00763412.json", record.ToJsonString());

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("TL0028", d.Id);
        Assert.StartsWith("The record has no 'protocolSection'", d.Message, StringComparison.Ordinal);
        Assert.Equal("/protocolSection", d.Location.Pointer.ToString());
        Assert.True(d.Location.IsMissing);
        Assert.Null(result.Report);
    }

    [Fact]
    public void A_broken_study_in_a_list_is_reported_and_the_others_are_still_checked()
    {
        var studies = new JsonArray(Load("NCT00763412"), new JsonObject { ["hasResults"] = false }, Load("NCT00973089"));

        var result = LintJson("page.json", new JsonObject { ["studies"] = studies }.ToJsonString());

        Assert.Contains(result.Diagnostics, d => d.Id == "TL0028" && d.Location.Pointer.ToString() == "/studies/1/protocolSection" && d.Message.StartsWith("Study 2 of the file", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Id == "TL0601" && d.Location.Pointer.ToString().StartsWith("/studies/0/resultsSection/", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Id == "TL0602" && d.Location.Pointer.ToString() == "/studies/2/protocolSection/statusModule/whyStopped");
        Assert.Equal("NCT00763412", result.Report!.Registration!.Id);
    }

    [Fact]
    public void An_empty_studies_list_is_reported()
    {
        var result = LintJson("page.json", "{\"studies\": []}");

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("TL0028", d.Id);
        Assert.StartsWith("The 'studies' list holds no study", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_participant_flow_without_groups_is_reported_once_and_the_rest_is_checked()
    {
        var record = Load("NCT00763412");
        record["resultsSection"]!["participantFlowModule"]!.AsObject().Remove("groups");

        var result = LintJson("NCT00763412.json", record.ToJsonString());

        var d = Assert.Single(result.Diagnostics, d => d.Id == "TL0029");
        Assert.Equal("The participant flow lists no groups, so its numbers cannot be tied to groups and are left out of the checks", d.Message);
        Assert.Equal("/resultsSection/participantFlowModule/groups", d.Location.Pointer.ToString());
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "TL0601" or "TL0112" or "TL0103");
        Assert.Contains(result.Diagnostics, d => d.Id == "TL0504");
    }

    [Fact]
    public void A_number_for_a_group_the_module_does_not_list_is_reported_where_it_is()
    {
        var record = Load("NCT02210780");
        record["resultsSection"]!["outcomeMeasuresModule"]!["outcomeMeasures"]![0]!["denoms"]![0]!["counts"]![1]!["groupId"] = "OG007";

        var result = LintJson("NCT02210780.json", record.ToJsonString());

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("TL0029", d.Id);
        Assert.StartsWith("Outcome measure 'Percentage of Participants With a Positive Response", d.Message, StringComparison.Ordinal);
        Assert.Contains("gives numbers for group 'OG007', which it does not list", d.Message, StringComparison.Ordinal);
        Assert.Equal("/resultsSection/outcomeMeasuresModule/outcomeMeasures/0/denoms/0/counts/1/groupId", d.Location.Pointer.ToString());
    }

    public static TheoryData<string, string> Modules() => new()
    {
        { "NCT00763412", "protocolSection/identificationModule" }, { "NCT00763412", "protocolSection/statusModule" },
        { "NCT00763412", "protocolSection/designModule" }, { "NCT00763412", "protocolSection/armsInterventionsModule" },
        { "NCT00763412", "protocolSection/outcomesModule" }, { "NCT00763412", "resultsSection/participantFlowModule" },
        { "NCT02552212", "resultsSection/participantFlowModule" }, { "NCT02552212", "resultsSection/baselineCharacteristicsModule" },
        { "NCT02552212", "resultsSection/outcomeMeasuresModule" }, { "NCT02552212", "resultsSection/adverseEventsModule" },
        { "NCT04431453", "resultsSection" }, { "NCT03281889", "studies" },
    };

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_of_the_wrong_shape_never_breaks_the_linter(string nctId, string module)
    {
        foreach (JsonNode? replacement in (JsonNode?[])[JsonValue.Create("garbage"), new JsonArray(1, "x"), JsonValue.Create(7), null, new JsonObject()])
        {
            var record = Load(nctId);
            string[] path = module.Split('/');
            JsonNode parent = record;
            foreach (string key in path[..^1]) parent = parent[key]!;
            parent.AsObject()[path[^1]] = replacement?.DeepClone();

            var result = LintJson(nctId + ".json", record.ToJsonString());

            Assert.DoesNotContain(result.Diagnostics, d => d.Descriptor.Category == DiagnosticCategory.Internal);
        }
    }

    [Fact]
    public void Every_value_of_every_record_turned_into_text_never_breaks_the_linter()
    {
        foreach (string id in (string[])["NCT00763412", "NCT02210780", "NCT05594173"])
        {
            var record = Load(id);
            Stringify(record);
            var result = LintJson(id + ".json", record.ToJsonString());
            Assert.NotNull(result.Report);
        }
    }

    private static void Stringify(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (obj[key] is JsonValue value) obj[key] = "x" + value.ToJsonString();
                    else if (obj[key] is { } inner) Stringify(inner);
                }
                break;
            case JsonArray array:
                for (int i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value) array[i] = "x" + value.ToJsonString();
                    else if (array[i] is { } inner) Stringify(inner);
                }
                break;
        }
    }
}
