using TrialLint.Diagnostics;
using TrialLint.Engine;
using TrialLint.Model;
using TrialLint.Rules;
using TrialLint.Rules.Compilation;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Rules.Compilation;

/// <summary>What compiled rule expressions give in the cases a rule author notices: null, numbers of mixed types, truth and text.</summary>
public sealed class ExpressionSemanticsTests
{
    private static readonly Lazy<TrialReport> Report = new(() => new LintEngine([]).LintFile(RepoPaths.Combine("seeds", "example-randomised.trial.yaml")).Report!);

    [Theory]
    [InlineData("null == null", true)]
    [InlineData("null != null", false)]
    [InlineData("null == 0", false)]
    [InlineData("null != 0", true)]
    [InlineData("null == ''", false)]
    [InlineData("null < 1", false)]
    [InlineData("1 >= null", false)]
    [InlineData("registration.nope == null", true)]
    [InlineData("nosuchsection.id == null", true)]
    public void Null_equals_only_null_and_is_never_ordered(string expression, bool expected) => Assert.Equal(expected, Evaluate(expression));

    [Theory]
    [InlineData("1 == 1.0", true)]
    [InlineData("1 < 1.5", true)]
    [InlineData("2.0 == 2", true)]
    [InlineData("flow.enrolled == flow.enrolled + 0", true)]
    [InlineData("true == 1", true)]
    [InlineData("flow.enrolled == '' + flow.enrolled", true)]
    [InlineData("10 < '9'", true)]
    public void Numbers_compare_across_int_long_and_double_and_as_text_against_text(string expression, bool expected) => Assert.Equal(expected, Evaluate(expression));

    [Fact]
    public void Integer_arithmetic_stays_integer_and_division_gives_a_double()
    {
        Assert.Equal(3, Evaluate("1 + 2"));
        Assert.Equal(0.5, Evaluate("1 / 2"));
        Assert.Equal(2.0, Evaluate("4 / 2"));
        Assert.IsType<int>(Evaluate("flow.enrolled + 1"));
        Assert.Null(Evaluate("null + 1"));
        Assert.Equal(7.0, Evaluate("2 * 3.5"));
    }

    [Theory]
    [InlineData("0 ? 'yes' : 'no'", "no")]
    [InlineData("'' ? 'yes' : 'no'", "no")]
    [InlineData("' ' ? 'yes' : 'no'", "no")]
    [InlineData("[] ? 'yes' : 'no'", "no")]
    [InlineData("null ? 'yes' : 'no'", "no")]
    [InlineData("false ? 'yes' : 'no'", "no")]
    [InlineData("0.5 ? 'yes' : 'no'", "yes")]
    [InlineData("'x' ? 'yes' : 'no'", "yes")]
    [InlineData("0 && true", false)]
    [InlineData("[] || 'x'", true)]
    [InlineData("!''", true)]
    [InlineData("!arms", false)]
    public void Inside_an_expression_truth_is_the_same_as_for_a_whole_condition(string expression, object expected) => Assert.Equal(expected, Evaluate(expression));

    [Theory]
    [InlineData("0", false)]
    [InlineData("''", false)]
    [InlineData("' '", false)]
    [InlineData("[]", false)]
    [InlineData("'x'", true)]
    [InlineData("0.5", true)]
    public void A_whole_condition_is_false_for_zero_blank_text_and_empty_lists(string expression, bool expected)
    {
        var compiled = Compile(expression);
        Assert.Equal(expected, compiled.IsTrue(Scope()));
    }

    [Theory]
    [InlineData("'a' < 'b'", true)]
    [InlineData("'10' < '9'", true)]
    [InlineData("null < 'a'", true)]
    [InlineData("'abc' == 'abc'", true)]
    [InlineData("'abc' == 'ABC'", false)]
    public void Text_compares_as_text_and_equals_exactly(string expression, bool expected) => Assert.Equal(expected, Evaluate(expression));

