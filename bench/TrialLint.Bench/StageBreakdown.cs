using System.Diagnostics;
using TrialLint.Analyzers;
using TrialLint.Binding;
using TrialLint.Rules;
using TrialLint.Schema;
using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Bench;

/// <summary>Times each pipeline stage over a folder of reports on one thread (a quick breakdown; BenchmarkDotNet gives the careful one).</summary>
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
        var read = new Stopwatch(); var decode = new Stopwatch(); var parse = new Stopwatch(); var schema = new Stopwatch(); var bind = new Stopwatch(); var analyze = new Stopwatch();
        var csharp = new Stopwatch(); var ruleFiles = new Stopwatch();
        // Warm up every stage once so JIT time is not counted per report.
        foreach (string file in files.Take(50)) Stages(file, null);
        foreach (string file in files) Stages(file, (read, decode, parse, schema, bind, analyze));
        double n = files.Length;
        Console.WriteLine($"{files.Length} reports, one thread, µs per report:");
        foreach (var (name, sw) in new[] { ("read", read), ("decode", decode), ("parse", parse), ("schema", schema), ("bind", bind), ("analyze", analyze), ("  C# analyzers", csharp), ("  rule files", ruleFiles) })
            Console.WriteLine($"  {name,-16} {sw.Elapsed.TotalMilliseconds * 1000 / n,8:0.0}");

        void Stages(string file, (Stopwatch, Stopwatch, Stopwatch, Stopwatch, Stopwatch, Stopwatch)? t)
        {
            t?.Item1.Start(); var bytes = File.ReadAllBytes(file); t?.Item1.Stop();
            t?.Item2.Start(); var source = SourceDecoder.Decode(file, bytes, out _)!; t?.Item2.Stop();
            t?.Item3.Start(); var tree = SyntaxParser.Parse(source); t?.Item3.Stop();
            t?.Item4.Start(); SchemaValidator.Validate(tree); t?.Item4.Stop();
            t?.Item5.Start(); var report = ReportBinder.Bind(tree)!; t?.Item5.Stop();
            t?.Item6.Start(); var selector = rules.SelectorFor(report); driver.Analyze(report, tree, selector); t?.Item6.Stop();
            if (t is not null) csharp.Start();
            csharpDriver.Analyze(report, tree, selector);
            if (t is not null) { csharp.Stop(); ruleFiles.Start(); }
            ruleFileDriver.Analyze(report, tree, selector);
            if (t is not null) ruleFiles.Stop();
        }
    }
}
