using TrialLint.Cli;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Cli;

/// <summary><c>lint -f/-o/--template</c>: several outputs at once, and clear usage errors that leave no half-written file.</summary>
[Collection(CliCollection.Name)]
public sealed class OutputOptionsTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("triallint-output-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Several_formats_each_with_its_own_file()
    {
        string html = Path.Combine(_temp, "report.html");
        string sarif = Path.Combine(_temp, "report.sarif");

        var result = CliRunner.Run(null, "lint", "seeds/", "-f", "console", "-f", "html", "-o", html, "-f", "sarif", "-o", sarif);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("seeds/als-phase1-msc.trial.yaml:", result.StdOut);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(html));
        Assert.Contains("\"version\": \"2.1.0\"", File.ReadAllText(sarif));
        Assert.Equal(2, Directory.GetFiles(_temp).Length);
    }

    [Fact]
    public void A_format_without_output_goes_to_standard_output()
    {
        var result = CliRunner.Run(null, "lint", "seeds/als-phase1-msc.trial.yaml", "-f", "github");

        Assert.StartsWith("::", result.StdOut);
        Assert.DoesNotContain("Linted", result.StdOut);
    }

    [Fact]
    public void Two_formats_into_one_file_is_a_usage_error_before_anything_is_written()
    {
        string out1 = Path.Combine(_temp, "out.json");

        var result = CliRunner.Run(null, "lint", "seeds/als-phase1-msc.trial.yaml", "-f", "json", "-o", out1, "-f", "sarif", "-o", out1);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("is the --output of more than one format (json, sarif)", result.StdErr);
        Assert.Empty(Directory.GetFiles(_temp));
    }

    [Fact]
    public void An_output_through_a_link_replaces_the_file_it_leads_to_and_keeps_the_link()
    {
        string target = Path.Combine(_temp, "target.json");
        string link = Path.Combine(_temp, "link.json");
        File.WriteAllText(target, "old");
        File.CreateSymbolicLink(link, target);

        var result = CliRunner.Run(null, "lint", "seeds/als-phase1-msc.trial.yaml", "-f", "json", "-o", link);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.StartsWith("{", File.ReadAllText(target));
    }

    [Fact]
    public void Unknown_format_is_a_usage_error()
    {
        var result = CliRunner.Run(null, "lint", "seeds/", "-f", "xml");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("unknown format 'xml' (formats: console, sarif, json, github, junit, markdown, html, summary, checklist)", result.StdErr);
    }

    [Fact]
    public void Two_formats_on_standard_output_is_a_usage_error()
    {
        var result = CliRunner.Run(null, "lint", "seeds/", "-f", "json", "-f", "sarif");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("only one format can go to standard output", result.StdErr);
    }

    [Fact]
    public void Output_before_any_format_is_a_usage_error()
    {
        var result = CliRunner.Run(null, "lint", "seeds/", "-o", "x.sarif");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("must follow the --format it is for", result.StdErr);
    }

    [Fact]
    public void Unwritable_output_is_a_usage_error_and_writes_nothing()
    {
        string target = Path.Combine(_temp, "no-such-folder", "report.sarif");

        var result = CliRunner.Run(null, "lint", "seeds/", "-f", "sarif", "-o", target);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains($"cannot write '{target}'", result.StdErr);
        Assert.Empty(Directory.GetFileSystemEntries(_temp));
    }

    [Fact]
    public void A_failed_run_leaves_the_previous_file_untouched()
    {
        string target = Path.Combine(_temp, "report.sarif");
        File.WriteAllText(target, "previous report");

        // The rule folder does not exist: the run stops before writing, and the old report stays whole.
        var result = CliRunner.Run(null, "lint", "seeds/", "-f", "sarif", "-o", target, "--rules", Path.Combine(_temp, "missing-rules"));

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Equal("previous report", File.ReadAllText(target));
        Assert.Single(Directory.GetFiles(_temp));
    }

    [Fact]
    public void A_custom_template_replaces_the_built_in_one_and_still_escapes()
    {
        string templates = Path.Combine(_temp, "templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "report.sbn"), "<h1>House style</h1>{{ for r in reports }}<p>{{ r.title }}: {{ r.error_count }}</p>{{ end }}<p>{{ '<b>' }}</p>");
        string html = Path.Combine(_temp, "out.html");

        var result = CliRunner.Run(null, "lint", "seeds/als-phase1-msc.trial.yaml", "-f", "html", "-o", html, "--template", templates);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Equal("<h1>House style</h1><p>Phase I ALS trial shows positive results for stem cell therapy: 4</p><p>&lt;b&gt;</p>", File.ReadAllText(html));
    }

    [Fact]
    public void A_broken_template_is_a_usage_error()
    {
        string templates = Path.Combine(_temp, "templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "report.sbn"), "{{ for r in reports }}<p>never closed");

        var result = CliRunner.Run(null, "lint", "seeds/", "-f", "html", "-o", Path.Combine(_temp, "out.html"), "--template", templates);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("the template report.sbn has errors", result.StdErr);
        Assert.False(File.Exists(Path.Combine(_temp, "out.html")));
    }
}
