using PuppeteerSharp;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Output;

/// <summary>
/// The completeness summary page (<c>-f summary -o summary.html</c>) of the test registry records in real Chromium:
/// it renders, both charts are drawn with a size and name their bars in text, and the page logs no error. Set
/// TRIALLINT_UPDATE_SCREENSHOT=1 to refresh docs/images/summary.png (referenced from docs/output-formats.md).
/// </summary>
[Collection(CliCollection.Name)]
public sealed class SummaryBrowserTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("triallint-summary-browser-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [SkippableFact]
    public async Task Summary_page_draws_both_charts_and_logs_no_error()
    {
        string html = Path.Combine(_temp, "summary.html");
        var run = CliRunner.Run(null, "lint", "tests/TrialLint.Tests/Registry/Records/NCT*.json", "tests/TrialLint.Tests/Registry/Records/real/NCT*.json",
            "--as-of", "2026-12-01", "-f", "summary", "-o", html);
        Assert.True(File.Exists(html), run.StdErr);

        await using var session = await ChromiumPage.OpenAsync(html, _temp);

        foreach (string chart in (string[])["svg.chart-rules", "svg.chart-overdue"])
        {
            var size = await session.Page.EvaluateExpressionAsync<double[]>(
                $"(() => {{ const r = document.querySelector('{chart}').getBoundingClientRect(); return [r.width, r.height]; }})()");
            Assert.True(size[0] > 300 && size[1] > 100, $"{chart} is {size[0]}x{size[1]}");
        }
        string bars = await session.Page.EvaluateExpressionAsync<string>("Array.from(document.querySelectorAll('svg.chart-rules text')).map(t => t.textContent).join(' | ')");
        Assert.Contains("TL0603", bars);
        string cells = await session.Page.EvaluateExpressionAsync<string>("Array.from(document.querySelectorAll('svg.chart-overdue g.cell title')).map(t => t.textContent).join(' | ')");
        Assert.Contains("Industry, 2020: 1 of 1 overdue", cells);
        Assert.Equal(0, await session.Page.EvaluateExpressionAsync<int>("document.scripts.length"));
        Assert.Empty(session.Errors);

        if (Environment.GetEnvironmentVariable("TRIALLINT_UPDATE_SCREENSHOT") == "1")
        {
            await session.Page.SetViewportAsync(new ViewPortOptions { Width = 1150, Height = 1500 });
            await session.Page.ScreenshotAsync(RepoPaths.Combine("docs", "images", "summary.png"), new ScreenshotOptions { FullPage = false });
        }
    }
}
