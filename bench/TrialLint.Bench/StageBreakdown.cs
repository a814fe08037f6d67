using System.Diagnostics;
using TrialLint.Analyzers;
using TrialLint.Binding;
using TrialLint.Rules;
using TrialLint.Schema;
using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Bench;

/// <summary>
/// Times each pipeline stage over a folder of reports on one thread, with the memory each allocates (a quick
/// breakdown; BenchmarkDotNet gives the careful one). Allocation is exact and the same from run to run, so it shows
/// the effect of a change where timings on a shared machine are too noisy to.
/// </summary>
public static class StageBreakdown
{
    public static void Run(string directory)
    {
        var files = Directory.GetFiles(directory, "*.trial.yaml").Order(StringComparer.Ordinal).ToArray();
        var rules = RuleSet.BuiltIn;
        var driver = new AnalyzerDriver(rules.Analyzers);
        // The analyze stage again, split: the C# analyzers alone, then the one analyzer hosting every rule file alone.
        var csharpDriver = new AnalyzerDriver(rules.Analyzers.Where(a => a is not RuleFileAnalyzer));
        var ruleFileDriver = new AnalyzerDriver(rules.Analyzers.OfType<RuleFileAnalyzer>());
        string[] names = ["read", "decode", "parse", "schema", "bind", "analyze", "  C# analyzers", "  rule files"];
        var stages = names.Select(name => new Stage(name)).ToArray();
        // Warm up every stage once so JIT time is not counted per report.
        foreach (string file in files.Take(50)) Stages(file, measure: false);
        foreach (var stage in stages) stage.Reset();
        foreach (string file in files) Stages(file, measure: true);
        double n = files.Length;
        Console.WriteLine($"{files.Length} reports, one thread, per report:      µs   KB allocated");
        foreach (var stage in stages)
            Console.WriteLine($"  {stage.Name,-16} {stage.Time.Elapsed.TotalMilliseconds * 1000 / n,8:0.0} {stage.Bytes / 1024.0 / n,8:0.0}");

        void Stages(string file, bool measure)
        {
            var bytes = stages[0].Measure(() => File.ReadAllBytes(file));
            var source = stages[1].Measure(() => SourceDecoder.Decode(file, bytes, out _)!);
            var tree = stages[2].Measure(() => SyntaxParser.Parse(source));
            stages[3].Measure(() => SchemaValidator.Validate(tree));
            var report = stages[4].Measure(() => ReportBinder.Bind(tree)!);
            stages[5].Measure(() => driver.Analyze(report, tree, rules.SelectorFor(report)));
            var selector = rules.SelectorFor(report);
            stages[6].Measure(() => csharpDriver.Analyze(report, tree, selector));
            stages[7].Measure(() => ruleFileDriver.Analyze(report, tree, selector));
        }
    }

    private sealed class Stage(string name)
    {
        public string Name => name;

        public Stopwatch Time { get; } = new();

        public long Bytes { get; private set; }

        public void Reset()
        {
            Time.Reset();
            Bytes = 0;
        }

        public T Measure<T>(Func<T> run)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            Time.Start();
            var result = run();
            Time.Stop();
            Bytes += GC.GetAllocatedBytesForCurrentThread() - before;
            return result;
        }
    }
}
