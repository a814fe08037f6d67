using System.Text;
using TrialLint.Diagnostics;
using TrialLint.Engine;
using TrialLint.Syntax;
using TrialLint.Tests.Infrastructure;
using TrialLint.Text;

namespace TrialLint.Tests.Syntax;

/// <summary>
/// Broken YAML and JSON: one finding at the place the user has to fix, in words the user can act on, and never an
/// exception or an internal error. Also the YAML and JSON features a report may not use (repeated keys, aliases,
/// several documents, absurd nesting).
/// </summary>
public class SyntaxErrorTests
{
    private const string Yaml = "test.trial.yaml";
    private const string Json = "test.trial.json";

    private static FileResult LintClean(string text, string path)
    {
        var result = Lint.Text(text, path);
        Assert.False(result.HasInternalError, "internal error: " + string.Join("; ", result.Diagnostics.Select(d => d.ToString())));
        return result;
    }

    private static Diagnostic Single(string text, string id, string path = Yaml)
    {
        var result = LintClean(text, path);
        return Assert.Single(result.Diagnostics, d => d.Id == id);
    }

    private static string Start(Diagnostic d) => $"{d.Location.StartLine}:{d.Location.StartColumn}";

    private static void AssertReadable(string message)
    {
        foreach (string jargon in new[] { "LineNumber", "BytePositionInLine", "isFinalBlock", "Line:", "Col:", "Idx:" })
            Assert.DoesNotContain(jargon, message, StringComparison.Ordinal);
    }

    // ---- YAML syntax errors (TL0010) ----

    [Fact]
    public void Yaml_key_indented_less_than_its_siblings()
    {
        var d = Single("format_version: 1\ndesign:\n  type: parallel\n phase: \"3\"\n", "TL0010");

        Assert.Equal("4:2", Start(d));
        Assert.StartsWith("The YAML cannot be parsed: ", d.Message, StringComparison.Ordinal);
        AssertReadable(d.Message);
    }

    [Fact]
    public void Yaml_key_indented_more_than_its_siblings_is_reported_on_its_line()
    {
        var d = Single("format_version: 1\ndesign:\n  type: parallel\n    phase: \"3\"\n", "TL0010");

        Assert.Equal(4, d.Location.StartLine);
        AssertReadable(d.Message);
    }

    [Fact]
    public void Yaml_unclosed_quote_is_reported_at_the_opening_quote()
    {
        var d = Single("format_version: 1\ntitle: \"Exemplotide versus placebo\nacronym: EX\n", "TL0010");

        Assert.Equal("2:8", Start(d));
        AssertReadable(d.Message);
    }

    [Fact]
    public void Yaml_unclosed_quote_at_the_end_of_the_file_is_reported_at_the_opening_quote()
    {
        var d = Single("format_version: 1\ntitle: 'Exemplotide", "TL0010");

        Assert.Equal("2:8", Start(d));
        AssertReadable(d.Message);
    }

