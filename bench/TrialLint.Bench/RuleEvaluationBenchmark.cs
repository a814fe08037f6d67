using System.Diagnostics;
using TrialLint.Analyzers;
using TrialLint.Analyzers.ParticipantFlowRules;
using TrialLint.Binding;
using TrialLint.Model;
using TrialLint.Rules;
using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Bench;

/// <summary>
/// Measures one flow-arithmetic check written two ways — as a rule file (Scriban) and as a C# analyzer — over
/// generated reports: cold (first report, including parsing the expression and JIT) and warm (per report after).
/// Parsing and binding happen before timing starts, so only rule evaluation is measured.
/// </summary>
public static class RuleEvaluationBenchmark
{
    private const string FlowRule = """
        id: TL0199
        title: Enrolled equals the sum of allocations (benchmark)
        severity: error
        category: ParticipantFlow
        checklist: [CONSORT-2025:22a]
        description: The number enrolled equals the sum over arms of the numbers allocated in the first period.
        message: "{enrolled} enrolled but {allocated} allocated"
        applies_if: flow.enrolled != null && present(flow.periods)
        require: flow.enrolled == sum(flow.periods[0].groups, 'allocated')
        report_at: flow.enrolled
        values:
          enrolled: flow.enrolled
          allocated: sum(flow.periods[0].groups, 'allocated')
        """;

    public static void Run(int count, int seed)
    {
        var random = new Random(seed);
        var reports = new List<(TrialReport Report, SyntaxTree Tree)>(count);
        for (int i = 0; i < count; i++)
        {
            var tree = YamlSyntaxParser.Parse(new SourceText($"r{i}.trial.yaml", CorpusGenerator.Report(random, i)));
            reports.Add((ReportBinder.Bind(tree)!, tree));
        }
        Console.WriteLine($"{count} generated reports parsed and bound; timing rule evaluation only.");

        var ruleFile = RuleSet.Build([new RuleSource("bench/TL0199.yaml", FlowRule)], []);
        if (ruleFile.LoadDiagnostics.Length > 0) throw new InvalidOperationException(string.Join("\n", ruleFile.LoadDiagnostics));
        Measure("rule file (Scriban)", new AnalyzerDriver(ruleFile.Analyzers), reports);
        Measure("C# analyzer TL0103", new AnalyzerDriver([new TL0103EnrolledNotAllocated()]), reports);
    }

    private static void Measure(string name, AnalyzerDriver driver, List<(TrialReport Report, SyntaxTree Tree)> reports)
    {
        var cold = Stopwatch.StartNew();
        int findings = driver.Analyze(reports[0].Report, reports[0].Tree).Diagnostics.Length;
        cold.Stop();
        var warm = Stopwatch.StartNew();
        for (int i = 1; i < reports.Count; i++) findings += driver.Analyze(reports[i].Report, reports[i].Tree).Diagnostics.Length;
        warm.Stop();
        double perReport = warm.Elapsed.TotalMilliseconds * 1000 / (reports.Count - 1);
        Console.WriteLine($"{name,-22} cold (first report): {cold.Elapsed.TotalMilliseconds,7:0.0} ms   warm: {perReport,6:0.0} µs/report, {warm.Elapsed.TotalMilliseconds,7:0} ms for {reports.Count - 1} reports   findings: {findings}");
    }
}
