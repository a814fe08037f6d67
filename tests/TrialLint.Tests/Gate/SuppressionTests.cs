using TrialLint.Tests.Infrastructure;
using TrialLint.Cli;

namespace TrialLint.Tests.Gate;

/// <summary>Suppression comments in YAML reports: each form, and the findings a bad one gets.</summary>
[Collection(CliCollection.Name)]
public sealed class SuppressionTests : IDisposable
{
    private readonly GateFixture _repo = new();

    public void Dispose() => _repo.Dispose();

    private static string WithLine(string report, string after, string comment) =>
        report.Replace(after, comment + "\n" + after, StringComparison.Ordinal);

    [Fact]
    public void Next_line_comment_with_a_reason_silences_the_finding_and_the_run_passes()
    {
        string report = GateFixture.OneWarning.Replace("format_version: 1", "# triallint-disable-next-line TL0710 -- Limitations are in the discussion section of the article\nformat_version: 1");
        _repo.Write("reports/a.trial.yaml", report);

        var result = _repo.Run("lint", "reports", "--fail-level", "warning");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("(1 suppressed)", result.StdOut);
    }

    [Fact]
    public void Missing_reason_is_a_finding_and_silences_nothing()
    {
        _repo.Write("reports/a.trial.yaml", GateFixture.OneWarning.Replace("format_version: 1", "# triallint-disable-next-line TL0710\nformat_version: 1"));

        var result = _repo.Run("lint", "reports");

        Assert.Contains("error TL0810: This suppression of TL0710 gives no reason", result.StdOut);
        Assert.Contains("warning TL0710", result.StdOut);
        Assert.Equal(ExitCodes.Findings, result.ExitCode);
    }

    [Fact]
    public void Unknown_id_is_a_finding_with_a_suggestion()
    {
        _repo.Write("reports/a.trial.yaml", GateFixture.OneWarning.Replace("format_version: 1", "# triallint-disable-next-line TL0790 -- reason\nformat_version: 1"));

        var result = _repo.Run("lint", "reports");

        Assert.Contains("warning TL0811: 'TL0790' is not a rule TrialLint knows, so this suppression silences nothing; did you mean TL0710?", result.StdOut);
    }

    [Fact]
    public void Unused_suppression_is_a_finding()
    {
        _repo.Write("reports/a.trial.yaml", GateFixture.Clean.Replace("format_version: 1", "# triallint-disable-next-line TL0105 -- left over\nformat_version: 1"));

        var result = _repo.Run("lint", "reports");

        Assert.Contains("warning TL0812: This suppression of TL0105 matches no finding; remove it", result.StdOut);
    }

    [Fact]
    public void Disable_and_enable_bound_a_range()
    {
        string report = GateFixture.Als
            .Replace("outcomes:\n", "# triallint-disable TL0406 -- Measures are defined in the protocol\noutcomes:\n", StringComparison.Ordinal)
            .Replace("harms:\n", "# triallint-enable TL0406\nharms:\n", StringComparison.Ordinal);
        _repo.Write("reports/als.trial.yaml", report);

        var result = _repo.Run("lint", "reports", "-f", "json");

        using var json = System.Text.Json.JsonDocument.Parse(result.StdOut);
        var findings = json.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("id").GetString() == "TL0406").ToList();
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal("in-source", f.GetProperty("suppressed").GetProperty("kind").GetString()));
        Assert.Contains(json.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray(), f => f.GetProperty("id").GetString() == "TL0405" && !f.TryGetProperty("suppressed", out _));
    }

    [Fact]
    public void Disable_file_covers_the_whole_file_and_shows_in_sarif_with_its_justification()
    {
        _repo.Write("reports/als.trial.yaml", "# triallint-disable-file TL0406, TL0405 -- Outcomes follow the registered protocol\n" + GateFixture.Als);
        string sarif = Path.Combine(_repo.Root, "out.sarif");

        var result = _repo.Run("lint", "reports", "-f", "sarif", "-o", sarif);

        Assert.Contains("(3 suppressed)", result.StdOut);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(sarif));
        var suppressed = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Where(r => r.TryGetProperty("suppressions", out _)).ToList();
        Assert.Equal(3, suppressed.Count);
        Assert.All(suppressed, r =>
        {
            var s = r.GetProperty("suppressions")[0];
            Assert.Equal("inSource", s.GetProperty("kind").GetString());
            Assert.Equal("Outcomes follow the registered protocol", s.GetProperty("justification").GetString());
        });
    }

    [Fact]
    public void Suppressed_findings_are_listed_with_their_reason_in_html()
    {
        _repo.Write("reports/als.trial.yaml", "# triallint-disable-file TL0406 -- Outcomes follow the registered protocol\n" + GateFixture.Als);
        string html = Path.Combine(_repo.Root, "out.html");

        _repo.Run("lint", "reports", "-f", "html", "-o", html);

        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(html));
        var details = Assert.Single(document.QuerySelectorAll("details.suppressed"));
        Assert.Contains("2 suppressed findings", details.QuerySelector("summary")!.TextContent);
        Assert.Contains("reason: Outcomes follow the registered protocol", details.TextContent);
    }
}
