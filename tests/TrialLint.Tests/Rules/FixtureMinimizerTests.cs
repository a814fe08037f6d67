using TrialLint.Engine;
using TrialLint.Testing;

namespace TrialLint.Tests.Rules;

/// <summary>
/// <c>triallint test --minimize</c>: fixtures shrink while the rule's verdict stays, quiet fixtures lose only
/// sections the rule does not read, and lines that differ from the base report (the case) stay.
/// </summary>
public sealed class FixtureMinimizerTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("triallint-minimize-").FullName;
    private static readonly RuleFixtureRunner Runner = new(new LintEngine());
    private static readonly FixtureMinimizer Minimizer = new(Runner);

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private const string Header = "# TL0103 case: what it is about.\n# Illustrative example, not a real trial.\n\nformat_version: 1\n\n";

    private const string Sections = """
        title: "Drug A versus placebo: a randomised trial"

        design:
          randomised: true
          type: parallel

        arms:
          - id: a
            title: "Drug A"
            role: experimental
          - id: p
            title: "Placebo"
            role: placebo-comparator

        # The numbers of the case.
        flow:
          screened: 250
          enrolled: 200{0}
          periods:
            - id: main
              groups:
                - arm: a
                  allocated: 100
                  completed: 100
                - arm: p
                  allocated: {1}
                  completed: {1}

        harms:
          collection: systematic
        """;

    private string Write(string name, string enrolledMark, int placebo)
    {
        string folder = Path.Combine(_temp, "TL0103");
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, Header + string.Format(System.Globalization.CultureInfo.InvariantCulture, Sections, enrolledMark, placebo));
        return path;
    }

    private static string[] Messages(string path, string? text = null) =>
        [.. Runner.Observe("TL0103", path, text).Findings.Select(f => f.Message)];

    [Fact]
    public void A_failing_fixture_shrinks_to_what_gives_the_same_findings()
    {
        string path = Write("invalid.yaml", "  # expect: TL0103", 98);

        var result = Minimizer.Minimize("TL0103", path, null);

        Assert.Null(result.Skipped);
        Assert.True(result.LinesAfter < result.LinesBefore - 10, result.Text);
        Assert.StartsWith(Header, result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("harms:", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("screened", result.Text, StringComparison.Ordinal);
        Assert.Contains("enrolled: 200  # expect: TL0103", result.Text, StringComparison.Ordinal);
        Assert.Equal(Messages(path), Messages(path, result.Text));
        File.WriteAllText(path, result.Text);
        Assert.True(Runner.Run("TL0103", path).Passed);
    }

    [Fact]
    public void A_quiet_fixture_is_left_alone_unless_the_sections_the_rule_reads_are_known()
    {
        string path = Write("valid.yaml", "", 100);

        Assert.NotNull(Minimizer.Minimize("TL0103", path, null).Skipped);

        var result = Minimizer.Minimize("TL0103", path, new HashSet<string>(["design", "arms", "flow"]));

        Assert.DoesNotContain("title: \"Drug A versus", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("harms:", result.Text, StringComparison.Ordinal);
        // Inside the sections the rule reads nothing goes: a quiet fixture's case is what it contains.
        Assert.Contains("screened: 250", result.Text, StringComparison.Ordinal);
        Assert.Contains("role: placebo-comparator", result.Text, StringComparison.Ordinal);
        Assert.Contains("# The numbers of the case.", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_base_only_lines_copied_from_it_go_inside_the_sections_the_rule_reads()
    {
        string path = Write("invalid.yaml", "  # expect: TL0103", 98);
        string basis = Header + string.Format(System.Globalization.CultureInfo.InvariantCulture, Sections, "", 100);
        var boilerplate = FixtureMinimizer.BoilerplateOf([basis]);

        var result = Minimizer.Minimize("TL0103", path, new HashSet<string>(["design", "arms", "flow"]), boilerplate);

        // The case is 'allocated: 98' (and its 'completed: 98'): the lines the base does not have.
        Assert.Contains("allocated: 98", result.Text, StringComparison.Ordinal);
        Assert.Contains("completed: 98", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("screened", result.Text, StringComparison.Ordinal);
        // The design goes whole or not at all; both arms stay listed.
        Assert.Contains("id: a", result.Text, StringComparison.Ordinal);
        Assert.Contains("id: p", result.Text, StringComparison.Ordinal);
        Assert.Equal(result.Text.Contains("design:", StringComparison.Ordinal), result.Text.Contains("type: parallel", StringComparison.Ordinal));
        Assert.Equal(result.Text.Contains("design:", StringComparison.Ordinal), result.Text.Contains("randomised: true", StringComparison.Ordinal));
        // A comment copied from the base describes what may be gone: it goes.
        Assert.DoesNotContain("# The numbers of the case.", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_record_loses_members_the_findings_do_not_need()
    {
        string folder = Path.Combine(_temp, "TL0624");
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, "invalid.json");
        File.Copy(Infrastructure.RepoPaths.Combine("tests", "rules", "TL0624", "invalid-completed-with-estimated-enrolment.json"), path);
        File.Copy(Infrastructure.RepoPaths.Combine("tests", "rules", "TL0624", "invalid-completed-with-estimated-enrolment.expect.yaml"), Path.Combine(folder, "invalid.expect.yaml"));
        string before = Runner.Observe("TL0624", path).Snapshot();

        var result = Minimizer.Minimize("TL0624", path, null);

        File.WriteAllText(path, result.Text);
        Assert.True(result.LinesAfter <= result.LinesBefore);
        Assert.True(Runner.Run("TL0624", path).Passed, string.Join("; ", Runner.Run("TL0624", path).Problems));
        Assert.Equal(before.Split('\n')[0], Runner.Observe("TL0624", path).Snapshot().Split('\n')[0]);
    }
}
