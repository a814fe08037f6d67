using System.Text;
using TrialLint.Diagnostics;
using TrialLint.Syntax;
using TrialLint.Text;

using static TrialLint.Tests.Infrastructure.TreePositions;

namespace TrialLint.Tests.Syntax;

/// <summary>
/// Where JSON keys and values are: 1-based line and column in UTF-16 code units (the parser reads UTF-8 bytes,
/// so every multi-byte character before a value is a chance to drift), end exclusive, and their JSON Pointers.
/// </summary>
public class JsonPositionTests
{
    private static SyntaxTree Parse(string json)
    {
        var tree = JsonSyntaxParser.Parse(new SourceText("t.trial.json", json));
        Assert.Empty(tree.Diagnostics);
        Assert.NotNull(tree.Root);
        return tree;
    }

    private const string Indented =
        "{\n" +
        "  \"format_version\": 1,\n" +
        "  \"flow\": {\n" +
        "    \"enrolled\": 200,\n" +
        "    \"periods\": [ { \"id\": \"main\" } ]\n" +
        "  }\n" +
        "}\n";

    [Fact]
    public void Indented_keys_and_values()
    {
        var tree = Parse(Indented);

        Assert.Equal("2:3", KeyStart(tree, "/format_version"));
        Assert.Equal("2:21-2:22", ValueAt(tree, "/format_version"));
        Assert.Equal("4:5", KeyStart(tree, "/flow/enrolled"));
        Assert.Equal("4:17-4:20", ValueAt(tree, "/flow/enrolled"));
        Assert.Equal("5:20", KeyStart(tree, "/flow/periods/0/id"));
        Assert.Equal("5:26-5:32", ValueAt(tree, "/flow/periods/0/id"));
    }

    [Theory]
    [InlineData("{\"a\": 1}", "1:2-1:5")]
    [InlineData("{\"a\" : 1}", "1:2-1:5")]
    [InlineData("{\n  \"enrolled\":\n    5\n}", "2:3-2:13")]
    public void A_key_is_located_from_its_opening_to_its_closing_quote(string json, string expected)
    {
        // The colon after a key is not part of it (YAML keys end before their colon too); an unknown key or a
        // repeated key is underlined exactly.
        var tree = Parse(json);
        string pointer = json.Contains("enrolled", StringComparison.Ordinal) ? "/enrolled" : "/a";

        Assert.Equal(expected, Span(tree.GetKeyLocation(JsonPointer.Parse(pointer))));
    }

    [Fact]
    public void Nodes_carry_their_json_pointer()
    {
        var tree = Parse(Indented);

        var periods = Assert.IsType<SequenceNode>(((MappingNode)((MappingNode)tree.Root!)["flow"]!)["periods"]);
        Assert.Equal("/flow/periods", periods.Pointer.ToString());
        Assert.Equal("/flow/periods/0", periods.Items[0].Pointer.ToString());
        Assert.Equal("/flow/periods/0/id", Scalar(tree, "/flow/periods/0/id").Pointer.ToString());
    }

    [Fact]
    public void A_set_of_keys_or_a_list_is_located_at_its_key()
    {
        var tree = Parse(Indented);

        var flow = tree.GetLocation(JsonPointer.Parse("/flow"));
        var periods = tree.GetLocation(JsonPointer.Parse("/flow/periods"));
        Assert.Equal((3, 3), (flow.StartLine, flow.StartColumn));
        Assert.Equal((5, 5), (periods.StartLine, periods.StartColumn));
    }

    [Fact]
    public void One_line_object_with_an_array()
    {
        var tree = Parse("{\"a\": 1, \"b\": [1, 2]}");

        Assert.Equal("1:2", KeyStart(tree, "/a"));
        Assert.Equal("1:7-1:8", ValueAt(tree, "/a"));
        Assert.Equal("1:10", KeyStart(tree, "/b"));
        Assert.Equal("1:16-1:17", ValueAt(tree, "/b/0"));
        Assert.Equal("1:19-1:20", ValueAt(tree, "/b/1"));
    }

    [Fact]
    public void An_object_list_item_is_located_from_brace_to_brace()
    {
        var tree = Parse("{\"groups\": [{\"arm\": \"a\", \"n\": 12}]}");

        Assert.Equal("1:13-1:34", ValueAt(tree, "/groups/0"));
        Assert.Equal("1:31-1:33", ValueAt(tree, "/groups/0/n"));
    }

    [Fact]
    public void Nested_arrays_on_one_line()
    {
        var tree = Parse("{\"b\": [1, [2, [3, 4]]]}");

        Assert.Equal("1:11-1:22", ValueAt(tree, "/b/1"));
        Assert.Equal("1:16-1:17", ValueAt(tree, "/b/1/1/0"));
        Assert.Equal("1:19-1:20", ValueAt(tree, "/b/1/1/1"));
        Assert.Equal("4", Scalar(tree, "/b/1/1/1").Value);
    }

