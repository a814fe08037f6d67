using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Tests.Syntax;

/// <summary>A word inside a text value is found at its line and column in every way YAML and JSON write text.</summary>
public sealed class ScalarTextTests
{
    private static string? Find(string source, string word, bool json = false)
    {
        var text = new SourceText(json ? "r.trial.json" : "r.trial.yaml", source);
        var tree = json ? JsonSyntaxParser.Parse(text) : YamlSyntaxParser.Parse(text);
        var node = (ScalarNode)((MappingNode)tree.Root!)["abstract"]!;
        int start = node.Value.IndexOf(word, StringComparison.Ordinal);
        if (ScalarText.SpanOf(text, node, start, word.Length) is not { } span) return null;
        var p = text.GetPosition(span.Start);
        return $"{p.Line}:{p.Column} {source.Substring(span.Start, span.Length)}";
    }

    [Theory]
    [InlineData("abstract: In all 120 were randomised.\n", "1:18 120")]
    [InlineData("abstract: In all\n  120 were randomised.\n", "2:3 120")]
    [InlineData("abstract: 'It''s 120 randomised.'\n", "1:18 120")]
    [InlineData("abstract: \"A \\\"total\\\" of 120\\n were randomised.\"\n", "1:27 120")]
    [InlineData("abstract: >-\n  A total of\n  120 were\n\n  randomised, 118 analysed.\n", "5:15 118")]
    [InlineData("abstract: |\n  A total of\n    120 were randomised.\n", "3:5 120")]
    public void FindsTheWordInYaml(string source, string expected) =>
        Assert.Equal(expected, Find(source, expected.Split(' ')[1]));

    [Fact]
    public void FindsTheWordInJson() =>
        Assert.Equal("1:39 120", Find("{\"abstract\": \"A \\u0074otal\\n of \\\"x\\\" 120 were randomised.\"}", "120", json: true));

    [Fact]
    public void GivesNoSpanForAWordWrittenWithAnEscape() =>
        Assert.Null(Find("abstract: \"A total of \\x31\\x32\\x30 were randomised.\"\n", "120"));
}
