using TrialLint.Tests.Infrastructure;
using TrialLint.Cli;

namespace TrialLint.Tests.Gate;

/// <summary>.triallint.yaml: where it is found, what wins, what it changes, and how a broken one is reported.</summary>
[Collection(CliCollection.Name)]
public sealed class ConfigurationTests : IDisposable
{
    private readonly GateFixture _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Nearest_configuration_wins()
    {
        _repo.Write(".triallint.yaml", "rules:\n  TL0710: error\n");
        _repo.Write("reports/strict/a.trial.yaml", GateFixture.OneWarning);
        _repo.Write("reports/relaxed/.triallint.yaml", "rules:\n  TL0710: off\n");
        _repo.Write("reports/relaxed/b.trial.yaml", GateFixture.OneWarning);

        var result = _repo.Run("lint", "reports");

        Assert.Contains("reports/strict/a.trial.yaml:", result.StdOut);
        Assert.Contains("error TL0710", result.StdOut);
        Assert.DoesNotContain("reports/relaxed/b.trial.yaml:", result.StdOut);
        Assert.Equal(ExitCodes.Findings, result.ExitCode);
    }

    [Fact]
    public void Command_line_beats_the_file()
    {
        _repo.Write(".triallint.yaml", "failLevel: warning\n");
        _repo.Write("reports/a.trial.yaml", GateFixture.OneWarning);

        var fromFile = _repo.Run("lint", "reports");
        var fromCommandLine = _repo.Run("lint", "reports", "--fail-level", "error");

        Assert.Equal(ExitCodes.Findings, fromFile.ExitCode);
        Assert.Equal(ExitCodes.Success, fromCommandLine.ExitCode);
    }

    [Fact]
    public void Explicit_config_is_used_for_every_file()
    {
        _repo.Write("ci/strict.yaml", "rules:\n  TL0710: error\n");
        _repo.Write("reports/.triallint.yaml", "rules:\n  TL0710: off\n");
        _repo.Write("reports/a.trial.yaml", GateFixture.OneWarning);

        var result = _repo.Run("lint", "reports", "--config", "ci/strict.yaml");

        Assert.Contains("error TL0710", result.StdOut);
    }

