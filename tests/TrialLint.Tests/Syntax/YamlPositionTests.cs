using System.Text;
using TrialLint.Diagnostics;
using TrialLint.Syntax;
using TrialLint.Text;

using static TrialLint.Tests.Infrastructure.TreePositions;

namespace TrialLint.Tests.Syntax;

/// <summary>
/// Where YAML keys and values are: 1-based line and column (UTF-16 code units), end exclusive, and the JSON
/// Pointer that names them. Findings are reported at these locations, so an off-by-one here points users at the
/// wrong character.
/// </summary>
public class YamlPositionTests
{
    private static SyntaxTree Parse(string yaml)
    {
        var tree = YamlSyntaxParser.Parse(new SourceText("t.trial.yaml", yaml));
        Assert.Empty(tree.Diagnostics);
        Assert.NotNull(tree.Root);
        return tree;
    }

    [Fact]
    public void Block_style_keys_and_values()
    {
        var tree = Parse("format_version: 1\nflow:\n  enrolled: 200\n  periods:\n    - id: main\n");

        Assert.Equal("1:1-1:15", KeyAt(tree, "/format_version"));
        Assert.Equal("1:17-1:18", ValueAt(tree, "/format_version"));
        Assert.Equal("3:3-3:11", KeyAt(tree, "/flow/enrolled"));
        Assert.Equal("3:13-3:16", ValueAt(tree, "/flow/enrolled"));
        Assert.Equal("5:7-5:9", KeyAt(tree, "/flow/periods/0/id"));
        Assert.Equal("5:11-5:15", ValueAt(tree, "/flow/periods/0/id"));
    }

    [Fact]
    public void A_set_of_keys_or_a_list_is_located_at_the_key_that_introduces_it()
    {
        var tree = Parse("format_version: 1\nflow:\n  enrolled: 200\n  periods:\n    - id: main\n");

        Assert.Equal("2:1-2:5", ValueAt(tree, "/flow"));
        Assert.Equal("4:3-4:10", ValueAt(tree, "/flow/periods"));
    }

    [Fact]
    public void Nodes_carry_their_json_pointer()
    {
        var tree = Parse("arms:\n  - id: a\n  - id: b\n");

        var arms = Assert.IsType<SequenceNode>(((MappingNode)tree.Root!)["arms"]);
        Assert.Equal("/arms", arms.Pointer.ToString());
        Assert.Equal("/arms/1", arms.Items[1].Pointer.ToString());
        Assert.Equal("/arms/1/id", Scalar(tree, "/arms/1/id").Pointer.ToString());
        Assert.Equal("3:9-3:10", ValueAt(tree, "/arms/1/id"));
    }

    [Fact]
    public void Flow_style_keys_and_values()
    {
        var tree = Parse("{a: 1, b: [1, 2]}");

        Assert.Equal("1:2-1:3", KeyAt(tree, "/a"));
        Assert.Equal("1:5-1:6", ValueAt(tree, "/a"));
        Assert.Equal("1:8-1:9", KeyAt(tree, "/b"));
        Assert.Equal("1:12-1:13", ValueAt(tree, "/b/0"));
        Assert.Equal("1:15-1:16", ValueAt(tree, "/b/1"));
        Assert.Equal("2", Scalar(tree, "/b/1").Value);
    }

    [Fact]
    public void Flow_style_inside_block_style()
    {
        var tree = Parse("groups:\n  - {arm: a, n: 12}\n  - {arm: b, n: 7}\n");

        Assert.Equal("3:11-3:12", ValueAt(tree, "/groups/1/arm"));
        Assert.Equal("3:14-3:15", KeyAt(tree, "/groups/1/n"));
        Assert.Equal("3:17-3:18", ValueAt(tree, "/groups/1/n"));
    }

    [Fact]
    public void A_flow_mapping_list_item_is_located_from_its_opening_to_its_closing_brace()
    {
        // A finding about the whole item (e.g. a required key missing from it) underlines the item; the closing
        // brace belongs to it, as it does for the same item written in JSON.
        var tree = Parse("groups:\n  - {arm: a, n: 12}\n");

        Assert.Equal("2:5-2:20", ValueAt(tree, "/groups/0"));
    }

