using System.Diagnostics;
using TrialLint.Engine;
using TrialLint.Output;
using TrialLint.Output.Sarif;
using TrialLint.Rules;
using TrialLint.Schema;
using TrialLint.Syntax;

namespace TrialLint.Bench;

/// <summary>
/// What a process pays once, in the order `triallint lint FILE -f sarif -o OUT` pays it: runtime start until Main,
/// loading the built-in rules (rule files parsed into Scriban expressions, packs, checklists), loading the report
/// schema (NJsonSchema), the first report through the pipeline (mostly JIT of the stages, or its absence with
/// ReadyToRun), then the same report again warm. Run it in a fresh process; publish the bench driver with
/// ReadyToRun (bench/run.sh does) to see the figures as the ReadyToRun tool sees them.
/// </summary>
public static class StartupBreakdown
{
    public static void Run(string file)
    {
        var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        var sw = Stopwatch.StartNew();
        _ = ReportSchema.Instance;
        double tSchema = Lap(sw);
        var rules = RuleSet.BuiltIn;
        double tRules = Lap(sw);
        var engine = new LintEngine(rules);
        double tEngine = Lap(sw);
        // The first report stage by stage (what JIT, type loading and first-use caches cost), then the engine's way.
        var bytes = File.ReadAllBytes(file);
        double tRead = Lap(sw);
        var source = SourceDecoder.Decode(file, bytes, out _)!;
        double tDecode = Lap(sw);
        var tree = SyntaxParser.Parse(source);
        double tParse = Lap(sw);
        SchemaValidator.Validate(tree);
        double tValidate = Lap(sw);
        var report = TrialLint.Binding.ReportBinder.Bind(tree)!;
        double tBind = Lap(sw);
        new TrialLint.Analyzers.AnalyzerDriver(rules.Analyzers).Analyze(report, tree, rules.SelectorFor(report));
        double tAnalyze = Lap(sw);
        var result = engine.LintFile(file);
        double tFirst = Lap(sw);
        using (var stream = new MemoryStream())
        {
            var writer = new SarifWriter(stream);
            writer.Begin(new RunContext(rules, Path.GetDirectoryName(Path.GetFullPath(file))!, Directory.GetCurrentDirectory()));
            writer.Add(result);
            writer.End(new RunSummary(), 1);
        }
        double tSarif = Lap(sw);
        var console = new ConsoleReporter(TextWriter.Null, color: false);
        console.Add(result);
        double tConsole = Lap(sw);
        engine.LintFile(file);
        double tSecond = Lap(sw);
        Console.WriteLine($"process start -> Main        {sinceStart.TotalMilliseconds,8:0.0} ms  (runtime start, assembly loading)");
        Console.WriteLine($"load report schema           {tSchema,8:0.0} ms  (NJsonSchema: parse the embedded schema)");
        Console.WriteLine($"load built-in rules          {tRules,8:0.0} ms  (rule files and packs; {rules.Analyzers.Length} analyzers)");
        Console.WriteLine($"create engine                {tEngine,8:0.0} ms");
        Console.WriteLine($"first report: read           {tRead,8:0.0} ms");
        Console.WriteLine($"first report: decode         {tDecode,8:0.0} ms");
        Console.WriteLine($"first report: parse          {tParse,8:0.0} ms");
        Console.WriteLine($"first report: schema         {tValidate,8:0.0} ms");
        Console.WriteLine($"first report: bind           {tBind,8:0.0} ms");
        Console.WriteLine($"first report: rules          {tAnalyze,8:0.0} ms");
        Console.WriteLine($"first report via engine      {tFirst,8:0.0} ms  ({result.Diagnostics.Length} findings; stages already warm)");
        Console.WriteLine($"first SARIF (begin/add/end)  {tSarif,8:0.0} ms");
        Console.WriteLine($"first console text           {tConsole,8:0.0} ms");
        Console.WriteLine($"same report again, warm      {tSecond,8:0.0} ms");
    }

    private static double Lap(Stopwatch sw)
    {
        double ms = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        return ms;
    }
}
