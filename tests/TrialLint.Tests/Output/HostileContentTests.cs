using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Markdig;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Output;

/// <summary>
/// A report with script elements, event-handler attributes, a closing style tag, javascript: URLs and control
/// characters in every string field goes through every output format; each output is parsed the way its
/// consumer would parse it, and must carry the text as text, never as markup, code or a new command.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class HostileContentTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("triallint-hostile-").FullName;

    public HostileContentTests() => File.WriteAllText(Path.Combine(_temp, "hostile.trial.json"), HostileReport.Json());

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string Output(string format) => OutputFiles.Lint(format, _temp, "hostile.trial.json").Text;

    [Fact]
    public void Html_has_no_script_no_event_handler_and_no_javascript_link()
    {
        string html = Output("html");
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("script"));
        var handlers = document.All.SelectMany(e => e.Attributes.Select(a => $"<{e.LocalName} {a.Name}>")).Where(a => a.Split(' ')[1].StartsWith("on", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Empty(handlers);
        Assert.DoesNotContain(document.QuerySelectorAll("[href], [src], [xlink\\:href]"),
            e => (e.GetAttribute("href") ?? e.GetAttribute("src") ?? "").Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        Assert.Single(document.QuerySelectorAll("style"));
        Assert.Null(document.DocumentElement.GetAttribute(HostileReport.Marker));
        Assert.Equal(["meta", "meta", "meta", "title", "style"], document.Head!.Children.Select(e => e.LocalName));
        Assert.Contains("<script>", document.Title, StringComparison.Ordinal);
        // The payload is still there, as text a reviewer can read.
        Assert.Contains("<script>document.documentElement", document.Body!.TextContent);
        Assert.DoesNotContain('\u0007', html);
    }

    [Fact]
    public void Markdown_carries_no_raw_html_and_no_javascript_link()
    {
        string markdown = Output("markdown");
        // Rendered as GitHub would (CommonMark with tables and raw HTML allowed), then parsed as HTML.
        string html = Markdig.Markdown.ToHtml(markdown, new Markdig.MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("script, img, svg, style"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(document.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("[link](javascript:alert(1))", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0007', markdown);
        // Each table row stays one line: a line break in a message cannot start a new row or heading.
        Assert.All(markdown.Split('\n').Where(l => l.StartsWith('|')), l => Assert.EndsWith("|", l.TrimEnd()));
    }

    [Fact]
    public void GitHub_annotations_cannot_inject_a_workflow_command()
    {
        string text = Output("github");
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.NotEmpty(lines);
        // GitHub reads a command only at the start of a line: every line is one of ours, the payload's line
        // breaks are escaped (%0D%0A), so its "::error::injected" stays inside a message.
        Assert.All(lines, line => Assert.Matches(@"^::(error|warning|notice) file=[^:\r]*,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=[^:]*::", line));
        Assert.Contains(lines, line => line.Contains("%0D%0A::warning::injected", StringComparison.Ordinal));
    }

    [Fact]
    public void Sarif_and_json_parse_and_keep_the_text()
    {
        foreach (string format in (string[])["sarif", "json"])
        {
            using var document = JsonDocument.Parse(Output(format));
            Assert.Contains("<script>", document.RootElement.GetRawText().Replace("\\u003C", "<", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Junit_is_well_formed_xml()
    {
        var document = XDocument.Parse(Output("junit"));

        Assert.NotEmpty(document.Descendants("testcase"));
        Assert.Contains(document.Descendants("failure"), f => f.Value.Contains("<script>", StringComparison.Ordinal));
    }
}
