using TrialLint.Diagnostics;
using TrialLint.Engine;
using TrialLint.Model;
using TrialLint.Registry;
using TrialLint.Schema;
using TrialLint.Syntax;
using TrialLint.Tests.Infrastructure;
using TrialLint.Text;

namespace TrialLint.Tests.Registry;

/// <summary>
/// The baseline table of real ClinicalTrials.gov records (Records/baseline, from ../shared/data/ctgov-real): its
/// measures map to <c>baseline.characteristics</c> at the record's own fields, and TL0711 judges them as a careful
/// reviewer would: rows a participant can be in several of (medical history, medications) are not added up, a row's
/// own denominator is its n_with_data, and numbers with thousands separators are read.
/// </summary>
public sealed class BaselineCharacteristicsTests
{
    private static string PathOf(string nctId) => RepoPaths.Combine("tests", "TrialLint.Tests", "Registry", "Records", "baseline", nctId + ".json");

    private static FileResult Lint(string nctId) => RegistryRecords.Engine.LintFile(PathOf(nctId));

    /// <summary>The record with one piece of its text replaced (exactly once).</summary>
    private static FileResult LintChanged(string nctId, string from, string to)
    {
        string text = File.ReadAllText(PathOf(nctId));
        int at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(from, at + 1, StringComparison.Ordinal) < 0, $"'{from}' is not in {nctId} exactly once");
        return RegistryRecords.Engine.LintText(nctId + ".json", text[..at] + to + text[(at + from.Length)..]);
    }

    /// <summary>NCT00252187 with its 4 women of the BNP group (of 24; 20 men) written as <paramref name="women"/>.</summary>
    private static FileResult WithWomenInTheBnpGroup(string women)
    {
        const string Women = "\"groupId\": \"BG000\",\n                      \"value\": \"COUNT\"\n                    },\n                    {\n                      \"groupId\": \"BG001\",\n                      \"value\": \"8\"";
        return LintChanged("NCT00252187", Women.Replace("COUNT", "4", StringComparison.Ordinal), Women.Replace("COUNT", women, StringComparison.Ordinal));
    }

    private static BaselineCharacteristic Characteristic(FileResult result, string name) =>
        result.Report!.Baseline!.Characteristics.Single(c => c.Name == name);

    [Fact]
    public void Counts_means_and_medians_map_per_group_at_the_measurements()
    {
        var result = Lint("NCT00252187");
        var baseline = result.Report!.Baseline!;

        var sex = Characteristic(result, "Sex: Female, Male");
        Assert.Equal("Participants", sex.Unit);
        Assert.Null(sex.Exclusive);
        Assert.Equal(["Female", "Male"], sex.Categories.Select(c => c.Name));
        var female = sex.Categories[0].Values;
        Assert.Equal([4L, 8L], female.Select(v => v.N!.Value));
        Assert.Equal(baseline.Groups.Select(g => g.Arm), female.Select(v => v.Arm));
        Assert.Equal("/resultsSection/baselineCharacteristicsModule/measures/2/classes/0/categories/0/measurements/1/value", female[1].PointerOf("n").ToString());

        var age = Characteristic(result, "Age Continuous");
        Assert.Equal("years", age.Unit);
        Assert.All(age.Values, v => Assert.True(v.Mean is not null && v.Sd is not null && v.N is null));
        Assert.Equal(2, age.Values.Length);

        var bnp = Characteristic(result, "Plasma BNP");
        Assert.All(bnp.Values, v => Assert.NotNull(v.Median));

        // Two rows of one value each: systolic and diastolic pressure are characteristics of their own.
        Assert.Contains(baseline.Characteristics, c => c.Name == "Blood pressure (Systolic blood pressure)" && c.Values.Length == 2);
    }

    [Fact]
    public void Rows_a_participant_can_be_in_several_of_are_not_added_up()
    {
        var result = Lint("NCT00252187");
        var history = Characteristic(result, "History or concomitant medical conditions");

        Assert.False(history.Exclusive);
        Assert.Equal(8, history.Categories.Length);
        // 67 conditions among the 24 participants of the BNP group: legitimate, since a participant can have several.
        Assert.Equal(67, history.Categories.Sum(c => c.Values[0].N));
        Assert.Equal(24, result.Report!.Baseline!.Groups[0].N);
        Assert.Equal(RuleOutcome.Passed, result.Outcomes["TL0711"]);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TL0711");
    }

    [Theory]
    // 30 women in the BNP group of 24: the count itself, at the record's value.
    [InlineData("30", "categories/0/measurements/0/value", "30 counted, but only 24 participants in the arm's baseline")]
    // 6 women and 20 men in the group of 24: the categories of the row, at the row's categories.
    [InlineData("6", "categories", "its 2 categories add up to 26 participants, but only 24")]
    public void Counts_above_the_group_are_reported_at_the_record_fields(string women, string pointer, string message)
    {
        var result = WithWomenInTheBnpGroup(women);

        var finding = Assert.Single(result.Diagnostics, d => d.Id == "TL0711");
        Assert.Equal("/resultsSection/baselineCharacteristicsModule/measures/2/classes/0/" + pointer, finding.Location.Pointer.ToString());
        Assert.Contains(message, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_its_own_denominator_gives_n_with_data_and_one_characteristic_per_row()
    {
        var result = Lint("NCT03170375");

        var phase2 = Characteristic(result, "Sex: Female, Male (Phase 2)");
        Assert.Equal([3L, 7L], phase2.Categories[0].Values.Select(v => v.N!.Value));
        Assert.Equal([28L, 38L], phase2.Categories[0].Values.Select(v => v.NWithData!.Value));
        Assert.Equal("/resultsSection/baselineCharacteristicsModule/measures/1/classes/1/denoms/0/counts/1/value", phase2.Categories[0].Values[0].PointerOf("n_with_data").ToString());
        // A mean per stage is a characteristic per stage, not categories.
        Assert.Contains(result.Report!.Baseline!.Characteristics, c => c.Name == "Age, Continuous (Phase 1)" && c.Values.Single().Mean == 66);
        Assert.Equal(RuleOutcome.Passed, result.Outcomes["TL0711"]);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TL0711");
    }

    [Fact]
    public void Numbers_with_thousands_separators_are_read()
    {
        var large = Lint("NCT02817841");
        Assert.Equal(1864, large.Report!.Baseline!.Groups.Single().N);
        var age = Characteristic(large, "Age, Categorical");
        // 74 + 1,790 + 0 = 1,864: the categories add up to the group, and nothing is reported.
        Assert.Equal([74L, 1790L, 0L], age.Categories.Select(c => c.Values.Single().N!.Value));
        Assert.Equal(RuleOutcome.Passed, large.Outcomes["TL0711"]);
        Assert.DoesNotContain(large.Diagnostics, d => d.Id == "TL0711");

        var medians = Lint("NCT03087773");
        var ntprobnp = Characteristic(medians, "N-terminal prohormone of brain natriuretic peptide").Values[0];
        Assert.Equal((1272.0, 773.0, 2247.0, 237L), (ntprobnp.Median, ntprobnp.Q1, ntprobnp.Q3, ntprobnp.NWithData));
        Assert.Equal("/resultsSection/baselineCharacteristicsModule/measures/36/classes/0/categories/0/measurements/0/upperLimit", ntprobnp.PointerOf("q3").ToString());
    }

    [Theory]
    [InlineData("NCT00252187")]
    [InlineData("NCT03170375")]
    [InlineData("NCT02817841")]
    [InlineData("NCT03087773")]
    public void The_imported_report_keeps_the_baseline_table_and_is_valid(string nctId)
    {
        var imported = ReportImporter.Import(PathOf(nctId), today: new DateOnly(2025, 6, 1));
        Assert.Null(imported.Error);

        var tree = YamlSyntaxParser.Parse(new SourceText(nctId + ".trial.yaml", imported.Yaml!));
        Assert.Empty(tree.Diagnostics);
        var problems = SchemaValidator.Validate(tree);
        Assert.True(problems.IsEmpty, string.Join("\n", problems));
        Assert.Contains("  characteristics:\n", imported.Yaml, StringComparison.Ordinal);

        var fromRecord = Lint(nctId).Diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
        var fromReport = RegistryRecords.Engine.LintText(nctId + ".trial.yaml", imported.Yaml!);
        Assert.Equal(fromRecord, fromReport.Diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(Lint(nctId).Report!.Baseline!.Characteristics.Length, fromReport.Report!.Baseline!.Characteristics.Length);
    }
}
