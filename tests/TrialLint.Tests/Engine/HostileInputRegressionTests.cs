using TrialLint.Diagnostics;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Engine;

/// <summary>
/// Reproducers from the fuzzing audit that used to end in an internal error (TL0902 at 1:1): each is now an input
/// finding at the offending line, with a message that names the problem.
/// </summary>
public sealed class HostileInputRegressionTests
{
    [Theory]
    // Valid UTF-8 that escapes half a surrogate pair: System.Text.Json's GetString throws on it.
    [InlineData("lone-surrogate.trial.json", "{\"format_version\": 1, \"title\": \"a\\ud800b\"}", "TL0011", 1, 32, "half a surrogate pair")]
    [InlineData("lone-surrogate-key.trial.json", "{\"format_version\": 1,\n \"\\udc00\": 1}", "TL0011", 2, 2, "half a surrogate pair")]
    // A whole number beyond 64 bits, and numbers beyond decimal's range, where the fast schema check cast to decimal.
    [InlineData("huge-count.trial.yaml", "format_version: 1\nflow:\n  enrolled: 79228162514264337593543950336\n", "TL0024", 3, 13, "must be at most 1,000,000,000,000")]
    [InlineData("huge-p.trial.yaml", "format_version: 1\noutcomes:\n  - id: x\n    effects:\n      - p_value: 1e300\n", "TL0024", 5, 18, "between 0 and 1")]
    // YamlDotNet's scanner throws InvalidOperationException instead of a YamlException on these.
    [InlineData("flow-brace.trial.yaml", "a: 1\n{\nb: 2\n", "TL0010", 1, 4, "cannot be read here")]
    [InlineData("after-document-end.trial.yaml", "... x\n", "TL0010", 1, 1, "text after the end of the document")]
    // Counts that overflowed TL0103's sum (TL0901): counts above 10^12 are refused by the schema and left out of the model.
    [InlineData("overflowing-arms.trial.yaml", "format_version: 1\narms:\n  - {id: a}\n  - {id: b}\nflow:\n  enrolled: 2\n  periods:\n    - id: main\n      groups:\n        - {arm: a, allocated: 9223372036854775807}\n        - {arm: b, allocated: 1}\n", "TL0024", 10, 31, "must be at most 1,000,000,000,000")]
    // A date of the right shape that no calendar has passed the schema's pattern.
    [InlineData("impossible-date.trial.yaml", "format_version: 1\ndates:\n  recruitment_start: 2023-02-30\n", "TL0023", 3, 22, "'recruitment_start' must be a day of the calendar, but it is '2023-02-30'")]
    [InlineData("impossible-date.trial.json", "{\"format_version\": 1, \"dates\": {\"follow_up_end\": \"2025-04-31\"}}", "TL0023", 1, 50, "must be a day of the calendar")]
    // Found by the fuzz test: a one-line flow mapping cut off by the end of the file, after "key: ".
    [InlineData("flow-cut-off.trial.yaml", "format_version: 1\nharms:\n  serious: {participants: ", "TL0010", 3, 27, "cannot be parsed")]
    public void Hostile_input_is_an_input_finding_at_its_line(string path, string text, string id, int line, int column, string says)
    {
        var result = Lint.Text(text, path);

        Assert.False(result.HasInternalError, string.Join("\n", result.Diagnostics));
        var finding = Assert.Single(result.Diagnostics, d => d.Id == id);
        Assert.Equal((line, column), (finding.Location.StartLine, finding.Location.StartColumn));
        Assert.Contains(says, finding.Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticCategory.Input, finding.Descriptor.Category);
    }

    [Fact]
    public void A_text_too_long_for_a_rule_pattern_is_a_finding_on_that_report_not_a_configuration_error()
    {
        // 100,000 words with no sentence end: TL0308's pattern times out on it (it was TL0807, exit 2, for the run).
        string words = string.Join(' ', Enumerable.Repeat("the participants were told nothing about the arm", 14_000));
        var result = Lint.Text($"format_version: 1\ndesign:\n  randomised: true\nblinding:\n  statement: \"{words}\"\n");

        Assert.DoesNotContain(result.Diagnostics, d => d.Descriptor.Category is DiagnosticCategory.Configuration or DiagnosticCategory.Internal);
        // On a busy machine another prose rule may run out of time on the same text too: TL0308's finding is the one asked for.
        var finding = Assert.Single(result.Diagnostics, d => d.Id == "TL0030" && d.Message.Contains("Rule TL0308 could not finish", StringComparison.Ordinal));
        Assert.Equal(4, finding.Location.StartLine);
    }
}
