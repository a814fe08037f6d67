using PuppeteerSharp;

namespace TrialLint.Tests.Infrastructure;

/// <summary>
/// A page opened in Debian's Chromium (headless, driven by PuppeteerSharp), with every console error and page error
/// it logs. Skips the test, saying why, when Chromium is absent (a failure under CI=true).
/// </summary>
public sealed class ChromiumPage : IAsyncDisposable
{
    private readonly IBrowser _browser;

    private ChromiumPage(IBrowser browser, IPage page)
    {
        _browser = browser;
        Page = page;
    }

    /// <summary>The page.</summary>
    public IPage Page { get; }

    /// <summary>Console errors and uncaught page errors, in order.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Opens <paramref name="htmlPath"/>, with a browser profile under <paramref name="profileParent"/>.</summary>
    public static async Task<ChromiumPage> OpenAsync(string htmlPath, string profileParent)
    {
        string? chromium = ExternalTools.Chromium(out string reason);
        ExternalTools.Require(chromium, reason);
        var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            UserDataDir = Path.Combine(profileParent, "profile"),
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"],
        });
        var page = await browser.NewPageAsync();
        var session = new ChromiumPage(browser, page);
        page.Console += (_, e) => { if (e.Message.Type == ConsoleType.Error) session.Errors.Add(e.Message.Text); };
        page.PageError += (_, e) => session.Errors.Add(e.Message);
        await page.GoToAsync(new Uri(htmlPath).AbsoluteUri, WaitUntilNavigation.Load);
        return session;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        await _browser.DisposeAsync();
    }
}
