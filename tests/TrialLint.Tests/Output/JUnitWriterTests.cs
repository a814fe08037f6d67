using System.Xml.Linq;
using TrialLint.Diagnostics;
using TrialLint.Output;
using TrialLint.Output.JUnit;
using TrialLint.Rules;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Output;

/// <summary>JUnit as CI systems read it: errors counted, failures only at the fail level, no byte-order mark.</summary>
public sealed class JUnitWriterTests
{
    private static byte[] Write(DiagnosticSeverity failLevel, params string[] reports)
    {
        using var stream = new MemoryStream();
        var writer = new JUnitWriter(stream, failLevel);
        writer.Begin(new RunContext(RuleSet.BuiltIn, RepoPaths.Root, RepoPaths.Root));
        var summary = new RunSummary();
        foreach (string report in reports)
        {
            var result = Lint.Text(report);
            writer.Add(result);
            summary.Add(result.Diagnostics);
        }
        writer.End(summary, 0);
        return stream.ToArray();
    }

    private static string Als => File.ReadAllText(RepoPaths.Combine("seeds", "als-phase1-msc.trial.yaml"));

    [Fact]
    public void Warnings_fail_only_when_the_run_fails_on_warnings()
    {
        var atError = XDocument.Load(new MemoryStream(Write(DiagnosticSeverity.Error, Als)));
        var atWarning = XDocument.Load(new MemoryStream(Write(DiagnosticSeverity.Warning, Als)));

        var errorSuite = atError.Descendants("testsuite").Single();
        var warningSuite = atWarning.Descendants("testsuite").Single();
        Assert.Equal(errorSuite.Descendants("failure").Count(), int.Parse(errorSuite.Attribute("failures")!.Value));
        Assert.All(errorSuite.Descendants("failure"), f => Assert.Equal("error", f.Attribute("type")!.Value));
        Assert.Contains(errorSuite.Descendants("system-out"), s => s.Value.Contains("warning TL0301", StringComparison.Ordinal));
        Assert.True(int.Parse(warningSuite.Attribute("failures")!.Value) > int.Parse(errorSuite.Attribute("failures")!.Value));
    }

    [Fact]
    public void A_report_that_cannot_be_parsed_is_an_error_and_the_file_has_no_bom()
    {
        byte[] bytes = Write(DiagnosticSeverity.Error, "format_version: 1\ntitle: [unclosed\n");
        var suite = XDocument.Load(new MemoryStream(bytes)).Descendants("testsuite").Single();

        Assert.Equal((byte)'<', bytes[0]);
        Assert.Equal("1", suite.Attribute("errors")!.Value);
        Assert.Single(suite.Descendants("error"));
    }
}