    [Fact]
    public void Override_by_glob_silences_with_its_reason()
    {
        _repo.Write(".triallint.yaml", "overrides:\n  - files: [\"reports/legacy/**\"]\n    rules: {TL0710: off}\n    reason: Legacy reports predate the limitations section\n");
        _repo.Write("reports/legacy/old.trial.yaml", GateFixture.OneWarning);
        _repo.Write("reports/new.trial.yaml", GateFixture.OneWarning);

        var result = _repo.Run("lint", "reports", "-f", "json");

        Assert.Contains("\"path\": \"reports/new.trial.yaml\"", result.StdOut);
        using var json = System.Text.Json.JsonDocument.Parse(result.StdOut);
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("path").GetString()!);
        var legacy = files["reports/legacy/old.trial.yaml"].GetProperty("findings")[0];
        Assert.Equal("configuration", legacy.GetProperty("suppressed").GetProperty("kind").GetString());
        Assert.Equal("Legacy reports predate the limitations section", legacy.GetProperty("suppressed").GetProperty("justification").GetString());
        Assert.False(files["reports/new.trial.yaml"].GetProperty("findings")[0].TryGetProperty("suppressed", out _));
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("suppressed").GetInt32());
    }

    [Fact]
    public void Override_by_pointer_silences_only_below_the_pointer()
    {
        _repo.Write(".triallint.yaml", "overrides:\n  - pointer: \"reports/als.trial.yaml#/outcomes\"\n    rules: {TL0406: off, TL0405: off}\n    reason: Outcomes are defined in the protocol, cited in the report\n");
        _repo.Write("reports/als.trial.yaml", GateFixture.Als);

        var result = _repo.Run("lint", "reports/als.trial.yaml");

        Assert.DoesNotContain(" TL0406:", result.StdOut);
        Assert.DoesNotContain(" TL0405:", result.StdOut);
        Assert.Contains(" TL0403:", result.StdOut);
        Assert.Contains("(3 suppressed)", result.StdOut);
    }

    [Fact]
    public void Unknown_rule_pack_or_key_is_an_error_at_its_line_and_exit_2()
    {
        _repo.Write(".triallint.yaml", "extends: [consort-2026]\nrules:\n  TL0710: warning\n  TL9999: off\nfailLevl: error\n");
        _repo.Write("reports/a.trial.yaml", GateFixture.Clean);

        var result = _repo.Run("lint", "reports");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains(".triallint.yaml:5:1: error TL0809: 'failLevl' is not a key of the configuration; did you mean 'failLevel'?", result.StdOut);
        Assert.DoesNotContain("reports/a.trial.yaml:", result.StdOut);
    }

    [Fact]
    public void Unknown_rule_id_and_pack_are_reported_at_their_lines()
    {
        _repo.Write(".triallint.yaml", "extends: [consort-2026]\nrules:\n  TL0710: warning\n  TL0790: off\n");
        _repo.Write("reports/a.trial.yaml", GateFixture.Clean);

        var result = _repo.Run("lint", "reports");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains(".triallint.yaml:1:11: error TL0809: 'consort-2026' is not a rule pack TrialLint knows", result.StdOut);
        Assert.Contains(".triallint.yaml:4:3: error TL0809: 'TL0790' is not a rule TrialLint knows; did you mean TL0710?", result.StdOut);
    }

    [Fact]
    public void Configured_packs_replace_the_choice_by_design()
    {
        _repo.Write(".triallint.yaml", "extends: [consort-harms-2022]\n");
        _repo.Write("reports/als.trial.yaml", GateFixture.Als);

        var result = _repo.Run("lint", "reports", "-f", "json");

        using var json = System.Text.Json.JsonDocument.Parse(result.StdOut);
        var file = json.RootElement.GetProperty("files")[0];
        Assert.Equal(["consort-harms-2022"], file.GetProperty("packs").EnumerateArray().Select(p => p.GetString()));
        Assert.All(file.GetProperty("findings").EnumerateArray(), f => Assert.StartsWith("TL02", f.GetProperty("id").GetString()));
    }

    [Fact]
    public void Include_and_exclude_pick_the_files()
    {
        _repo.Write(".triallint.yaml", "exclude: [\"reports/drafts/**\"]\n");
        _repo.Write("reports/a.trial.yaml", GateFixture.Clean);
        _repo.Write("reports/drafts/b.trial.yaml", GateFixture.Als);

        var result = _repo.Run("lint", "reports");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Linted 1 file", result.StdOut);
    }

    [Fact]
    public void Init_writes_a_starter_config_that_loads()
    {
        var init = _repo.Run("init");
        _repo.Write("reports/a.trial.yaml", GateFixture.Clean);
        var lint = _repo.Run("lint", "reports");
        var again = _repo.Run("init");

        Assert.Equal(0, init.ExitCode);
        Assert.Contains("# TrialLint configuration.", _repo.Read(".triallint.yaml"));
        Assert.Equal(ExitCodes.Success, lint.ExitCode);
        // Running init again keeps the configuration (it only updates the schemas in .triallint/).
        Assert.Equal(ExitCodes.Success, again.ExitCode);
        Assert.Contains("Kept .triallint.yaml", again.StdOut);
    }

    [Fact]
    public void Init_examples_parse_when_uncommented()
    {
        _repo.Run("init");
        // Uncomment every example line ("# key: ...", "#   - item"), leaving the prose comments alone.
        var lines = _repo.Read(".triallint.yaml").Split('\n').Select(line =>
            System.Text.RegularExpressions.Regex.IsMatch(line, @"^# ( *- | *[A-Za-z0-9]+: ?)") ? line[2..] : line);
        _repo.Write(".triallint.yaml", string.Join('\n', lines));
        _repo.Write("reports/a.trial.yaml", GateFixture.Clean);
        Directory.CreateDirectory(Path.Combine(_repo.Root, "house-rules"));

        var lint = _repo.Run("lint", "reports");

        Assert.Contains("\nextends:\n  - consort-2025", _repo.Read(".triallint.yaml"), StringComparison.Ordinal);
        Assert.Contains("\nrules:\n  TL0209: off", _repo.Read(".triallint.yaml"), StringComparison.Ordinal);
        Assert.DoesNotContain("TL08", lint.StdOut + lint.StdErr, StringComparison.Ordinal);
        Assert.NotEqual(ExitCodes.UsageError, lint.ExitCode);
    }

    [Fact]
    public void A_configuration_error_names_the_configuration_not_the_report()
    {
        _repo.Write(".triallint.yaml", "titel: x\n");
        _repo.Write("reports/a.trial.yaml", GateFixture.Clean);

        var lint = _repo.Run("lint", "reports");

        Assert.Contains("'titel' is not a key of the configuration", lint.StdOut + lint.StdErr, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageError, lint.ExitCode);
    }

    [Theory]
    [InlineData("error", ExitCodes.Success)]
    [InlineData("warning", ExitCodes.Findings)]
    [InlineData("info", ExitCodes.Findings)]
    public void Fail_level_from_the_config(string level, int expected)
    {
        _repo.Write(".triallint.yaml", $"failLevel: {level}\n");
        _repo.Write("reports/a.trial.yaml", GateFixture.OneWarning);

        Assert.Equal(expected, _repo.Run("lint", "reports").ExitCode);
    }

    [Fact]
    public void Max_warnings()
    {
        _repo.Write("reports/a.trial.yaml", GateFixture.OneWarning);
        _repo.Write("reports/b.trial.yaml", GateFixture.OneWarning);

        var within = _repo.Run("lint", "reports", "--max-warnings", "2");
        var over = _repo.Run("lint", "reports", "--max-warnings", "1");

        Assert.Equal(ExitCodes.Success, within.ExitCode);
        Assert.Equal(ExitCodes.Findings, over.ExitCode);
        Assert.Contains("2 warnings is more than --max-warnings 1", over.StdErr);
    }

    [Fact]
    public void Registry_folder_cross_checks_each_report_against_its_own_record()
    {
        Directory.CreateDirectory(Path.Combine(_repo.Root, "registry"));
        File.Copy(TrialLint.Tests.Infrastructure.RepoPaths.Combine("tests", "rules", "_registry", "als-registered.json"), Path.Combine(_repo.Root, "registry", "NCT09000002.json"));
        _repo.Write(".triallint.yaml", "registry: registry\n");
        _repo.Write("reports/left-out.trial.yaml", File.ReadAllText(TrialLint.Tests.Infrastructure.RepoPaths.Combine("tests", "rules", "TL0607", "invalid-left-out.yaml")));
        _repo.Write("reports/unregistered.trial.yaml", GateFixture.Clean);

        var result = _repo.Run("lint", "reports");

        Assert.Contains("reports/left-out.trial.yaml:", result.StdOut);
        Assert.Contains(" TL0607:", result.StdOut);
        Assert.DoesNotContain("reports/unregistered.trial.yaml:", result.StdOut);
    }

    [Fact]
    public void Registry_folder_that_does_not_exist_is_a_configuration_error()
    {
        _repo.Write(".triallint.yaml", "registry: nowhere\n");
        _repo.Write("reports/a.trial.yaml", GateFixture.Clean);

        var result = _repo.Run("lint", "reports");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("the registry folder", result.StdOut);
    }
}
