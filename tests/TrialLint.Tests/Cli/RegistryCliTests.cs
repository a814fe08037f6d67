using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Cli;

/// <summary>End-to-end: <c>triallint lint</c> on registry records (<c>--as-of</c>), and <c>triallint import ctgov</c>.</summary>
[Collection(CliCollection.Name)]
public sealed class RegistryCliTests : IDisposable
{
    private const string Records = "tests/TrialLint.Tests/Registry/Records";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "triallint-cli-registry-" + Guid.NewGuid().ToString("N"));

    public RegistryCliTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void Lint_reports_a_record_at_its_own_lines()
    {
        var result = CliRunner.Run(null, "lint", $"{Records}/NCT00763412.json", "--as-of", "2025-06-01");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{Records}/NCT00763412.json:312:18: error TL0601: In arm '1-placebo', 8 started and 4 completed, so 4 did not complete, but the reasons for not completing account for 0: no reasons are given", result.StdOut);
        Assert.Contains("5 errors, 3 warnings, 0 infos.", result.StdOut);
    }

    [Fact]
    public void As_of_decides_whether_results_are_overdue()
    {
        // An applicable clinical trial under FDAAA 801: due by law 1 year and 30 days after its primary completion.
        var before = CliRunner.Run(null, "lint", $"{Records}/NCT03418623.json", "--as-of", "2021-04-12", "--fail-level", "info");
        var after = CliRunner.Run(null, "lint", $"{Records}/NCT03418623.json", "--as-of", "2021-04-13", "--fail-level", "info");

        Assert.Equal(0, before.ExitCode);
        Assert.Equal(1, after.ExitCode);
        Assert.Contains("warning TL0603: No results are posted for this applicable clinical trial under FDAAA 801: the primary completion was 2020-03-13 (status completed), so results were due by law by 2021-04-12 and are overdue on 2021-04-13", after.StdOut);
    }

    [Fact]
    public void A_date_that_is_not_one_is_a_usage_error()
    {
        var result = CliRunner.Run(null, "lint", $"{Records}/NCT03418623.json", "--as-of", "13/03/2021");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--as-of '13/03/2021' is not a date written YYYY-MM-DD", result.StdErr);
    }

    [Fact]
    public void Import_writes_a_report_that_lints_like_the_record()
    {
        string target = Path.Combine(_dir, "draft.trial.yaml");

        var import = CliRunner.Run(null, "import", "ctgov", $"{Records}/NCT05594173.json", "-o", target);
        var lint = CliRunner.Run(null, "lint", target, "--as-of", "2025-06-01");

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("Wrote", import.StdErr);
        Assert.Equal(0, lint.ExitCode);
        Assert.Contains("warning TL0112", lint.StdOut);
        Assert.Contains("warning TL0504", lint.StdOut);
        Assert.Contains("0 errors, 2 warnings, 0 infos.", lint.StdOut);
    }

    [Fact]
    public void Import_of_a_file_that_is_not_a_record_names_it()
    {
        string path = Path.Combine(_dir, "notes.json");
        File.WriteAllText(path, "{\"notes\": []}");

        var result = CliRunner.Run(null, "import", "ctgov", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error TL0027: 'notes.json' is neither a TrialLint report", result.StdErr);
        Assert.Contains("holds no ClinicalTrials.gov study that can be imported", result.StdErr);
    }

    [Fact]
    public void Registry_checks_a_report_against_its_registration()
    {
        var result = CliRunner.Run(null, "lint", "tests/rules/TL0608/invalid-swapped.yaml", "--registry", "tests/rules/_registry/als-registered.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("tests/rules/TL0608/invalid-swapped.yaml:27:12: error TL0608: The report's primary outcome 'Change in slow vital capacity (SVC)' is not a primary outcome registered in NCT09000002 (als-registered.json)", result.StdOut);
        Assert.DoesNotContain("TL0607", result.StdOut);
    }

    [Fact]
    public void Without_registry_the_cross_checks_do_not_run()
    {
        var result = CliRunner.Run(null, "lint", "tests/rules/TL0608/invalid-swapped.yaml");

        Assert.DoesNotContain(" TL0608:", result.StdOut);
        Assert.DoesNotContain(" TL0607:", result.StdOut);
    }

    [Fact]
    public void A_registry_file_that_is_not_a_record_is_a_usage_error_at_its_place()
    {
        string path = Path.Combine(_dir, "record.json");
        File.WriteAllText(path, "{\"studies\": [{\"hasResults\": true}]}");

        var missing = CliRunner.Run(null, "lint", "seeds/example-randomised.trial.yaml", "--registry", Path.Combine(_dir, "none.json"));
        var broken = CliRunner.Run(null, "lint", "seeds/example-randomised.trial.yaml", "--registry", path);

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("the registry record '", missing.StdErr);
        Assert.Contains("' does not exist", missing.StdErr);
        Assert.Equal(2, broken.ExitCode);
        Assert.Contains("record.json:1:14: error TL0028: Study 1 of the file has no 'protocolSection'", broken.StdOut);
        Assert.Contains("cannot be used as a registry record", broken.StdErr);
    }
}
