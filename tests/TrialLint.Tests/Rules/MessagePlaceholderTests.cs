using TrialLint.Cli;
using TrialLint.Diagnostics;
using TrialLint.Rules;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Rules;

/// <summary>
/// A rule message's <c>{placeholder}</c> must name an entry of the rule's <c>values</c>; one that names nothing
/// would print literally in every finding. It is a TL0803 finding when the rule loads, at the placeholder.
/// </summary>
public sealed class MessagePlaceholderTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("triallint-placeholders-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private const string Rule = """
        id: TL0399
        title: Test
        severity: info
        category: Design
        checklist: [CONSORT-2025:1a]
        description: A description long enough for the schema.
        message: "Arm '{arm_name}' has no title"
        for_each: arms
        require: present(item.title)
        values:
          arm: item.id
          title: item.title
        """;

    private static (RuleDefinition? Rule, List<Diagnostic> Problems) Load(string text)
    {
        var problems = new List<Diagnostic>();
        return (RuleFileLoader.Load(new RuleSource("rules/test/TL0399-test.yaml", text), problems), problems);
    }

    [Fact]
    public void A_placeholder_that_names_no_value_is_a_TL0803_finding_at_the_placeholder()
    {
        var (rule, problems) = Load(Rule);

        Assert.Null(rule);
        var problem = Assert.Single(problems);
        Assert.Equal("TL0803", problem.Id);
        Assert.Equal((7, 16, 7, 26), (problem.Location.StartLine, problem.Location.StartColumn, problem.Location.EndLine, problem.Location.EndColumn));
        Assert.Equal("The expression in 'message' is not valid: the placeholder '{arm_name}' names no entry of 'values'; the rule gives {arm}, {title}", problem.Message);
    }

    [Fact]
    public void A_placeholder_in_a_folded_message_is_found_on_its_own_line()
    {
        var (_, problems) = Load(Rule.Replace("message: \"Arm '{arm_name}' has no title\"", "message: >-\n  The arm {arm} has\n  no {title}: {titel}"));

        var problem = Assert.Single(problems);
        Assert.Equal((9, 15), (problem.Location.StartLine, problem.Location.StartColumn));
        Assert.Contains("'{titel}' names no entry of 'values'; did you mean '{title}'?", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_use_of_an_unknown_placeholder_is_reported_where_it_is()
    {
        var (_, problems) = Load(Rule.Replace("Arm '{arm_name}' has no title", "{n} of {arm}: {n}"));

        Assert.Equal([(7, 11), (7, 25)], problems.Select(p => (p.Location.StartLine, p.Location.StartColumn)));
    }

    [Fact]
    public void A_rule_without_values_is_told_to_give_them()
    {
        var (_, problems) = Load(Rule.Replace("values:\n  arm: item.id\n  title: item.title", ""));

        Assert.Contains("the rule has none", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Known_placeholders_and_doubled_braces_load()
    {
        var (rule, problems) = Load(Rule.Replace("{arm_name}", "{arm}").Replace("has no title", "has no {{title}}"));

        Assert.Empty(problems);
        Assert.NotNull(rule);
    }

    [Fact]
    public void Rules_validate_says_the_file_is_not_valid()
    {
        Directory.CreateDirectory(Path.Combine(_temp, "house"));
        File.WriteAllText(Path.Combine(_temp, "house", "TL0399-test.yaml"), Rule);

        var validate = CliRunner.Run(null, "rules", "validate", Path.Combine(_temp, "house"));

        Assert.Equal(ExitCodes.UsageError, validate.ExitCode);
        Assert.Matches(@"TL0399-test\.yaml:7:16: error TL0803: .*'\{arm_name\}'", validate.StdOut);
    }

    [Theory]
    [InlineData("no placeholders", "")]
    [InlineData("{a} and {b}", "a@0 b@8")]
    [InlineData("{{literal}} then {a}", "a@17")]
    [InlineData("unclosed { brace", "")]
    public void Placeholders_are_read_as_the_formatter_fills_them(string format, string expected)
    {
        Assert.Equal(expected, string.Join(" ", MessageFormatter.Placeholders(format).Select(p => $"{p.Name}@{p.Offset}")));
        Assert.Equal(format.Replace("{{", "{").Replace("}}", "}").Replace("{a}", "A").Replace("{b}", "B"),
            MessageFormatter.Format(format, [new("a", "A"), new("b", "B")]));
    }
}
