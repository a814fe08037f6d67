using TrialLint.Diagnostics;
using TrialLint.Registry;
using TrialLint.Schema;
using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Tests.Registry;

/// <summary>
/// <c>triallint import ctgov</c>: the report written from each of the 15 records is valid against the report schema,
/// and for the records with results it gives the same finding ids as the record itself.
/// </summary>
public sealed class ImportTests
{
    public static TheoryData<string> Records() => [.. RegistryRecords.Ids];

    public static TheoryData<string> RecordsWithResults() =>
        [.. RegistryRecords.Ids.Where(id => RegistryRecords.Lint(id).Report!.Record!.HasResults)];

    private static string Import(string nctId)
    {
        var result = ReportImporter.Import(RegistryRecords.PathOf(nctId), today: new DateOnly(2025, 6, 1));
        Assert.Null(result.Error);
        Assert.Empty(result.Problems);
        return result.Yaml!;
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void The_imported_report_is_valid_against_the_report_schema(string nctId)
    {
        string yaml = Import(nctId);

        var tree = YamlSyntaxParser.Parse(new SourceText(nctId + ".trial.yaml", yaml));
        Assert.Empty(tree.Diagnostics);
        var problems = SchemaValidator.Validate(tree);
        Assert.True(problems.IsEmpty, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(RecordsWithResults))]
    public void The_imported_report_gives_the_same_finding_ids_as_the_record(string nctId)
    {
        var fromRecord = RegistryRecords.Lint(nctId).Diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
        var imported = RegistryRecords.Engine.LintText(nctId + ".trial.yaml", Import(nctId));

        Assert.DoesNotContain(imported.Diagnostics, d => d.Descriptor.Category is DiagnosticCategory.Input or DiagnosticCategory.Internal);
        Assert.Equal(fromRecord, imported.Diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Seven_records_have_results()
    {
        Assert.Equal(7, RecordsWithResults().Count);
    }

    [Fact]
    public void The_report_names_the_registry_pack_and_keeps_the_record_facts_as_an_extension()
    {
        string yaml = Import("NCT03418623");

        Assert.StartsWith("# yaml-language-server: $schema=https://triallint.dev/schemas/trial-report.schema.json\n", yaml, StringComparison.Ordinal);
        Assert.Contains("packs:\n  - \"registry\"\n", yaml, StringComparison.Ordinal);
        Assert.Contains("x-registry:\n  source: \"NCT03418623.json\"\n  status: \"COMPLETED\"\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  has_results: false\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Free_text_cannot_change_the_structure_of_the_report()
    {
        var report = RegistryRecords.Lint("NCT00763412").Report!;
        var hostile = new Model.TrialReport { Title = "x\"\n  injected: true\n\u0007 # not a comment", Objectives = "line one\nkey: value\n- item", Pointer = report.Pointer };

        string yaml = ReportYamlWriter.Write(hostile);
        var tree = YamlSyntaxParser.Parse(new SourceText("hostile.trial.yaml", yaml));

        Assert.Empty(tree.Diagnostics);
        var root = Assert.IsType<MappingNode>(tree.Root);
        Assert.Equal(["format_version", "title", "objectives"], root.Properties.Select(p => p.Name));
        Assert.Equal(hostile.Title, ((ScalarNode)root["title"]!).Value);
        Assert.Equal(hostile.Objectives, ((ScalarNode)root["objectives"]!).Value);
    }

    [Fact]
    public void A_file_with_several_studies_needs_the_study_named()
    {
        string path = Path.Combine(Path.GetTempPath(), $"triallint-import-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, $"{{\"studies\": [{File.ReadAllText(RegistryRecords.PathOf("NCT00763412"))}, {File.ReadAllText(RegistryRecords.PathOf("NCT00973089"))}]}}");
        try
        {
            var without = ReportImporter.Import(path);
            Assert.Null(without.Yaml);
            Assert.Contains("holds 2 studies (NCT00763412, NCT00973089); choose one with --study", without.Error, StringComparison.Ordinal);

            var chosen = ReportImporter.Import(path, "NCT00973089");
            Assert.Equal("NCT00973089", chosen.Study);
            Assert.Contains("reason: \"recruiting or enrolling participants has halted prematurely and will not resume\"", chosen.Yaml, StringComparison.Ordinal);

            var missing = ReportImporter.Import(path, "NCT99999999");
            Assert.Contains("has no study NCT99999999", missing.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