    [Theory]
    [InlineData("format_version: 1\ndesign:\n\ttype: parallel\n", 3)]
    [InlineData("format_version: 1\ntitle: x\ndesign:\n  type: parallel\nsetting:\n\tsites: 3\n", 6)]
    public void Yaml_tab_indentation_is_reported_on_the_line_with_the_tab(string yaml, int line)
    {
        var d = Single(yaml, "TL0010");

        Assert.Equal($"{line}:1", Start(d));
        Assert.Contains("tab", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_unclosed_flow_list_followed_by_more_keys_is_a_syntax_error_not_a_crash()
    {
        string yaml = "format_version: 1\npacks: [consort-2025, consort-harms-2022\ntitle: x\n";

        Assert.Null(Record.Exception(() => YamlSyntaxParser.Parse(new SourceText(Yaml, yaml))));
        var result = LintClean(yaml, Yaml);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("TL0010", d.Id);
    }

    [Fact]
    public void Yaml_unclosed_flow_list_at_the_end_of_the_file_is_a_syntax_error()
    {
        var d = Single("format_version: 1\npacks: [consort-2025\n", "TL0010");

        AssertReadable(d.Message);
    }

    [Theory]
    [InlineData("format_version: 1\ndesign:\n  type: parallel\n phase: \"3\"\n")]
    [InlineData("format_version: 1\ntitle: \"abc\n")]
    [InlineData("format_version: 1\ndesign:\n\ttype: parallel\n")]
    [InlineData("format_version: 1\na: b: c\n")]
    [InlineData("format_version: 1\n- item\n")]
    [InlineData("format_version: 1\nx: {a: 1\n")]
    [InlineData("[a]: 1\n")]
    [InlineData("format_version: 1\n*alias : 1\n")]
    [InlineData("format_version: 1\npacks: [a, b\ntitle: x\n")]
    public void Broken_yaml_never_throws_and_stops_checking(string yaml)
    {
        SyntaxTree? tree = null;
        Assert.Null(Record.Exception(() => tree = YamlSyntaxParser.Parse(new SourceText(Yaml, yaml))));
        Assert.True(tree!.HasFatalErrors);

        var result = LintClean(yaml, Yaml);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("TL0010", d.Id);
        AssertReadable(d.Message);
    }

    // ---- JSON syntax errors (TL0011) ----

    [Fact]
    public void Json_trailing_comma()
    {
        var d = Single("{\n  \"format_version\": 1,\n}\n", "TL0011", Json);

        Assert.Equal("3:1", Start(d));
        Assert.Contains("trailing comma", d.Message, StringComparison.Ordinal);
        AssertReadable(d.Message);
    }

    [Fact]
    public void Json_comment()
    {
        var d = Single("{\n  // a note\n  \"format_version\": 1\n}\n", "TL0011", Json);

        Assert.Equal("2:3", Start(d));
        Assert.Contains("comments", d.Message, StringComparison.Ordinal);
        AssertReadable(d.Message);
    }

    [Fact]
    public void Json_unclosed_brace()
    {
        var d = Single("{\n  \"format_version\": 1,\n  \"flow\": {\n    \"enrolled\": 5\n", "TL0011", Json);

        Assert.Contains("closed", d.Message, StringComparison.Ordinal);
        AssertReadable(d.Message);
    }

    [Fact]
    public void Json_missing_comma_is_reported_at_the_next_member()
    {
        var d = Single("{\n  \"format_version\": 1\n  \"title\": \"x\"\n}\n", "TL0011", Json);

        Assert.Equal("3:3", Start(d));
        AssertReadable(d.Message);
    }

    [Fact]
    public void Json_error_after_non_ascii_text_is_in_utf16_columns()
    {
        var d = Single("{\"title\": \"caf\u00e9 \U0001F600\",, \"n\": 1}", "TL0011", Json);

        // {"title": "café 😀" is 19 UTF-16 code units (23 bytes): the first comma is at 20, the stray one at 21.
        Assert.Equal("1:21", Start(d));
    }

    [Fact]
    public void Json_error_in_a_crlf_file_is_on_the_right_line()
    {
        var d = Single("{\r\n  \"format_version\": 1,\r\n  \"title\": 'x'\r\n}\r\n", "TL0011", Json);

        Assert.Equal("3:12", Start(d));
    }

    [Theory]
    [InlineData("{\n  \"format_version\": 1,\n}\n")]
    [InlineData("{\n  // a note\n  \"format_version\": 1\n}\n")]
    [InlineData("{\n  \"format_version\": 1,\n  \"flow\": {\n")]
    [InlineData("{\n  \"format_version\": 1\n  \"title\": \"x\"\n}\n")]
    [InlineData("{'format_version': 1}")]
    [InlineData("{\"format_version\": tru}")]
    [InlineData("{\"format_version\": 1} extra")]
    [InlineData("{\"format_version\": 01}")]
    public void Broken_json_never_throws_and_has_a_readable_message(string json)
    {
        SyntaxTree? tree = null;
        Assert.Null(Record.Exception(() => tree = JsonSyntaxParser.Parse(new SourceText(Json, json))));
        Assert.True(tree!.HasFatalErrors);

        var result = LintClean(json, Json);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("TL0011", d.Id);
        Assert.StartsWith("The JSON cannot be parsed: ", d.Message, StringComparison.Ordinal);
        AssertReadable(d.Message);
    }

    // ---- Repeated keys (TL0012) ----

    [Fact]
    public void Yaml_duplicate_key_is_reported_at_the_second_key_and_the_first_value_is_kept()
    {
        var result = LintClean("format_version: 1\ntitle: First\nacronym: A\ntitle: Second\n", Yaml);

        var d = Assert.Single(result.Diagnostics, x => x.Id == "TL0012");
        Assert.Equal("4:1", Start(d));
        Assert.Equal((4, 6), (d.Location.EndLine, d.Location.EndColumn));
        Assert.Equal("/title", d.Location.Pointer.ToString());
        Assert.Contains("'title'", d.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", d.Message, StringComparison.Ordinal);
        var title = Assert.IsType<ScalarNode>(((MappingNode)result.Tree!.Root!)["title"]);
        Assert.Equal("First", title.Value);
    }

    [Fact]
    public void Yaml_duplicate_key_in_a_nested_flow_mapping()
    {
        var result = LintClean("format_version: 1\ndesign: {type: parallel, type: crossover}\n", Yaml);

        var d = Assert.Single(result.Diagnostics, x => x.Id == "TL0012");
        Assert.Equal("2:26", Start(d));
        Assert.Equal("/design/type", d.Location.Pointer.ToString());
    }

    [Fact]
    public void Json_duplicate_key_is_reported_at_the_second_key_and_the_first_value_is_kept()
    {
        var result = LintClean("{\"format_version\": 1, \"title\": \"First\", \"title\": \"Second\"}", Json);

        var d = Assert.Single(result.Diagnostics, x => x.Id == "TL0012");
        Assert.Equal("1:41", Start(d));
        Assert.Equal("/title", d.Location.Pointer.ToString());
        Assert.Contains("line 1", d.Message, StringComparison.Ordinal);
        var title = Assert.IsType<ScalarNode>(((MappingNode)result.Tree!.Root!)["title"]);
        Assert.Equal("First", title.Value);
    }

    [Fact]
    public void Json_duplicate_key_on_a_later_line_names_the_first_line()
    {
        var result = LintClean("{\n  \"format_version\": 1,\n  \"title\": \"First\",\n  \"title\": \"Second\"\n}", Json);

        var d = Assert.Single(result.Diagnostics, x => x.Id == "TL0012");
        Assert.Equal("4:3", Start(d));
        Assert.Contains("line 3", d.Message, StringComparison.Ordinal);
    }

    // ---- Anchors and aliases (TL0013) ----

    [Fact]
    public void Yaml_anchor_and_alias_are_both_reported()
    {
        var result = LintClean("format_version: 1\ntitle: &t Trial\nacronym: *t\n", Yaml);

        var findings = result.Diagnostics.Where(d => d.Id == "TL0013").ToList();
        Assert.Equal(2, findings.Count);
        Assert.Equal("2:8", Start(findings[0]));
        Assert.Equal("3:10", Start(findings[1]));
        Assert.Contains("anchors and aliases", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_alias_is_not_expanded()
    {
        var result = LintClean("format_version: 1\ntitle: &t Trial\nacronym: *t\n", Yaml);

        var acronym = Assert.IsType<ScalarNode>(((MappingNode)result.Tree!.Root!)["acronym"]);
        Assert.NotEqual("Trial", acronym.Value);
    }

    [Fact]
    public void Yaml_merge_key_alias_is_reported()
    {
        var result = LintClean("format_version: 1\nx-base: &b {a: 1}\nx-copy:\n  <<: *b\n", Yaml);

        var findings = result.Diagnostics.Where(d => d.Id == "TL0013").Select(Start).ToList();
        Assert.Equal(new[] { "2:9", "4:7" }, findings);
    }

    // ---- Several documents (TL0014) ----

    [Fact]
    public void Yaml_second_document_is_reported_at_its_start()
    {
        var d = Single("format_version: 1\ntitle: One\n---\nformat_version: 1\ntitle: Two\n", "TL0014");

        Assert.Equal("3:1", Start(d));
    }

    [Fact]
    public void Yaml_single_document_with_explicit_markers_is_fine()
    {
        var result = LintClean("---\nformat_version: 1\n...\n", Yaml);

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TL0014");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TL0010");
    }

    [Fact]
    public void Only_the_first_document_is_checked()
    {
        var result = LintClean("format_version: 1\n---\nformat_version: 2\nnot_a_key: 1\n", Yaml);

        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "TL0020" or "TL0022");
    }

    // ---- Nesting limit (TL0004) ----

    private static string DeepFlowList(int depth) => new string('[', depth) + new string(']', depth);

    private static string DeepBlockMapping(int depth)
    {
        var sb = new StringBuilder("format_version: 1\nx-deep:\n");
        for (int i = 1; i < depth; i++) sb.Append(' ', 2 * i).Append("k:\n");
        sb.Append(' ', 2 * depth).Append("v: 1\n");
        return sb.ToString();
    }

    [Fact]
    public void Yaml_flow_lists_nested_deeper_than_64()
    {
        var d = Single("format_version: 1\nx-deep: " + DeepFlowList(100) + "\n", "TL0004");

        Assert.Contains("64", d.Message, StringComparison.Ordinal);
        Assert.Equal(2, d.Location.StartLine);
    }

    [Fact]
    public void Yaml_block_mappings_nested_deeper_than_64()
    {
        var d = Single(DeepBlockMapping(80), "TL0004");

        Assert.Contains("64", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_arrays_nested_deeper_than_64()
    {
        var d = Single("{\"format_version\": 1, \"x-deep\": " + DeepFlowList(100) + "}", "TL0004", Json);

        Assert.Contains("64", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Yaml)]
    [InlineData(Json)]
    public void Nesting_of_exactly_64_levels_is_accepted_and_65_is_not(string path)
    {
        // The report itself is level 1, so 63 lists inside it make 64 levels.
        string Doc(int lists) => path == Json
            ? "{\"format_version\": 1, \"x-deep\": " + DeepFlowList(lists) + "}"
            : "format_version: 1\nx-deep: " + DeepFlowList(lists) + "\n";

        Assert.DoesNotContain(LintClean(Doc(63), path).Diagnostics, d => d.Id == "TL0004");
        Assert.Contains(LintClean(Doc(64), path).Diagnostics, d => d.Id == "TL0004");
    }

    [Theory]
    [InlineData(Yaml)]
    [InlineData(Json)]
    public void Hostile_nesting_does_not_overflow_the_stack(string path)
    {
        string open = new string('[', 200_000);
        string text = path == Json ? "{\"x-deep\": " + open : "x-deep: " + open + "\n";

        var result = LintClean(text, path);

        Assert.Contains(result.Diagnostics, d => d.Id is "TL0004" or "TL0010" or "TL0011");
    }
}
