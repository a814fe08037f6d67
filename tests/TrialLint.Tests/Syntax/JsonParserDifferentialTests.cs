using System.Text;
using TrialLint.Diagnostics;
using TrialLint.Engine;
using TrialLint.Syntax;
using TrialLint.Tests.Infrastructure;
using TrialLint.Text;

namespace TrialLint.Tests.Syntax;

/// <summary>
/// The fast JSON parser (pointers built on first use, offsets counted forward, strings shared through a cache, read
/// from the file's own bytes) builds the same tree as the parser before it (<see cref="ReferenceJsonParser"/>): the
/// same nodes, JSON Pointers, spans, values, key spans and diagnostics, on every JSON file of the tests and on text
/// made to trip each shortcut (characters of two, three and four bytes before a value, escaped keys, repeated keys
/// in long and short objects, syntax errors after non-ASCII text).
/// </summary>
public class JsonParserDifferentialTests
{
    public static TheoryData<string> JsonFiles()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests"), "*.json", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(RepoPaths.Root, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(JsonFiles))]
    public void Every_json_file_of_the_tests_parses_as_before(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Root, file));
        var source = SourceDecoder.Decode(file, bytes, out _);
        if (source is null) return; // not UTF-8: never reaches the parser
        AssertSameAsReference(source, SourceDecoder.WithoutByteOrderMark(bytes).ToArray());
    }

    public static TheoryData<string> Texts() =>
    [
        "{\"a\": 1}",
        "{\n  \"café\": \"crème brûlée\",\n  \"n\": 12,\n  \"list\": [\"中文\", \"😀 x\", 1.5e3, true, false, null]\n}\n",
        "{\"😀\": {\"😀😀\": [{\"é\": \"€\"}, \"𝄞\"]}, \"after\": \"ok\"}",
        "{\"a/b\": {\"c~d\": {\"e\": 1, \"e\": 2}}, \"a/b\": 3}",
        "{\"x\": [{\"é\": 1, \"é\": 2}]}",
        // A repeated key in an object long enough to be indexed, and one before it is.
        "{" + string.Join(", ", Enumerable.Range(0, 20).Select(i => $"\"k{i}\": {i}")) + ", \"k3\": \"again\", \"k19\": 0, \"new\": 1}",
        "{\"k0\": 0, \"k1\": 1, \"k0\": 2}",
        "{\r\n  \"windows\": \"line ends\",\r\n  \"é\": [1,\r\n 2]\r\n}",
        "{\"escaped\\u00e9\": \"tab\\there \\\"quoted\\\" \\u00e9\", \"short\": \"\\n\"}",
        "{\"long\": \"" + new string('x', 60) + "\", \"longkey" + new string('y', 50) + "\": \"é" + new string('z', 30) + "\"}",
        "{\"numbers\": [0, -1, 1.25, 1E5, 12345678901234567890123456789012345678901234567890123]}",
        "[\"a top-level list\", {\"b\": [[], {}]}]",
        "\"a string\"",
        // Syntax errors, some after non-ASCII text so that the error's column is counted in characters.
        "{\"é\": \"ü\", \"b\": 1,}",
        "{\"中文\": [1, 2",
        "{\"a\": 1} {\"b\": 2}",
        "{\"😀\": \"\\ud800\"}",
        "{\"a\": tru}",
        "{\n  \"a\": 1\n  \"b\": 2\n}",
        "{\"a\": 1 /* comment */}",
        string.Concat(Enumerable.Repeat("[", 70)) + string.Concat(Enumerable.Repeat("]", 70)),
        "",
        "   \n",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Text_made_to_trip_the_shortcuts_parses_as_before(string json)
    {
        var source = new SourceText("t.json", json);
        AssertSameAsReference(source, Encoding.UTF8.GetBytes(json));
    }

    [Fact]
    public void A_file_with_a_byte_order_mark_is_linted_as_its_text()
    {
        const string json = "{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT01234567\", \"briefTitle\": \"Études é\"}}}";
        var engine = new LintEngine();
        byte[] withMark = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(json)];

        var fromBytes = engine.LintBytes("r.json", withMark);
        var fromText = engine.LintText("r.json", json);

        Assert.Equal(fromText.Diagnostics.Select(Describe), fromBytes.Diagnostics.Select(Describe));
        Assert.Null(SyntaxTreeComparer.FirstDifference(fromText.Source!, fromText.Tree!.Root, fromBytes.Tree!.Root));
    }

    private static void AssertSameAsReference(SourceText source, byte[] utf8)
    {
        var expected = ReferenceJsonParser.Parse(source);
        foreach (var actual in new[] { JsonSyntaxParser.Parse(source), JsonSyntaxParser.Parse(source, utf8) })
        {
            Assert.Null(SyntaxTreeComparer.FirstDifference(source, expected.Root, actual.Root));
            Assert.Equal(expected.Diagnostics.Select(Describe), actual.Diagnostics.Select(Describe));
        }
    }

    private static string Describe(Diagnostic d) => $"{d.Id} {d.Location} {d.Location.EndLine}:{d.Location.EndColumn} '{d.Location.Pointer}' {d.Message}";
}
