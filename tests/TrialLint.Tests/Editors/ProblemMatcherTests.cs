using System.Text.Json;
using System.Text.RegularExpressions;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Editors;

/// <summary>
/// The problem matchers for the console shape <c>file:line:col: severity TL####: message</c>: the one the VS Code
/// extension contributes (<c>$triallint</c>) and the GitHub Actions one (<c>.github/triallint-problem-matcher.json</c>,
/// for <c>::add-matcher::</c>), run against the real console output of <c>lint seeds/</c>, plain and coloured, and
/// checked against the same run's findings JSON.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class ProblemMatcherTests
{
    private sealed record Finding(string File, int Line, int Column, string Severity, string Code, string Message);

    private sealed record Matcher(Regex Regex, int File, int Line, int Column, int Severity, int Code, int Message);

    private static Matcher Read(JsonElement pattern) => new(
        new Regex(pattern.GetProperty("regexp").GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1)),
        pattern.GetProperty("file").GetInt32(), pattern.GetProperty("line").GetInt32(), pattern.GetProperty("column").GetInt32(),
        pattern.GetProperty("severity").GetInt32(), pattern.GetProperty("code").GetInt32(), pattern.GetProperty("message").GetInt32());

    private static Matcher VsCode()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepoPaths.Combine("editors", "vscode", "package.json")));
        var matcher = json.RootElement.GetProperty("contributes").GetProperty("problemMatchers").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "triallint");
        return Read(matcher.GetProperty("pattern").Clone());
    }

    private static Matcher GitHub()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepoPaths.Combine(".github", "triallint-problem-matcher.json")));
        var matcher = json.RootElement.GetProperty("problemMatcher").EnumerateArray().Single();
        Assert.Equal("triallint", matcher.GetProperty("owner").GetString());
        return Read(matcher.GetProperty("pattern").EnumerateArray().Single().Clone());
    }

    private static List<Finding> Expected()
    {
        var result = CliRunner.Run(null, "lint", "seeds/", "-f", "json");
        using var json = JsonDocument.Parse(result.StdOut);
        return [.. json.RootElement.GetProperty("files").EnumerateArray().SelectMany(file => file.GetProperty("findings").EnumerateArray().Select(f => new Finding(
            file.GetProperty("path").GetString()!, f.GetProperty("line").GetInt32(), f.GetProperty("column").GetInt32(),
            f.GetProperty("severity").GetString()!, f.GetProperty("id").GetString()!, f.GetProperty("message").GetString()!)))];
    }

    private static List<Finding> Match(Matcher matcher, string console) =>
    [
        .. console.Split('\n').Select(line => matcher.Regex.Match(line.TrimEnd('\r'))).Where(m => m.Success).Select(m => new Finding(
            m.Groups[matcher.File].Value, int.Parse(m.Groups[matcher.Line].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(m.Groups[matcher.Column].Value, System.Globalization.CultureInfo.InvariantCulture),
            m.Groups[matcher.Severity].Value, m.Groups[matcher.Code].Value, m.Groups[matcher.Message].Value)),
    ];

    [Theory]
    [InlineData("never")]
    [InlineData("always")]
    public void The_vscode_matcher_reads_every_finding_of_the_console_output(string color)
    {
        var expected = Expected();
        var console = CliRunner.Run(null, "lint", "seeds/", "--color", color);
        Assert.Equal(color == "always", console.StdOut.Contains('\u001b', StringComparison.Ordinal));

        var matched = Match(VsCode(), console.StdOut);

        Assert.True(expected.Count > 40, $"the seeds gave only {expected.Count} findings");
        Assert.Contains(expected, f => f.Severity == "info");
        Assert.Equal(expected, matched);
    }

    [Theory]
    [InlineData("never")]
    [InlineData("always")]
    public void The_github_matcher_reads_every_error_and_warning(string color)
    {
        // The runner knows the severities error, warning and notice only, and would drop a matched 'info' line;
        // the matcher leaves info findings in the log (-f github writes them as notices).
        var expected = Expected().Where(f => f.Severity is "error" or "warning").ToList();
        var console = CliRunner.Run(null, "lint", "seeds/", "--color", color);

        var matched = Match(GitHub(), console.StdOut);

        Assert.Equal(expected, matched);
    }

    [Fact]
    public void The_matchers_match_nothing_else()
    {
        string[] other =
        [
            "Linted 3 files in 1.16 s: 8 errors, 44 warnings, 7 infos.",
            " 31 | format_version: 1",
            "    = missing: /sample_size/calculation",
            "triallint: error: there is no rule 'TL9999'; 'triallint rules list' lists them",
            "seeds/a.trial.yaml:31:1: note TL0312: not a severity",
        ];
        foreach (string line in other)
        {
            Assert.False(VsCode().Regex.IsMatch(line), line);
            Assert.False(GitHub().Regex.IsMatch(line), line);
        }
        // A Windows path and a message with colons.
        var m = VsCode().Regex.Match(@"C:\reports\a.trial.yaml:12:3: warning TL0710: Limitations: none given: add them");
        Assert.Equal(@"C:\reports\a.trial.yaml", m.Groups[1].Value);
        Assert.Equal("Limitations: none given: add them", m.Groups[6].Value);
    }
}
