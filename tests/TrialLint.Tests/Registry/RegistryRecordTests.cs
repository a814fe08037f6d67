using System.Text.RegularExpressions;
using TrialLint.Diagnostics;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Registry;

/// <summary>
/// The 15 real ClinicalTrials.gov records against Registry/EXPECTED.md: every record lints without an internal or
/// input error, and gives exactly the findings (ids at JSON Pointers) the table lists, so clean records stay clean.
/// </summary>
public sealed partial class RegistryRecordTests
{
    public static TheoryData<string> Records() => [.. RegistryRecords.Ids];

    [Fact]
    public void Every_record_has_a_section_in_the_table_and_every_section_a_record()
    {
        Assert.Equal(15, RegistryRecords.Ids.Count);
        Assert.Equal(RegistryRecords.Ids, Expected().Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Record_gives_exactly_the_expected_findings(string nctId)
    {
        var result = RegistryRecords.Lint(nctId);

        Assert.False(result.HasInternalError, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Descriptor.Category == DiagnosticCategory.Input);
        Assert.NotNull(result.Report);
        var actual = result.Diagnostics.Select(d => $"{d.Id} {d.Location.Pointer}").Order(StringComparer.Ordinal).ToList();
        var expected = Expected()[nctId].Order(StringComparer.Ordinal).ToList();
        Assert.True(expected.SequenceEqual(actual),
            $"{nctId}\nexpected:\n  {string.Join("\n  ", expected)}\nactual:\n  {string.Join("\n  ", result.Diagnostics.Select(d => $"{d.Id} {d.Location.Pointer}  {d.Message}"))}");
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Every_finding_lands_on_the_registry_field_it_names(string nctId)
    {
        var result = RegistryRecords.Lint(nctId);

        foreach (var d in result.Diagnostics)
        {
            var location = result.Tree!.GetLocation(d.Location.Pointer);
            Assert.Equal((location.StartLine, location.StartColumn), (d.Location.StartLine, d.Location.StartColumn));
            Assert.True(d.Location.StartLine > 1, $"{d} points at the start of the file");
        }
    }

    [Fact]
    public void Records_are_checked_with_the_registry_pack_only()
    {
        foreach (string id in RegistryRecords.Ids)
            Assert.Equal(["registry"], RegistryRecords.Lint(id).SelectedPacks);
    }

    /// <summary>EXPECTED.md: per record (## NCT...), the rows | id | pointer | reason |.</summary>
    private static Dictionary<string, List<string>> Expected()
    {
        var table = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (string line in File.ReadLines(RepoPaths.Combine("tests", "TrialLint.Tests", "Registry", "EXPECTED.md")))
        {
            if (Heading().Match(line) is { Success: true } heading) table[heading.Groups["id"].Value] = current = [];
            else if (Row().Match(line) is { Success: true } row && current is not null) current.Add($"{row.Groups["id"].Value} {row.Groups["pointer"].Value}");
        }
        return table;
    }

    [GeneratedRegex(@"^## (?<id>NCT\d{8})\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\| (?<id>TL\d{4}) \| (?<pointer>/\S*) \|")]
    private static partial Regex Row();
}
