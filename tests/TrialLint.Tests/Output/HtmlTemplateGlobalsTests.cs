using TrialLint.Model;
using TrialLint.Output.Html;

namespace TrialLint.Tests.Output;

/// <summary>
/// What a custom HTML template (<c>--template</c>) can use at the top level: every member of the page under its
/// snake_case name, the page itself, and <c>safe_url</c>.
/// </summary>
public sealed class HtmlTemplateGlobalsTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("triallint-template-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string Render(string template)
    {
        File.WriteAllText(Path.Combine(_temp, "report.sbn"), template);
        var page = new PageView("A <title>", "9.9.9", "2026-11-24 10:00 UTC", [], 1, 2, 3);
        return HtmlWriter.Render(page, _temp);
    }

    [Fact]
    public void Every_member_of_the_page_is_a_top_level_name()
    {
        string names = string.Join("|", typeof(PageView).GetProperties().Select(p => $"{{{{ {SnakeCase.Rename(p.Name)} }}}}"));

        string html = Render(names + "|{{ page.tool_version }}");

        Assert.Equal("A &lt;title&gt;|9.9.9|2026-11-24 10:00 UTC|[]|1|2|3|9.9.9", html);
    }

    [Fact]
    public void Safe_url_keeps_web_addresses_and_drops_scripts()
    {
        string html = Render("{{ safe_url 'https://clinicaltrials.gov/study/NCT01363401' }} {{ safe_url 'javascript:alert(1)' }}");

        Assert.Equal("https://clinicaltrials.gov/study/NCT01363401 #", html);
    }
}
