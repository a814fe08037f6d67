using PuppeteerSharp;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Output;

/// <summary>
/// The HTML report in a real browser (Debian's Chromium, headless, driven by PuppeteerSharp): the hostile payload
/// never runs, the page logs no errors, and the seed's flow diagram is drawn with a size. Set
/// TRIALLINT_UPDATE_SCREENSHOT=1 to refresh docs/images/seed-report.png from the seed's page.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class BrowserTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("triallint-browser-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [SkippableFact]
    public async Task Hostile_report_runs_no_script_and_logs_no_error()
    {
        File.WriteAllText(Path.Combine(_temp, "hostile.trial.json"), HostileReport.Json());
        string html = Path.Combine(_temp, "hostile.html");
        File.WriteAllText(html, OutputFiles.Lint("html", _temp, "hostile.trial.json").Text);

        await using var session = await OpenAsync(html);

        Assert.Null(await session.Page.EvaluateExpressionAsync<string?>($"document.documentElement.getAttribute('{HostileReport.Marker}')"));
        Assert.Equal(0, await session.Page.EvaluateExpressionAsync<int>("document.scripts.length"));
        Assert.Empty(session.Errors);
    }

    [SkippableFact]
    public async Task Seed_report_draws_the_flow_diagram()
    {
        string html = Path.Combine(_temp, "seed.html");
        File.WriteAllText(html, OutputFiles.Lint("html", null, "seeds/als-phase1-msc.trial.yaml").Text);

        await using var session = await OpenAsync(html);

        var size = await session.Page.EvaluateExpressionAsync<double[]>(
            "(() => { const r = document.querySelector('svg.flow').getBoundingClientRect(); return [r.width, r.height]; })()");
        Assert.True(size[0] > 100 && size[1] > 100, $"the flow diagram is {size[0]}x{size[1]}");
        string boxes = await session.Page.EvaluateExpressionAsync<string>("Array.from(document.querySelectorAll('svg.flow g.box')).map(g => Array.from(g.querySelectorAll('text')).map(t => t.textContent.trim()).join(' ')).join(' | ')");
        Assert.Contains("Enrolled (n=8)", boxes);
        Assert.Contains("Did not receive intervention (n=1)", boxes);
        Assert.Contains("Analysed: not reported", boxes);
        Assert.Contains("Received intervention (n=7)", boxes);
        Assert.Empty(session.Errors);

        if (Environment.GetEnvironmentVariable("TRIALLINT_UPDATE_SCREENSHOT") == "1")
        {
            // The top of the page: header, summary, flow diagram and the first findings.
            await session.Page.SetViewportAsync(new ViewPortOptions { Width = 1150, Height = 1500 });
            await session.Page.ScreenshotAsync(RepoPaths.Combine("docs", "images", "seed-report.png"), new ScreenshotOptions { FullPage = false });
        }
    }

    /// <summary>
    /// The ALS seed's page printed by Chromium on A4 and on Letter, with the page footer the docs describe (report
    /// title and "page N of M" through Chromium's footer template; CSS @page margin boxes are not supported by
    /// Chromium): a bounded number of pages, the title and the flow diagram on page 1 (no blank first page), no
    /// excerpt wider than the page, and no page holding nothing but the footnote.
    /// </summary>
    [SkippableTheory]
    [InlineData("A4")]
    [InlineData("Letter")]
    public async Task Seed_page_prints_in_a_bounded_number_of_pages(string paper)
    {
        string html = Path.Combine(_temp, "seed.html");
        File.WriteAllText(html, OutputFiles.Lint("html", null, "seeds/als-phase1-msc.trial.yaml").Text);
        await using var session = await OpenAsync(html);
        await session.Page.EmulateMediaTypeAsync(PuppeteerSharp.Media.MediaType.Print);

        // Excerpts wrap in print: no source line is wider than its box.
        int cut = await session.Page.EvaluateExpressionAsync<int>(
            "Array.from(document.querySelectorAll('pre.source')).filter(p => p.scrollWidth > p.clientWidth + 1).length");
        Assert.Equal(0, cut);

        byte[] pdfBytes = await session.Page.PdfDataAsync(new PdfOptions
        {
            Format = paper == "A4" ? PuppeteerSharp.Media.PaperFormat.A4 : PuppeteerSharp.Media.PaperFormat.Letter,
            PrintBackground = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = "<span></span>",
            FooterTemplate = "<div style=\"font-size:8px;width:100%;padding:0 12mm;display:flex;justify-content:space-between\"><span class=\"title\"></span><span>page <span class=\"pageNumber\"></span> of <span class=\"totalPages\"></span></span></div>",
            MarginOptions = new PuppeteerSharp.Media.MarginOptions { Top = "14mm", Bottom = "16mm", Left = "12mm", Right = "12mm" },
        });

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(pdfBytes);
        Assert.InRange(pdf.NumberOfPages, 6, 24);
        string Text(int page) => string.Join(" ", pdf.GetPage(page).GetWords().Select(w => w.Text));
        string first = Text(1);
        Assert.Contains("Phase I ALS trial", first);
        Assert.Contains("Enrolled", first); // the flow diagram starts on page 1
        Assert.Contains($"page 1 of {pdf.NumberOfPages}", first);
        // The last page holds more than the footnote and the page footer.
        string last = Text(pdf.NumberOfPages);
        Assert.Contains("Not checked", last);
    }

    private Task<ChromiumPage> OpenAsync(string htmlPath) => ChromiumPage.OpenAsync(htmlPath, _temp);
}
