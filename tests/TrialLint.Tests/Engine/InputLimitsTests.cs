using System.Text;
using TrialLint.Diagnostics;
using TrialLint.Engine;
using TrialLint.Rules;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Engine;

/// <summary>
/// Inputs that used to hang or exhaust memory (issue 13, "Inputs that hang or exhaust memory"): a pipe or a device
/// named like a report, loops of links between folders, a report with hundreds of thousands of arms, and a rule whose
/// nested conditions over long lists would never finish. Each now ends quickly with a finding that says why.
/// </summary>
public sealed class InputLimitsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("triallint-limits-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_link_to_a_pipe_does_not_block_the_run()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return; // named pipes in the file system are Unix
        string fifo = MakeFifo("pipe");
        string link = Path.Combine(_folder, "linked.trial.yaml");
        File.CreateSymbolicLink(link, fifo);

        var result = await Task.Run(() => new LintEngine().LintFile(link)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("TL0003", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void A_link_to_a_device_is_not_read_without_end()
    {
        if (!File.Exists("/dev/zero")) return; // Unix only: there is no /dev/zero to link to elsewhere.
        string link = Path.Combine(_folder, "zero.trial.yaml");
        File.CreateSymbolicLink(link, "/dev/zero");

        var result = new LintEngine().LintFile(link);

        Assert.Equal("TL0003", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public async Task A_pipe_named_like_a_report_does_not_block_the_run()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return; // named pipes in the file system are Unix
        string fifo = MakeFifo("pipe.trial.yaml");

        // Opening a FIFO for reading blocks until a writer comes; the lint must finish without opening it.
        var lint = Task.Run(() => new LintEngine().LintFile(fifo));

        var result = await lint.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("TL0003", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void Loops_of_folder_links_are_followed_once()
    {
        string reports = Directory.CreateDirectory(Path.Combine(_folder, "reports", "a", "b")).FullName;
        File.WriteAllText(Path.Combine(_folder, "reports", "one.trial.yaml"), "format_version: 1\n");
        // Two links back up the tree: followed blindly, each level doubles the walk and repeats the report.
        Directory.CreateSymbolicLink(Path.Combine(reports, "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(reports, "top"), Path.Combine(_folder, "reports"));

        var (files, missing) = ReportDiscovery.Expand([Path.Combine(_folder, "reports")]);

        Assert.Empty(missing);
        Assert.Equal("one.trial.yaml", Path.GetFileName(Assert.Single(files)));
    }

    [Fact]
    public void A_report_with_more_values_than_the_limit_is_refused_at_its_longest_list()
    {
        var text = new StringBuilder("format_version: 1\ntitle: Many arms\narms:\n");
        for (int i = 0; i < 510_000; i++) text.Append("- {id: a").Append(i).Append("}\n");

        var result = Lint.Text(text.ToString());

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("TL0004", finding.Id);
        Assert.Equal(3, finding.Location.StartLine);
        Assert.Contains("more than 1,000,000 values", finding.Message, StringComparison.Ordinal);
        Assert.Contains("at /arms, has 510,000 items", finding.Message, StringComparison.Ordinal);
        Assert.Null(result.Report);
    }

    [Fact]
    public void A_rule_whose_nested_conditions_would_never_finish_stops_with_a_finding()
    {
        // all() three deep over 2,000 arms is eight billion tests; the rule stops at its budget and says so.
        const string rule = "id: TL0399\ntitle: Nested\nseverity: warning\ncategory: Design\nchecklist: [CONSORT-2025:1a]\n"
            + "description: A rule that tests every triple of arms, far too many.\nmessage: A message long enough for the schema\n"
            + "require: all(arms, \"all(arms, `all(arms, 'present(it.id)')`)\")\n";
        var rules = RuleSet.Build([new RuleSource("rules/test/TL0399-nested.yaml", rule)], []);
        Assert.Empty(rules.LoadDiagnostics);
        var text = new StringBuilder("format_version: 1\narms:\n");
        for (int i = 0; i < 2_000; i++) text.Append("  - {id: a").Append(i).Append("}\n");

        var result = new LintEngine(rules).LintText("nested.trial.yaml", text.ToString());

        var finding = Assert.Single(result.Diagnostics, d => d.Id == "TL0031");
        Assert.Contains("Rule TL0399 stopped after testing 2,000,000 conditions", finding.Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TL0399" || d.Descriptor.Category is DiagnosticCategory.Internal or DiagnosticCategory.Configuration);
    }

    private string MakeFifo(string name)
    {
        string fifo = Path.Combine(_folder, name);
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo])) mkfifo.WaitForExit();
        Assert.True(File.Exists(fifo), "mkfifo made no pipe");
        return fifo;
    }
}
