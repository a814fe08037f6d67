using TrialLint.Diagnostics;
using TrialLint.Engine;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Schema;

/// <summary>
/// Reports that parse but break the published schema (schemas/trial-report.schema.json): each problem is one
/// finding at the value (or key) to fix, with a message that names the key and says what is expected.
/// </summary>
public class SchemaErrorTests
{
    private static string Span(Location l) => $"{l.StartLine}:{l.StartColumn}-{l.EndLine}:{l.EndColumn}";

    private static Diagnostic Single(string text, string id, string path = "test.trial.yaml")
    {
        var result = Lint.Text(text, path);
        Assert.False(result.HasInternalError, string.Join("; ", result.Diagnostics));
        return Assert.Single(result.Diagnostics, d => d.Id == id);
    }

    private static bool IsInputFinding(Diagnostic d) => d.Id.StartsWith("TL00", StringComparison.Ordinal);

    [Fact]
    public void Text_where_a_count_belongs()
    {
        var d = Single("format_version: 1\nflow:\n  enrolled: eight\n", "TL0021");

        Assert.Equal("3:13-3:18", Span(d.Location));
        Assert.Equal("/flow/enrolled", d.Location.Pointer.ToString());
        Assert.Contains("'enrolled'", d.Message, StringComparison.Ordinal);
        Assert.Contains("a whole number", d.Message, StringComparison.Ordinal);
        Assert.Contains("eight", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_where_a_count_belongs_in_json()
    {
        var d = Single("{\"format_version\": 1, \"flow\": {\"enrolled\": \"eight\"}}", "TL0021", "test.trial.json");

        Assert.Equal("1:44-1:51", Span(d.Location));
        Assert.Contains("a whole number", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fraction_where_a_count_belongs()
    {
        var d = Single("format_version: 1\nsetting:\n  sites: 2.5\n", "TL0021");

        Assert.Equal("3:10-3:13", Span(d.Location));
        Assert.Contains("'sites' should be a whole number", d.Message, StringComparison.Ordinal);
        Assert.Contains("2.5", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_where_a_list_belongs()
    {
        var d = Single("format_version: 1\narms: exemplotide\n", "TL0021");

        Assert.Equal("2:7-2:18", Span(d.Location));
        Assert.Contains("'arms' should be a list", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_count()
    {
        var d = Single("format_version: 1\nflow:\n  enrolled: -3\n", "TL0024");

        Assert.Equal("3:13-3:15", Span(d.Location));
        Assert.Contains("'enrolled'", d.Message, StringComparison.Ordinal);
        Assert.Contains("negative", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Misspelt_key_is_reported_at_the_key_with_a_suggestion()
    {
        var d = Single(
            "format_version: 1\nflow:\n  periods:\n    - groups:\n        - arm: a\n          allocated: 5\n          analyzed: 5\n",
            "TL0022");

        Assert.Equal("7:11-7:19", Span(d.Location));
        Assert.Equal("/flow/periods/0/groups/0/analyzed", d.Location.Pointer.ToString());
        Assert.Contains("'analyzed'", d.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'analysed'?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Misspelt_top_level_key_gets_a_suggestion()
    {
        var d = Single("format_version: 1\ntitel: Exemplotide\n", "TL0022");

        Assert.Equal("2:1-2:6", Span(d.Location));
        Assert.Contains("did you mean 'title'?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_key_with_no_near_match_gets_no_suggestion()
    {
        var d = Single("format_version: 1\nzebra_crossing_count: 4\n", "TL0022");

        Assert.DoesNotContain("did you mean", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extension_keys_are_accepted_anywhere()
    {
        var result = Lint.Text("format_version: 1\nx-internal: {anything: [1, 2]}\nflow:\n  x-note: fine\n");

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TL0022");
    }

    [Fact]
    public void Value_not_in_the_allowed_list()
    {
        var d = Single("format_version: 1\ndesign:\n  type: parrallel\n", "TL0023");

        Assert.Equal("3:9-3:18", Span(d.Location));
        Assert.Contains("'type' must be one of parallel, crossover", d.Message, StringComparison.Ordinal);
        Assert.Contains("'parrallel'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Date_in_the_wrong_form()
    {
        var d = Single("format_version: 1\ndates:\n  recruitment_start: 01/02/2022\n", "TL0023");

        Assert.Equal("3:22-3:32", Span(d.Location));
        Assert.Contains("YYYY-MM-DD", d.Message, StringComparison.Ordinal);
        Assert.Contains("'01/02/2022'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unquoted_date_is_text_and_fits_a_date_field()
    {
        // YAML 1.1 would read 2022-02-01 as a timestamp; under YAML 1.2 it is text, which the schema expects.
        var result = Lint.Text("format_version: 1\ndates:\n  recruitment_start: 2022-02-01\n");

        Assert.DoesNotContain(result.Diagnostics, d => d.Descriptor.Category == TrialLint.Diagnostics.DiagnosticCategory.Input
            && d.Location.Pointer.ToString().StartsWith("/dates", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_arm_in_a_flow_group()
    {
        var d = Single("format_version: 1\nflow:\n  periods:\n    - groups:\n        - {allocated: 5, analysed: 5}\n", "TL0025");

        Assert.True(d.Location.IsMissing);
        Assert.EndsWith("/arm", d.Location.Pointer.ToString(), StringComparison.Ordinal);
        Assert.Equal("/flow/periods/0/groups/0/arm", d.Location.Pointer.ToString());
        Assert.Equal((5, 11), (d.Location.StartLine, d.Location.StartColumn));
        Assert.Contains("needs 'arm'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_format_version()
    {
        var result = Lint.Text("title: Exemplotide\n");

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("TL0020", d.Id);
        Assert.True(d.Location.IsMissing);
        Assert.Equal("/format_version", d.Location.Pointer.ToString());
        Assert.Contains("'format_version' is missing", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unsupported_format_version_stops_before_the_analyzers()
    {
        // Analysed 9 of 5 allocated would be TL0104 in a version-1 report.
        var result = Lint.Text("format_version: 2\nflow:\n  enrolled: 10\n  periods:\n    - groups:\n        - {arm: a, allocated: 5, analysed: 9}\n");

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("TL0020", d.Id);
        Assert.Equal("1:17-1:18", Span(d.Location));
        Assert.Contains("(2)", d.Message, StringComparison.Ordinal);
        Assert.Null(result.Report);
    }

    [Fact]
    public void Format_version_written_as_text_is_not_version_1()
    {
        // The schema says format_version is the number 1; "1" in quotes is text, as a JSON Schema validator in an
        // editor reports it.
        var d = Single("format_version: \"1\"\n", "TL0020");

        Assert.Equal("1:17-1:20", Span(d.Location));
    }

    [Theory]
    [InlineData("- a\n- b\n", "test.trial.yaml", "a list")]
    [InlineData("just some text\n", "test.trial.yaml", "text")]
    [InlineData("42\n", "test.trial.yaml", "a whole number")]
    [InlineData("[1, 2]", "test.trial.json", "a list")]
    public void A_report_that_is_not_a_set_of_keys_gets_one_finding_at_the_start(string text, string path, string actual)
    {
        var result = Lint.Text(text, path);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("TL0021", d.Id);
        Assert.Equal((1, 1), (d.Location.StartLine, d.Location.StartColumn));
        Assert.Contains("The report should be a set of keys and values", d.Message, StringComparison.Ordinal);
        Assert.Contains(actual, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_example_report_has_no_findings()
    {
        string path = RepoPaths.Combine("seeds", "example-randomised.trial.yaml");
        var result = new LintEngine().LintFile(path);

        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        Assert.NotNull(result.Report);
    }

    [Fact]
    public void A_rejected_value_does_not_also_trip_the_flow_analyzers()
    {
        var result = Lint.Text("format_version: 1\nflow:\n  enrolled: 5\n  periods:\n    - groups:\n        - {arm: a, allocated: 5, received: \"seven\", analysed: 5}\n");

        var d = Assert.Single(result.Diagnostics, x => x.Id == "TL0021");
        Assert.Equal("6:44-6:51", Span(d.Location));
        Assert.Contains("'received'", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, x => x.Id == "TL0101");
        Assert.All(
            result.Diagnostics.Where(x => x.Location.Pointer.ToString().StartsWith("/flow/periods/0/groups/0/received", StringComparison.Ordinal)),
            x => Assert.True(IsInputFinding(x), x.ToString()));
    }

    [Fact]
    public void A_negative_count_does_not_also_trip_the_arithmetic_checks()
    {
        // The model still reads -3, so without the filter TL0101 would say 8 participants are not accounted for.
        var result = Lint.Text("format_version: 1\nflow:\n  enrolled: 5\n  periods:\n    - groups:\n        - {arm: a, allocated: 5, received: -3, analysed: 5}\n");

        Assert.Single(result.Diagnostics, x => x.Id == "TL0024");
        Assert.DoesNotContain(result.Diagnostics, x => x.Id == "TL0101");
    }
}
