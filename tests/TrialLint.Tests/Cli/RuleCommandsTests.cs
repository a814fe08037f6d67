using TrialLint.Cli;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Cli;

/// <summary>End-to-end tests of <c>triallint rules list|validate</c>, <c>explain</c>, <c>test</c> and <c>lint --rules</c>.</summary>
[Collection(CliCollection.Name)]
public sealed class RuleCommandsTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("triallint-rules-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    internal const string UserRule = """
        id: TL0599
        title: Acronym not given
        severity: info
        category: OpenScience
        checklist: [CONSORT-2025:1a]
        description: House style asks every report for its trial acronym.
        message: "'{title}' has no acronym"
        require: present(acronym)
        report_at: acronym
        values:
          title: title
        """;

    [Fact]
    public void Rules_list_shows_the_packs_and_every_rule()
    {
        var result = CliRunner.Run(null, "rules", "list");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("consort-2025", result.StdOut);
        Assert.Contains("consort-harms-2022", result.StdOut);
        Assert.Contains("early-phase", result.StdOut);
        Assert.Matches(@"TL0202\s+error\s+consort-harms-2022\s+Only serious harms reported\s+CONSORT-2025:27", result.StdOut);
        Assert.Matches(@"TL0101\s+error\s+consort-2025, early-phase", result.StdOut);
    }

    [Fact]
    public void Rules_list_can_show_one_pack()
    {
        var result = CliRunner.Run(null, "rules", "list", "--pack", "consort-harms-2022");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("TL0202", result.StdOut);
        Assert.DoesNotContain("TL0101 ", result.StdOut);
    }

    [Fact]
    public void Explain_prints_the_help_page()
    {
        var result = CliRunner.Run(null, "explain", "tl0202");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# TL0202: Only serious harms reported", result.StdOut);
        Assert.Contains("## How to fix", result.StdOut);
    }

    [Fact]
    public void Explain_of_an_unknown_rule_is_a_usage_error()
    {
        var result = CliRunner.Run(null, "explain", "TL9999");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("there is no rule 'TL9999'", result.StdErr);
    }

    [Fact]
    public void User_rules_run_next_to_the_packs_and_explain_without_a_page()
    {
        Directory.CreateDirectory(Path.Combine(_temp, "house"));
        File.WriteAllText(Path.Combine(_temp, "house", "TL0599-acronym.yaml"), UserRule);

        var lint = CliRunner.Run(null, "lint", "seeds/als-phase1-msc.trial.yaml", "--rules", Path.Combine(_temp, "house"));
        var explain = CliRunner.Run(null, "explain", "TL0599", "--rules", Path.Combine(_temp, "house"));

        Assert.Contains("info TL0599: 'Phase I ALS trial shows positive results for stem cell therapy' has no acronym", lint.StdOut);
        Assert.Equal(ExitCodes.Findings, lint.ExitCode);
        Assert.Contains("# TL0599: Acronym not given", explain.StdOut);
        Assert.Contains("CONSORT-2025:1a: Identification as a randomised trial", explain.StdOut);
    }

    [Fact]
    public void A_broken_rule_file_is_reported_at_its_line_the_others_still_run_and_the_run_exits_2()
    {
        Directory.CreateDirectory(Path.Combine(_temp, "house"));
        File.WriteAllText(Path.Combine(_temp, "house", "TL0599-acronym.yaml"), UserRule.Replace("present(acronym)", "present(acronymm)"));

        var lint = CliRunner.Run(null, "lint", "seeds/als-phase1-msc.trial.yaml", "--rules", Path.Combine(_temp, "house"));
        var validate = CliRunner.Run(null, "rules", "validate", Path.Combine(_temp, "house"));

        Assert.Equal(ExitCodes.UsageError, lint.ExitCode);
        Assert.Matches(@"TL0599-acronym\.yaml:8:10: error TL0803: The expression in 'require' is not valid: 'acronymm' is not a report section or function; did you mean 'acronym'\?", lint.StdOut);
        Assert.Contains("error TL0202", lint.StdOut);
        Assert.Equal(ExitCodes.UsageError, validate.ExitCode);
        Assert.Contains("1 problem in rule files", validate.StdOut);
    }

    [Fact]
    public void A_rule_file_that_breaks_the_rule_schema_names_the_key()
    {
        Directory.CreateDirectory(Path.Combine(_temp, "house"));
        File.WriteAllText(Path.Combine(_temp, "house", "TL0599-acronym.yaml"), UserRule.Replace("severity: info", "severity: fatal"));

        var validate = CliRunner.Run(null, "rules", "validate", Path.Combine(_temp, "house"));

        Assert.Equal(ExitCodes.UsageError, validate.ExitCode);
        Assert.Matches(@"TL0599-acronym\.yaml:3:11: error TL0802: 'severity' must be one of error, warning, info, but it is 'fatal'", validate.StdOut);
    }

    [Fact]
    public void Rules_validate_accepts_the_built_in_packs()
    {
        var result = CliRunner.Run(null, "rules", "validate");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+ rule files and 5 packs are valid\.", result.StdOut);
    }

    [Fact]
    public void A_rule_file_error_is_worded_for_its_author()
    {
        string rule = Path.Combine(_temp, "TL0399-empty-title.yaml");
        File.WriteAllText(rule, "id: TL0399\ntitle: \"\"\nseverity: info\ncategory: Design\nchecklist: [CONSORT-2025:1a]\ndescription: A description long enough for the schema.\nmessage: A message long enough for the schema\nrequire: present(design)\n");

        var validate = CliRunner.Run(null, "rules", "validate", rule);

        Assert.Contains("TL0399-empty-title.yaml:2:8: error TL0802: 'title' must be at least 3 characters long, but it is ''", validate.StdOut);
        Assert.DoesNotContain("StringTooShort", validate.StdOut);
    }

    [Fact]
    public void A_user_pack_may_not_take_a_built_in_pack_id()
    {
        Directory.CreateDirectory(Path.Combine(_temp, "house"));
        File.WriteAllText(Path.Combine(_temp, "house", "pack.yaml"), "id: consort-2025\ntitle: Mine\ndescription: My own pack of rules for testing.\nrules: [TL0101]\n");

        var validate = CliRunner.Run(null, "rules", "validate", Path.Combine(_temp, "house"));

        Assert.Equal(ExitCodes.UsageError, validate.ExitCode);
        Assert.Contains("error TL0804: Pack 'consort-2025' is already defined by rules/packs/consort-2025.yaml", validate.StdOut);
    }

    [Fact]
    public void Test_runs_fixtures_and_reports_per_rule()
    {
        var pass = CliRunner.Run(null, "test", "tests/rules/TL0202");

        Assert.Equal(0, pass.ExitCode);
        Assert.Matches(@"TL0202  pass  \d+ edge, \d+ invalid, \d+ na, \d+ valid", pass.StdOut);
        Assert.Contains("1 rules: 1 passed, 0 failed.", pass.StdOut);
    }

    [Fact]
    public void Test_fails_when_a_fixture_expects_a_finding_that_does_not_come()
    {
        string folder = Path.Combine(_temp, "fixtures", "TL0202");
        Directory.CreateDirectory(folder);
        string report = File.ReadAllText(RepoPaths.Combine("seeds", "example-randomised.trial.yaml"));
        File.WriteAllText(Path.Combine(folder, "invalid-wrong.yaml"), report.Replace("format_version: 1", "format_version: 1 # expect: TL0202"));

        var result = CliRunner.Run(null, "test", Path.Combine(_temp, "fixtures"));

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("TL0202  FAIL", result.StdOut);
        Assert.Contains("invalid-wrong.yaml: expected TL0202 on line", result.StdOut);
    }
}
