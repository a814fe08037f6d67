using System.Collections.Immutable;
using TrialLint.Analyzers;
using TrialLint.Analyzers.ParticipantFlowRules;
using TrialLint.Diagnostics;
using TrialLint.Engine;

namespace TrialLint.Tests.Engine;

public sealed class AnalyzerDriverTests
{
    // Analyzers whose descriptors are not selected are skipped, so these declare one they never report.
    private sealed class ThrowingAnalyzer : ReportAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [InputDiagnostics.Empty];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterReportAction(_ => throw new InvalidOperationException("boom"));
    }

    private sealed class UndeclaredDescriptorAnalyzer : ReportAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [InputDiagnostics.Empty];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterReportAction(c => c.ReportDiagnostic(TL0110FlowNotReported.Descriptor, c.LocationOf(c.Report)));
    }

    private sealed class ThrowingOnSecondGroupAnalyzer : ReportAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [InputDiagnostics.Empty];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterFlowGroupAction(c => { if (c.Node.Arm == "b") throw new OverflowException("sum"); });
    }

    /// <summary>Records, in a log shared by several instances, every arm and flow group it is handed (A and B declare different descriptors).</summary>
    private sealed class RecordingAnalyzer(string name, List<string> log, string? throwOnArm = null) : ReportAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [name == "A" ? InputDiagnostics.Empty : InputDiagnostics.TooLarge];

        public override string Name => name;

        public override void Initialize(AnalysisContext context)
        {
            context.RegisterReportAction(_ => log.Add($"{name}:report"));
            context.RegisterArmAction(c =>
            {
                if (c.Node.Id == throwOnArm) throw new InvalidOperationException("boom");
                log.Add($"{name}:arm {c.Node.Id}");
            });
            context.RegisterFlowGroupAction(c => log.Add($"{name}:group {c.Node.Arm}"));
        }
    }

    private const string ReportWithoutFlow = "format_version: 1\ntitle: t\n";

    [Fact]
    public void A_throwing_analyzer_becomes_TL0901_and_the_others_still_run()
    {
        var engine = new LintEngine([new ThrowingAnalyzer(), new TL0110FlowNotReported()]);

        var result = engine.LintText("r.trial.yaml", ReportWithoutFlow);

        var crash = Assert.Single(result.Diagnostics, d => d.Id == "TL0901");
        Assert.Contains("ThrowingAnalyzer", crash.Message);
        Assert.Contains("boom", crash.Message);
        Assert.Contains(result.Diagnostics, d => d.Id == "TL0110");
        Assert.True(result.HasInternalError);
    }

    [Fact]
    public void An_analyzer_failing_on_a_flow_group_is_TL0901_at_that_group()
    {
        var engine = new LintEngine([new ThrowingOnSecondGroupAnalyzer()]);

        var result = engine.LintText("r.trial.yaml", "format_version: 1\nflow:\n  periods:\n    - groups:\n        - arm: a\n        - arm: b\n");

        var crash = Assert.Single(result.Diagnostics, d => d.Id == "TL0901");
        Assert.Equal((6, 11), (crash.Location.StartLine, crash.Location.StartColumn));
    }

    [Fact]
    public void A_report_is_walked_once_and_each_node_handed_to_every_analyzer()
    {
        var log = new List<string>();
        var engine = new LintEngine([new RecordingAnalyzer("A", log), new RecordingAnalyzer("B", log)]);

        engine.LintText("r.trial.yaml", "format_version: 1\narms:\n  - id: a\n  - id: b\nflow:\n  periods:\n    - groups:\n        - arm: a\n        - arm: b\n");

        Assert.Equal(
            ["A:report", "B:report", "A:arm a", "B:arm a", "A:arm b", "B:arm b", "A:group a", "B:group a", "A:group b", "B:group b"],
            log);
    }

    [Fact]
    public void An_analyzer_that_throws_in_the_walk_stops_but_the_others_are_still_handed_every_node()
    {
        var log = new List<string>();
        var engine = new LintEngine([new RecordingAnalyzer("A", log, throwOnArm: "a"), new RecordingAnalyzer("B", log)]);

        var result = engine.LintText("r.trial.yaml", "format_version: 1\narms:\n  - id: a\n  - id: b\nflow:\n  periods:\n    - groups:\n        - arm: a\n");

        Assert.Equal(["A:report", "B:report", "B:arm a", "B:arm b", "B:group a"], log);
        var crash = Assert.Single(result.Diagnostics, d => d.Id == "TL0901");
        Assert.Equal(3, crash.Location.StartLine);
    }

    [Fact]
    public void Reporting_an_undeclared_descriptor_is_an_internal_error()
    {
        var engine = new LintEngine([new UndeclaredDescriptorAnalyzer()]);

        var result = engine.LintText("r.trial.yaml", ReportWithoutFlow);

        Assert.Contains(result.Diagnostics, d => d.Id == "TL0901" && d.Message.Contains("TL0110"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TL0110");
    }

    [Fact]
    public void Results_of_a_batch_come_back_in_input_order()
    {
        var engine = new LintEngine();
        var paths = Enumerable.Range(0, 50).Select(i => $"missing-{i:00}.trial.yaml").ToList();

        var results = engine.LintFiles(paths).Select(r => r.Path).ToList();

        Assert.Equal(paths, results);
    }
}
