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
        var read = new Stopwatch(); var decode = new Stopwatch(); var parse = new Stopwatch(); var schema = new Stopwatch(); var bind = new Stopwatch(); var analyze = new Stopwatch();
        // Warm up every stage once so JIT time is not counted per report.
        foreach (string file in files.Take(50)) Stages(file, null);
        foreach (string file in files) Stages(file, (read, decode, parse, schema, bind, analyze));
        double n = files.Length;
        Console.WriteLine($"{files.Length} reports, one thread, µs per report:");
        foreach (var (name, sw) in new[] { ("read", read), ("decode", decode), ("parse", parse), ("schema", schema), ("bind", bind), ("analyze", analyze) })
            Console.WriteLine($"  {name,-8} {sw.Elapsed.TotalMilliseconds * 1000 / n,8:0.0}");

        void Stages(string file, (Stopwatch, Stopwatch, Stopwatch, Stopwatch, Stopwatch, Stopwatch)? t)
        {
            t?.Item1.Start(); var bytes = File.ReadAllBytes(file); t?.Item1.Stop();
            t?.Item2.Start(); var source = SourceDecoder.Decode(file, bytes, out _)!; t?.Item2.Stop();
            t?.Item3.Start(); var tree = SyntaxParser.Parse(source); t?.Item3.Stop();
            t?.Item4.Start(); SchemaValidator.Validate(tree); t?.Item4.Stop();
            t?.Item5.Start(); var report = ReportBinder.Bind(tree)!; t?.Item5.Stop();
            t?.Item6.Start(); driver.Analyze(report, tree, rules.SelectorFor(report)); t?.Item6.Stop();
        }
    }
}
