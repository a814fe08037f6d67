using TrialLint.Output;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Output;

/// <summary>What the console prints of hostile or huge reports: no terminal control, bounded excerpts.</summary>
public sealed class ConsoleReporterTests
{
    private static string Print(string text, string path = "test.trial.yaml")
    {
        var result = Lint.Text(text, path);
        using var writer = new StringWriter();
        var reporter = new ConsoleReporter(writer, color: false);
        reporter.Add(result);
        return writer.ToString();
    }

    [Fact]
    public void Escape_sequences_and_direction_overrides_in_a_report_never_reach_the_terminal()
    {
        string output = Print("format_version: 1\noutcomes:\n  - id: x\n    title: \"Pain\"\n    time_frame: \"12\\e]0;pwned\\a\u202Eevil\"\n");

        Assert.Contains("TL0404", output);
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\u0007', output);
        Assert.DoesNotContain('\u202E', output);
        Assert.Contains("\\u001B]0;pwned\\u0007\\u202Eevil", output);
    }

    [Fact]
    public void A_minified_record_prints_a_window_around_the_span_not_the_whole_line()
    {
        string record = File.ReadAllText(RepoPaths.Combine("tests", "TrialLint.Tests", "Registry", "Records", "NCT00763412.json"));
        string minified = System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonDocument.Parse(record).RootElement);

        string output = Print(minified, "NCT00763412.json");

        Assert.Contains("TL0601", output);
        Assert.True(minified.Length > 20_000);
        Assert.All(output.Split('\n'), line => Assert.True(line.Length < 1_000, $"a line of {line.Length} characters"));
        Assert.Contains("…", output);
    }

    [Fact]
    public void Findings_on_the_same_line_show_its_excerpt_once()
    {
        string output = Print("format_version: 1\n");

        Assert.True(output.Split('\n').Count(l => l.EndsWith("| format_version: 1", StringComparison.Ordinal)) == 1, output);
        Assert.True(output.Split('\n').Count(l => l.Contains("= missing:", StringComparison.Ordinal)) > 5);
    }
}