    [Fact]
    public void Nested_arrays_across_lines()
    {
        var tree = Parse("{\n  \"m\": [\n    [1, 2],\n    [3, [4.5]]\n  ]\n}\n");

        Assert.Equal("3:9-3:10", ValueAt(tree, "/m/0/1"));
        Assert.Equal("4:10-4:13", ValueAt(tree, "/m/1/1/0"));
        Assert.Equal(ScalarType.Float, Scalar(tree, "/m/1/1/0").Type);
    }

    [Fact]
    public void Crlf_line_breaks_give_the_same_positions_as_lf()
    {
        var tree = Parse("{\r\n  \"a\": 1,\r\n  \"b\": null\r\n}");

        Assert.Equal("2:3", KeyStart(tree, "/a"));
        Assert.Equal("2:8-2:9", ValueAt(tree, "/a"));
        Assert.Equal("3:8-3:12", ValueAt(tree, "/b"));
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_not_a_column()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"format_version\": 1}")];
        var source = SourceDecoder.Decode("t.trial.json", bytes, out var diagnostic);

        Assert.Null(diagnostic);
        Assert.NotNull(source);
        var tree = JsonSyntaxParser.Parse(source);
        Assert.Empty(tree.Diagnostics);
        Assert.Equal("1:2", KeyStart(tree, "/format_version"));
        Assert.Equal("1:20-1:21", ValueAt(tree, "/format_version"));
    }

    [Fact]
    public void A_value_after_two_byte_and_four_byte_characters_is_in_utf16_columns()
    {
        var tree = Parse("{\"é\": \"\U0001F600\", \"k\": 7}");

        Assert.Equal("1:7-1:11", ValueAt(tree, "/é"));
        Assert.Equal("1:13", KeyStart(tree, "/k"));
        Assert.Equal("1:18-1:19", ValueAt(tree, "/k"));
    }

    [Fact]
    public void A_value_after_mixed_non_ascii_text_is_in_utf16_columns()
    {
        var tree = Parse("{\"term\": \"Café \U0001F600 naïve\", \"n\": 3}");

        Assert.Equal("1:10-1:25", ValueAt(tree, "/term"));
        Assert.Equal("1:32-1:33", ValueAt(tree, "/n"));
        Assert.Equal("Café \U0001F600 naïve", Scalar(tree, "/term").Value);
    }

    [Fact]
    public void A_multi_byte_character_on_an_earlier_line_does_not_shift_later_lines()
    {
        var tree = Parse("{\n  \"title\": \"\U0001F600\U0001F600\U0001F600\",\n  \"n\": 3\n}");

        Assert.Equal("3:8-3:9", ValueAt(tree, "/n"));
    }

    [Fact]
    public void Escape_sequences_are_located_as_written_and_read_unescaped()
    {
        var tree = Parse("{\"k\": \"a\\u00e9\\\"b\", \"n\": 1}");

        Assert.Equal("1:7-1:19", ValueAt(tree, "/k"));
        Assert.Equal("aé\"b", Scalar(tree, "/k").Value);
        Assert.Equal("1:26-1:27", ValueAt(tree, "/n"));
    }

    [Fact]
    public void Keys_with_slash_and_tilde_are_escaped_in_pointers()
    {
        var tree = Parse("{\"a/b\": 1, \"m~n\": 2}");

        var root = (MappingNode)tree.Root!;
        Assert.Equal("/a~1b", root["a/b"]!.Pointer.ToString());
        Assert.Equal("/m~0n", root["m~n"]!.Pointer.ToString());
        Assert.Equal("1:9-1:10", ValueAt(tree, "/a~1b"));
        Assert.Equal("1:12", KeyStart(tree, "/m~0n"));
        Assert.Equal("1:19-1:20", ValueAt(tree, "/m~0n"));
    }

    [Theory]
    [InlineData("10", ScalarType.Integer, "10")]
    [InlineData("-7", ScalarType.Integer, "-7")]
    [InlineData("0", ScalarType.Integer, "0")]
    [InlineData("1.0", ScalarType.Float, "1.0")]
    [InlineData("2.5", ScalarType.Float, "2.5")]
    [InlineData("1E3", ScalarType.Float, "1E3")]
    [InlineData("1e-2", ScalarType.Float, "1e-2")]
    [InlineData("\"1\"", ScalarType.String, "1")]
    [InlineData("true", ScalarType.Boolean, "true")]
    [InlineData("false", ScalarType.Boolean, "false")]
    [InlineData("null", ScalarType.Null, "null")]
    public void Scalar_types(string written, ScalarType expected, string value)
    {
        var tree = Parse($"{{\"k\": {written}}}");

        var scalar = Scalar(tree, "/k");
        Assert.Equal(expected, scalar.Type);
        Assert.Equal(value, scalar.Value);
    }

    [Fact]
    public void A_large_whole_number_stays_whole()
    {
        var tree = Parse("{\"k\": 9007199254740993}");

        Assert.Equal(9007199254740993L, Scalar(tree, "/k").AsInteger());
    }
}