    [Fact]
    public void Crlf_line_breaks_give_the_same_positions_as_lf()
    {
        var tree = Parse("a: 1\r\nb:\r\n  c: xy\r\n  d: [1, 2]\r\n");

        Assert.Equal("1:4-1:5", ValueAt(tree, "/a"));
        Assert.Equal("3:3-3:4", KeyAt(tree, "/b/c"));
        Assert.Equal("3:6-3:8", ValueAt(tree, "/b/c"));
        Assert.Equal("4:10-4:11", ValueAt(tree, "/b/d/1"));
        Assert.Equal("xy", Scalar(tree, "/b/c").Value);
    }

    [Fact]
    public void Crlf_line_breaks_after_a_block_scalar_keep_later_positions_right()
    {
        var tree = Parse("a: |\r\n  one\r\n  two\r\nb: 2\r\n");

        Assert.Equal("one\ntwo\n", Scalar(tree, "/a").Value);
        Assert.Equal("4:1-4:2", KeyAt(tree, "/b"));
        Assert.Equal("4:4-4:5", ValueAt(tree, "/b"));
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_not_a_column()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("format_version: 1\ntitle: x\n")];
        var source = SourceDecoder.Decode("t.trial.yaml", bytes, out var diagnostic);

        Assert.Null(diagnostic);
        Assert.NotNull(source);
        var tree = YamlSyntaxParser.Parse(source);
        Assert.Empty(tree.Diagnostics);
        Assert.Equal("1:1-1:15", Span(tree.GetKeyLocation(JsonPointer.Parse("/format_version"))));
        Assert.Equal("1:17-1:18", Span(tree.GetLocation(JsonPointer.Parse("/format_version"))));
        Assert.Equal("2:8-2:9", Span(tree.GetLocation(JsonPointer.Parse("/title"))));
    }

    [Fact]
    public void Literal_block_scalar_starts_at_the_indicator_and_keeps_later_positions_right()
    {
        var tree = Parse("a: |\n  line1\n  line2\nb: 1\n");

        var a = tree.GetLocation(JsonPointer.Parse("/a"));
        Assert.Equal((1, 4), (a.StartLine, a.StartColumn));
        Assert.Equal("line1\nline2\n", Scalar(tree, "/a").Value);
        Assert.Equal("4:1-4:2", KeyAt(tree, "/b"));
        Assert.Equal("4:4-4:5", ValueAt(tree, "/b"));
    }

    [Fact]
    public void Folded_block_scalar_starts_at_the_indicator_and_keeps_later_positions_right()
    {
        var tree = Parse("x: 0\nb: >\n  f1\n  f2\nc: 3\n");

        var b = tree.GetLocation(JsonPointer.Parse("/b"));
        Assert.Equal((2, 4), (b.StartLine, b.StartColumn));
        Assert.Equal("f1 f2\n", Scalar(tree, "/b").Value);
        Assert.Equal("5:4-5:5", ValueAt(tree, "/c"));
    }

    [Fact]
    public void A_block_scalar_at_the_end_of_the_file_ends_after_its_last_character()
    {
        var tree = Parse("a: |\n  line1\n  line2");

        Assert.Equal("1:4-3:8", ValueAt(tree, "/a"));
    }

    [Fact]
    public void Double_quoted_string_across_lines_spans_from_quote_to_quote()
    {
        var tree = Parse("c: \"q1\n  q2\"\nd: x\n");

        Assert.Equal("1:4-2:6", ValueAt(tree, "/c"));
        Assert.Equal("q1 q2", Scalar(tree, "/c").Value);
        Assert.Equal("3:4-3:5", ValueAt(tree, "/d"));
    }

    [Fact]
    public void Single_quoted_string_across_lines_spans_from_quote_to_quote()
    {
        var tree = Parse("a: 'it''s\n  here'\nb: 1\n");

        Assert.Equal("1:4-2:8", ValueAt(tree, "/a"));
        Assert.Equal("it's here", Scalar(tree, "/a").Value);
        Assert.Equal("3:4-3:5", ValueAt(tree, "/b"));
    }

    [Fact]
    public void Columns_after_an_accented_letter_count_utf16_code_units()
    {
        var tree = Parse("- {term: café, n: 3}\n");

        // "- {term: café, " is 15 code units: 'n' is at column 16, its value at column 19.
        Assert.Equal("1:16-1:17", KeyAt(tree, "/0/n"));
        Assert.Equal("1:19-1:20", ValueAt(tree, "/0/n"));
    }

    [Fact]
    public void Columns_after_an_emoji_count_it_as_two()
    {
        var tree = Parse("- {term: \"Nausea \U0001F922\", n: 3}\n");

        // The quoted term covers columns 10-20 (the emoji is columns 18-19), so 'n' is at 23, its value at 26.
        Assert.Equal("1:10-1:21", ValueAt(tree, "/0/term"));
        Assert.Equal("1:23-1:24", KeyAt(tree, "/0/n"));
        Assert.Equal("1:26-1:27", ValueAt(tree, "/0/n"));
    }

    [Fact]
    public void A_non_ascii_key_is_located_in_utf16_columns()
    {
        var tree = Parse("é: x\n\U0001F600: y\n");

        Assert.Equal("1:1-1:2", KeyAt(tree, "/é"));
        Assert.Equal("1:4-1:5", ValueAt(tree, "/é"));
        Assert.Equal("2:1-2:3", KeyAt(tree, "/\U0001F600"));
        Assert.Equal("2:5-2:6", ValueAt(tree, "/\U0001F600"));
    }

    [Fact]
    public void Keys_with_slash_and_tilde_are_escaped_in_pointers()
    {
        var tree = Parse("a/b: 1\nm~n: 2\n");

        var root = (MappingNode)tree.Root!;
        Assert.Equal("/a~1b", root["a/b"]!.Pointer.ToString());
        Assert.Equal("/m~0n", root["m~n"]!.Pointer.ToString());
        Assert.Equal("1:6-1:7", ValueAt(tree, "/a~1b"));
        Assert.Equal("2:1-2:4", KeyAt(tree, "/m~0n"));
        Assert.Equal("2:6-2:7", ValueAt(tree, "/m~0n"));
    }

    [Fact]
    public void A_key_that_looks_like_an_escape_round_trips()
    {
        // '~1' must become '~01' (not '/'), and parse back to '~1'.
        var tree = Parse("\"~1\": 1\n");

        var pointer = ((MappingNode)tree.Root!)["~1"]!.Pointer;
        Assert.Equal("/~01", pointer.ToString());
        Assert.Equal(new[] { "~1" }, pointer.Segments);
        Assert.Equal("1:7-1:8", ValueAt(tree, "/~01"));
    }

    [Fact]
    public void A_pointer_to_something_missing_is_marked_missing_at_its_closest_ancestor()
    {
        var tree = Parse("flow:\n  enrolled: 3\n");

        var location = tree.GetLocation(JsonPointer.Parse("/flow/periods/0/arm"));
        Assert.True(location.IsMissing);
        Assert.Equal("/flow/periods/0/arm", location.Pointer.ToString());
        Assert.Equal("1:1-1:5", Span(location));
    }

    [Theory]
    [InlineData("2011-06-01", ScalarType.String)]   // YAML 1.2 has no timestamp type
    [InlineData("\"1\"", ScalarType.String)]
    [InlineData("'1'", ScalarType.String)]
    [InlineData("1", ScalarType.Integer)]
    [InlineData("-12", ScalarType.Integer)]
    [InlineData("1.5", ScalarType.Float)]
    [InlineData("1e3", ScalarType.Float)]
    [InlineData("true", ScalarType.Boolean)]
    [InlineData("false", ScalarType.Boolean)]
    [InlineData("~", ScalarType.Null)]
    [InlineData("null", ScalarType.Null)]
    [InlineData("", ScalarType.Null)]
    [InlineData("yes", ScalarType.String)]         // YAML 1.1's booleans are text in 1.2
    [InlineData("no", ScalarType.String)]
    [InlineData("on", ScalarType.String)]
    [InlineData("\"true\"", ScalarType.String)]
    public void Scalar_types_follow_the_yaml_1_2_core_schema(string written, ScalarType expected)
    {
        var tree = Parse($"k: {written}\n");

        Assert.Equal(expected, Scalar(tree, "/k").Type);
    }

    [Fact]
    public void A_date_stays_text_with_its_value_unchanged()
    {
        var tree = Parse("date: 2011-06-01\n");

        var date = Scalar(tree, "/date");
        Assert.Equal(ScalarType.String, date.Type);
        Assert.Equal("2011-06-01", date.Value);
    }

    [Fact]
    public void An_empty_value_is_located_at_its_key()
    {
        var tree = Parse("a: 1\ne:\n");

        Assert.Equal(ScalarType.Null, Scalar(tree, "/e").Type);
        Assert.Equal("2:1-2:2", ValueAt(tree, "/e"));
    }
}
