using TrialLint.Syntax;
using TrialLint.Syntax.FastYaml;
using TrialLint.Text;

namespace TrialLint.Tests.Syntax;

/// <summary>
/// What the YAML fast path reads (and builds exactly YamlDotNet's tree for) and what it leaves to YamlDotNet, one
/// feature at a time.
/// </summary>
public class YamlFastPathSubsetTests
{
    [Theory]
    [InlineData("a: 1\nb: text\n")]
    [InlineData("a: 1\r\nb:\r\n  c: x # comment\r\n")]
    [InlineData("---\na: 1\n")]
    [InlineData("--- # the report\na: 1\n")]
    [InlineData("# header\n\n  # indented comment\na: 1   \nb: two words  # c\n# end")]
    [InlineData("a:\nb:   \nc: # comment\nd: ~\ne: null\n")]
    [InlineData("n: -4\nf: -4.10\ne: 1e3\nd: .5\nt: True\nx: 0x1F\ndate: 2011-06-01\nplus: +3\ns: 1.2.3\n")]
    [InlineData("url: http://example.org/a#b\ncolon: a:b\nhash: C#\nbrackets: a [b] {c}, d\nquote: it's\n")]
    [InlineData("list:\n- a\n- b\nnext: 1\n")]
    [InlineData("list:\n  - a\n  -   b\n  -\n  - # empty\nnext: 1\n")]
    [InlineData("arms:\n  - id: a\n    n: 1\n  -   id: b\n      n: 2\n  -\n    id: c\n")]
    [InlineData("nested:\n  - - a\n    - b\n  - - c\n")]
    [InlineData("'quoted key': 1\n\"dq key\" : 2\nk: 'it''s'\nq: \"a \\\"b\\\" \\\\ \\n \\t \\x41 \\u00e9 \\/ \\_\"\nempty: ''\n")]
    [InlineData("- 'a': 1\n  b: 2\n- \"c\"\n")]
    [InlineData("flow: {a: 1, b: \"x\", c: [1, 2.5, 'y'], d: {}, e: []}\nlist: [a b, c]  # comment\nurl: {u: http://x.org/a:b}\n")]
    [InlineData("xs: [{n: 1, reason: \"Moved away\"}, {n: 2, reason: 'Other'}]\n")]
    [InlineData("a: |\n  line 1\n  line 2\nb: 1\n")]
    [InlineData("a: |-\n  line 1\n\n  line 2\n\n\nb: 1\n")]
    [InlineData("a: |+\n  kept\n\n\nb: 1\n")]
    [InlineData("a: >\n  folded\n  text\n\n  new paragraph\n    more indented\n  back\n")]
    [InlineData("a: >-\n  folded\n  text\n")]
    [InlineData("a: |2\n    two extra\n  base\nb: 1\n")]
    [InlineData("a: >1-\n  x\n")]
    [InlineData("a: | # comment\n  # not a comment\n  x\n")]
    [InlineData("a: |\n  x\n# comment\n   # comment\nb: 1")]
    [InlineData("a: |\n  x")]
    [InlineData("- |\n  literal in a list\n- >-\n  folded\n- a\n")]
    [InlineData("xs:\n- |\n  indentless\n- >\n   folded\n")]
    [InlineData("a: |\n\n  leading blank line\nb: >\n \n  x\n")]
    [InlineData("a:\n  b:\n    c:\n      d: [x]\n  e: 1\n")]
    [InlineData("é: ünïcödé ≥ 18 µg\n")]
    public void Reads_the_subset_exactly_as_YamlDotNet(string yaml)
    {
        var outcome = FastPathCheck.Run("t.trial.yaml", yaml);

        Assert.True(outcome.Handled, "the fast path fell back");
        Assert.Null(outcome.Failure);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("a:\n\tb: 1\n")]
    [InlineData("a: 1\t# tab\n")]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: !!str 1\n")]
    [InlineData("%YAML 1.2\n---\na: 1\n")]
    [InlineData("a: 1\n---\nb: 2\n")]
    [InlineData("a: 1\n...\n")]
    [InlineData("? a\n: 1\n")]
    [InlineData("a: 1\na: 2\n")]
    [InlineData("a: {b: 1, b: 2}\n")]
    [InlineData("a: [1,\n  2]\n")]
    [InlineData("a: [1, 2,]\n")]
    [InlineData("a: [b: 1]\n")]
    [InlineData("a: {b}\n")]
    [InlineData("a: plain\n  continued\n")]
    [InlineData("a: \"quoted\n  continued\"\n")]
    [InlineData("a: \"\\U0001F600\"\n")]
    [InlineData("a: \"\\ud800\"\n")]
    [InlineData("a:\n  plain on the next line\n")]
    [InlineData("\uFEFFa: 1\n")]
    [InlineData("a: 1\rb: 2\n")]
    [InlineData("  a: 1\n")]
    [InlineData("- a\nb: 1\n")]
    [InlineData("a: >\n   \n  x\n")]
    [InlineData("a: |\n   \n  x\n")]
    [InlineData("plain scalar\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a: - b\n")]
    [InlineData("a: 1\n  b: 2\n")]
    [InlineData("a:\n    b: 1\n  c: 2\n")]
    [InlineData("a: \"x\"#c\n")]
    [InlineData("a: [x]#c\n")]
    [InlineData("a: 'x' y\n")]
    [InlineData("a: |0\n  x\n")]
    [InlineData("a: 😀\n")]
    public void Leaves_everything_else_to_YamlDotNet(string yaml)
    {
        var source = new SourceText("t.trial.yaml", yaml);

        Assert.Null(FastYamlParser.TryParse(source));
        var tree = YamlSyntaxParser.Parse(source);
        var reference = YamlSyntaxParser.ParseWithYamlDotNet(source);
        Assert.Null(SyntaxTreeComparer.FirstDifference(source, reference.Root, tree.Root));
        Assert.Equal(reference.Diagnostics.Select(d => d.ToString()), tree.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Long_values_take_the_fast_path_but_keys_near_YamlDotNets_simple_key_limit_do_not()
    {
        string longText = new('x', 2000);
        foreach (string yaml in new[] { $"a: {longText}\n", $"- {longText}\n", $"a: [{longText}, y]\n", $"a: '{longText}'\n" })
        {
            var outcome = FastPathCheck.Run("t.trial.yaml", yaml);
            Assert.True(outcome.Handled);
            Assert.Null(outcome.Failure);
        }
        foreach (string yaml in new[] { $"{longText}: 1\n", $"a: {{{longText}: 1}}\n", $"- {longText}: 1\n" })
            Assert.Null(FastYamlParser.TryParse(new SourceText("t.trial.yaml", yaml)));
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_left_to_YamlDotNet_which_reports_it()
    {
        string deep = string.Concat(Enumerable.Range(0, SyntaxLimits.MaxDepth + 1).Select(i => new string(' ', 2 * i) + "k:\n")) + new string(' ', 2 * (SyntaxLimits.MaxDepth + 1)) + "k: 1\n";
        var source = new SourceText("t.trial.yaml", deep);

        Assert.Null(FastYamlParser.TryParse(source));
        Assert.Contains(YamlSyntaxParser.Parse(source).Diagnostics, d => d.Descriptor == TrialLint.Diagnostics.InputDiagnostics.TooLarge);
    }

    [Fact]
    public void Nesting_just_within_the_limit_takes_the_fast_path()
    {
        string deep = string.Concat(Enumerable.Range(0, SyntaxLimits.MaxDepth - 1).Select(i => new string(' ', 2 * i) + "k:\n")) + new string(' ', 2 * (SyntaxLimits.MaxDepth - 1)) + "k: 1\n";

        var outcome = FastPathCheck.Run("t.trial.yaml", deep);

        Assert.True(outcome.Handled);
        Assert.Null(outcome.Failure);
    }
}
