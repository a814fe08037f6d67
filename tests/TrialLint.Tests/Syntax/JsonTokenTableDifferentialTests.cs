using System.Text;
using TrialLint.Diagnostics;
using TrialLint.Syntax;
using TrialLint.Tests.Infrastructure;
using TrialLint.Text;

namespace TrialLint.Tests.Syntax;

/// <summary>
/// A registry record is read into a <see cref="JsonTokenTable"/> instead of a tree of nodes; the table must say what
/// the parser's tree says. For every value of every JSON file of the tests (the registry records among them) and of
/// text made to trip the table's shortcuts: the same kind and value, the same pointer text, and the same location,
/// key location and pointer for the value, for a missing member below it and for a list index past its end. Also: the
/// table refuses exactly what the parser reports as broken, and a table's tree builds no nodes until asked.
/// </summary>
public class JsonTokenTableDifferentialTests
{
    public static TheoryData<string> JsonFiles() => JsonParserDifferentialTests.JsonFiles();

    [Theory]
    [MemberData(nameof(JsonFiles))]
    public void Every_json_file_of_the_tests_reads_the_same_from_the_table(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Root, file));
        var source = SourceDecoder.Decode(file, bytes, out _);
        if (source is null) return; // not UTF-8: never reaches the parser
        AssertSameAsTree(source, SourceDecoder.WithoutByteOrderMark(bytes).ToArray());
    }

    public static TheoryData<string> Texts()
    {
        var texts = new TheoryData<string>();
        foreach (string text in JsonParserDifferentialTests.Texts()) texts.Add(text);
        // Non-ASCII text across the table's 4 KB checkpoints, so positions after it are counted in characters.
        texts.Add("{\"a\": [" + string.Join(", ", Enumerable.Range(0, 900).Select(i => $"\"é€😀{i}\"")) + "], \"b\": {\"c\": \"ü\"}}");
        texts.Add("{\"items\": [" + string.Join(", ", Enumerable.Range(0, 40).Select(i => $"{{\"k{i % 3}\": \"{new string('ä', i * 7)}\", \"n\": {i}}}")) + "]}");
        texts.Add("{\"k\\u0031\": 1, \"k1\": 2, \"~/\": {\"a/b\": [null, \" \", \"1,553\"]}}");
        return texts;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Text_made_to_trip_the_shortcuts_reads_the_same_from_the_table(string json)
    {
        AssertSameAsTree(new SourceText("t.json", json), Encoding.UTF8.GetBytes(json));
    }

    [Fact]
    public void A_registry_record_is_linted_without_building_nodes()
    {
        string path = Path.Combine(RepoPaths.Root, "tests", "TrialLint.Tests", "Registry", "Records", "NCT00763412.json");
        var bytes = File.ReadAllBytes(path);
        var tree = SyntaxParser.Parse(SourceDecoder.Decode(path, bytes, out _)!, SourceDecoder.WithoutByteOrderMark(bytes).ToArray());
        Assert.NotNull(tree.Table);
        var (reports, _) = TrialLint.Registry.CtGovMapper.MapStudies(tree);
        Assert.Single(reports);
        Assert.False(tree.HasNodes);
        Assert.Equal(tree.Table!.Count, tree.NodeCount);
        Assert.IsType<MappingNode>(tree.Root); // built when asked, by the parser
        Assert.True(tree.HasNodes);
    }

    private static void AssertSameAsTree(SourceText source, byte[] utf8)
    {
        var parsed = JsonSyntaxParser.Parse(source, utf8);
        var table = JsonTokenTable.TryParse(utf8);
        bool broken = parsed.Root is null || parsed.NodeCount > SyntaxLimits.MaxNodes
            || parsed.Diagnostics.Any(d => d.Descriptor != InputDiagnostics.DuplicateKey);
        Assert.Equal(broken, table is null);
        if (table is null) return;
        Assert.Equal(parsed.Diagnostics.Any(d => d.Descriptor == InputDiagnostics.DuplicateKey), table.HasDuplicateKeys);
        Assert.Equal(parsed.NodeCount, table.Count);

        var fromTable = SyntaxTree.ForTable(source, table, null, parsed.Diagnostics);
        var pending = new Stack<SyntaxNode>();
        pending.Push(parsed.Root!);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            var pointer = node.Pointer;
            var (index, _, _) = table.Resolve(pointer.Segments, strictIndexes: true);
            Assert.True(index >= 0, $"{pointer} is not in the table");
            Assert.Equal(pointer.ToString(), table.PointerOf(index).ToString());
            AssertSameKindAndValue(node, table, index);
            AssertSameLocations(parsed, fromTable, pointer);
            switch (node)
            {
                case MappingNode mapping:
                    AssertSameLocations(parsed, fromTable, pointer.Append("no such key"));
                    foreach (var property in mapping.Properties)
                    {
                        Assert.Equal(property.Name, table.KeyOf(table.Member(index, property.Name)));
                        pending.Push(property.Value);
                    }
                    break;
                case SequenceNode sequence:
                    Assert.Equal(sequence.Items.Count, table.ItemCount(index));
                    AssertSameLocations(parsed, fromTable, pointer.Append(sequence.Items.Count));
                    AssertSameLocations(parsed, fromTable, pointer.Append(sequence.Items.Count).Append("below"));
                    foreach (var item in sequence.Items) pending.Push(item);
                    break;
            }
        }
        Assert.False(fromTable.HasNodes);
    }

    private static void AssertSameKindAndValue(SyntaxNode node, JsonTokenTable table, int index)
    {
        var kind = table.KindOf(index);
        switch (node)
        {
            case MappingNode:
                Assert.Equal(JsonTokenTable.ValueKind.Object, kind);
                break;
            case SequenceNode:
                Assert.Equal(JsonTokenTable.ValueKind.Array, kind);
                break;
            case ScalarNode scalar:
                var expected = scalar.Type switch
                {
                    ScalarType.String => JsonTokenTable.ValueKind.String,
                    ScalarType.Integer => JsonTokenTable.ValueKind.Integer,
                    ScalarType.Float => JsonTokenTable.ValueKind.Float,
                    ScalarType.Boolean => JsonTokenTable.ValueKind.Boolean,
                    _ => JsonTokenTable.ValueKind.Null,
                };
                Assert.Equal(expected, kind);
                Assert.Equal(scalar.Value, table.ScalarText(index));
                break;
        }
    }

    private static void AssertSameLocations(SyntaxTree parsed, SyntaxTree fromTable, JsonPointer pointer)
    {
        Assert.Equal(parsed.GetLocation(pointer), fromTable.GetLocation(pointer));
        Assert.Equal(parsed.GetKeyLocation(pointer), fromTable.GetKeyLocation(pointer));
    }
}
