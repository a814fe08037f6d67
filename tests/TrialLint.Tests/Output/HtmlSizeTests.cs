using TrialLint.Cli;
using TrialLint.Output.Html;
using TrialLint.Tests.Gate;

namespace TrialLint.Tests.Output;

/// <summary>
/// The HTML page is never cut and never fails for its size: Scriban's limits (1 MiB of output, a million loop steps)
/// are lifted for the built-in template. Inputs are generated here, so the tests stay fast.
/// </summary>
public sealed class HtmlSizeTests : IDisposable
{
    private readonly GateFixture _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_page_over_one_mebibyte_is_written_whole()
    {
        // 40 copies of the ALS seed made a 1,051,208-byte page that ended "CONSORT-Har..." with no </html>.
        for (int i = 1; i <= 40; i++) _dir.Write($"reports/als-{i:00}.trial.yaml", GateFixture.Als);

        var result = _dir.Run("lint", "reports", "-f", "html", "-o", "out.html");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        string html = _dir.Read("out.html");
        Assert.True(html.Length > 1_048_576, $"the page has {html.Length} characters");
        Assert.EndsWith("</html>", html.TrimEnd());
        Assert.Equal(40, html.Split("<section id=\"report-").Length - 1);
        Assert.DoesNotContain("...", html[^200..]);
    }

    [Fact]
    public void The_built_in_template_renders_without_scriban_limits()
    {
        // About 5,000 reports with their checklists took more than Scriban's million loop steps, and the whole run
        // failed; a page over 1 MiB was cut. Our own template ends, so it runs with no loop, string or output limit.
        var context = HtmlWriter.CreateContext(new PageView("t", "1", "now", [], 0, 0, 0), null);

        Assert.Equal(0, context.LoopLimit);
        Assert.Equal(0, context.LimitToString);
        Assert.Equal(0, context.OutputLimit);
    }

    [Fact]
    public void A_user_template_keeps_a_loop_limit_that_grows_with_the_run()
    {
        string folder = Path.Combine(_dir.Root, "t");
        var small = new PageView("t", "1", "now", [], 0, 0, 0);
        var row = new ChecklistRowView("CONSORT-2025", "1a", "Title", "Title", "t", "reported", "Reported", [], []);
        var report = new ReportView("report-1", "r.trial.yaml", "T", null, null, null, "d", [], 0, 0, 0, null, Enumerable.Repeat(row, 250).ToList(), [], []);
        var big = small with { Reports = Enumerable.Repeat(report, 5_000).ToList() };

        Assert.Equal(1_000_000, HtmlWriter.CreateContext(small, folder).LoopLimit);
        Assert.True(HtmlWriter.CreateContext(big, folder).LoopLimit > 1_000_000_000);
    }

    [Fact]
    public void A_user_template_that_loops_forever_stops_with_a_template_error()
    {
        _dir.Write("t/report.sbn", "{{ while true }}{{ end }}");

        var ex = Assert.Throws<TemplateException>(() => HtmlWriter.Render(new PageView("t", "1", "now", [], 0, 0, 0), Path.Combine(_dir.Root, "t")));

        Assert.Contains("report.sbn:1:", ex.Message);
    }
}