    [Theory]
    [InlineData("'change ' + (index + 1)", "change 1")]
    [InlineData("'x' + null", "x")]
    [InlineData("'x' + 0.1", "x0.1")]
    [InlineData("'x' + true", "xtrue")]
    [InlineData("'x' + [1, 'a']", "x[1, \"a\"]")]
    [InlineData("null ?? 'fallback'", "fallback")]
    [InlineData("'' ?? 'fallback'", "")]
    public void Text_joins_values_as_the_messages_show_them(string expression, string expected) => Assert.Equal(expected, Evaluate(expression));

    [Fact]
    public void Message_values_format_doubles_with_at_most_two_decimals_and_null_as_none()
    {
        Assert.Equal("(none)", RuleExpression.FormatValue(null));
        Assert.Equal("0.33", RuleExpression.FormatValue(1.0 / 3));
        Assert.Equal("481", RuleExpression.FormatValue(481L));
    }

    [Theory]
    [InlineData("date.now", "date")]
    [InlineData("x | array.sort", "array.sort")]
    [InlineData("1 % 2", "%")]
    [InlineData("present", "present(...)")]
    [InlineData("any(arms, 'it.id ==')", "the condition 'it.id ==' is not valid")]
    [InlineData("any(arms, 'date.now')", "in the condition 'date.now'")]
    [InlineData("present(1, 2)", "present takes 1 argument, not 2")]
    public void Unsupported_constructs_fail_when_the_rule_loads_naming_them(string expression, string named)
    {
        Assert.Null(RuleExpression.Compile(expression, Location.ForFile("rule.yaml"), out string? error));
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Contains("column", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsupported_construct_in_a_rule_file_is_a_TL0803_finding_at_its_line()
    {
        const string rule = "id: TL0399\ntitle: Test\nseverity: info\ncategory: Design\nchecklist: [CONSORT-2025:1a]\ndescription: A description long enough for the schema.\nmessage: A message long enough for the schema\nrequire: present(design) && date.now != null\n";
        var problems = new List<Diagnostic>();

        Assert.Null(RuleFileLoader.Load(new RuleSource("rules/test/TL0399-test.yaml", rule), problems));

        var problem = Assert.Single(problems);
        Assert.Equal("TL0803", problem.Id);
        Assert.Equal(8, problem.Location.StartLine);
        Assert.Contains("date", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_pattern_written_in_a_rule_is_a_TL0803_finding_when_the_rule_loads()
    {
        const string rule = "id: TL0399\ntitle: Test\nseverity: info\ncategory: Design\nchecklist: [CONSORT-2025:1a]\ndescription: A description long enough for the schema.\nmessage: A message long enough for the schema\nrequire: matches(title, `(unclosed`)\n";
        var problems = new List<Diagnostic>();

        Assert.Null(RuleFileLoader.Load(new RuleSource("rules/test/TL0399-test.yaml", rule), problems));

        var problem = Assert.Single(problems);
        Assert.Equal("TL0803", problem.Id);
        Assert.Equal(8, problem.Location.StartLine);
        Assert.Contains("not a valid regular expression", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_member_read_gives_each_model_type_its_own_member_when_the_types_alternate()
    {
        // A place in an expression remembers the type it last read (MemberSite); meeting another type must not read the first one's member.
        var read = Compile("item.title");
        var arm = Report.Value.Arms.First();
        var scope = new RuleScope();
        scope.EnterReport(Report.Value);
        foreach (object item in new object[] { arm, Report.Value, arm, "text", Report.Value })
        {
            scope.EnterItem(item, 0);
            object? expected = item switch { Arm a => a.Title, TrialReport r => r.Title, _ => null };
            Assert.Equal(expected, read.Evaluate(scope));
        }
        Assert.NotEqual(arm.Title, Report.Value.Title);
    }

    private static object? Evaluate(string expression) => Compile(expression).Evaluate(Scope());

    private static RuleExpression Compile(string expression) =>
        RuleExpression.Compile(expression, Location.ForFile("test"), out string? error) ?? throw new InvalidOperationException(error);

    private static RuleScope Scope()
    {
        var scope = new RuleScope();
        scope.EnterReport(Report.Value);
        scope.EnterItem(Report.Value.Arms.FirstOrDefault(), 0);
        return scope;
    }
}
