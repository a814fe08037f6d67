using System.Diagnostics;
using System.Runtime.InteropServices;
using TrialLint.Analyzers;
using TrialLint.Engine;
using TrialLint.Output;
using TrialLint.Output.Json;
using TrialLint.Registry;
using TrialLint.Rules;
using TrialLint.Syntax;

namespace TrialLint.Bench;

/// <summary>
/// Where the time of a registry record goes, stage by stage, on one thread: read, decode, parse (tree with
/// positions and pointers; beside it the JSON reader alone, building nothing), map (CtGovMapper to the report model), select packs, analyze (C# analyzers and rule files
/// apart), the whole engine (LintBytes: the stages above plus sorting and filtering findings), and the JSON output.
/// Records with and without a results section are reported apart, since the first are ten times larger.
/// Time is the thread's CPU time (clock_gettime(CLOCK_THREAD_CPUTIME_ID)), not wall time: on a machine shared with
/// other jobs it counts only what this thread ran, so the split stays usable when the machine is busy.
/// </summary>
public static class RecordStages
{
    public static void Run(string directory, int repeat)
    {
        var files = Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).ToArray();
        var options = new LintOptions { Registry = new RegistryOptions { AsOf = new DateOnly(2026, 12, 1) } };
        var engine = new LintEngine(options: options);
        var rules = engine.Rules;
        var driver = new AnalyzerDriver(rules.Analyzers);
        var csharpDriver = new AnalyzerDriver(rules.Analyzers.Where(a => a is not RuleFileAnalyzer));
        var ruleFileDriver = new AnalyzerDriver(rules.Analyzers.OfType<RuleFileAnalyzer>());
        string[] names = ["read", "decode", "parse", "  reader alone", "map", "select packs", "analyze", "  C# analyzers", "  rule files", "engine (LintBytes)", "JSON output"];
        var groups = new Dictionary<bool, Stage[]>
        {
            [true] = [.. names.Select(n => new Stage(n))],
            [false] = [.. names.Select(n => new Stage(n))],
        };
        var counts = new Dictionary<bool, (int Records, long Bytes)> { [true] = (0, 0), [false] = (0, 0) };
        var context = new RunContext(rules, directory, directory);
        var json = new JsonFindingsWriter(Stream.Null);
        json.Begin(context);

        // Warm up every stage so JIT time is not counted per record.
        foreach (string file in files.Take(60)) Stages(file, measure: false);
        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var paused = GC.GetTotalPauseDuration();
        for (int r = 0; r < repeat; r++)
            foreach (string file in files) Stages(file, measure: true);
        Console.WriteLine($"garbage collections: gen0 {GC.CollectionCount(0) - collections[0]}, gen1 {GC.CollectionCount(1) - collections[1]}, gen2 {GC.CollectionCount(2) - collections[2]}; " +
            $"paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:0} ms in all");

        Console.WriteLine($"{files.Length} records x {repeat}, one thread, CPU time of the thread per record:");
        foreach (bool results in new[] { true, false })
        {
            var (n, bytes) = counts[results];
            if (n == 0) continue;
            var engineStage = groups[results][9];
            double engineMs = engineStage.CpuMs / n;
            Console.WriteLine($"records {(results ? "with" : "without")} results: {n / repeat}, mean {bytes / (double)n / 1024:0.0} KB; " +
                $"engine {engineMs:0.000} ms a record = {bytes / 1e6 / (engineStage.CpuMs / 1000):0.0} MB/s, {1000 / engineMs:0} records/s per core");
            Console.WriteLine($"  {"stage",-20} {"ms/record",10} {"share",6} {"KB alloc",10}");
            foreach (var stage in groups[results])
                Console.WriteLine($"  {stage.Name,-20} {stage.CpuMs / n,10:0.000} {stage.CpuMs / engineStage.CpuMs,6:P0} {stage.Bytes / 1024.0 / n,10:0.0}");
        }

        void Stages(string file, bool measure)
        {
            var bytes = File.ReadAllBytes(file);
            bool results = bytes.AsSpan().IndexOf("\"resultsSection\""u8) >= 0;
            var s = groups[results];
            if (measure) counts[results] = (counts[results].Records + 1, counts[results].Bytes + bytes.Length);
            s[0].Measure(measure, () => File.ReadAllBytes(file));
            var source = s[1].Measure(measure, () => SourceDecoder.Decode(file, bytes, out _)!);
            var tree = s[2].Measure(measure, () => SyntaxParser.Parse(source, bytes.AsMemory()));
            s[3].Measure(measure, () => ReadAll(bytes));
            var (reports, _) = s[4].Measure(measure, () => CtGovMapper.MapStudies(tree, options.Registry));
            foreach (var report in reports)
            {
                var packs = s[5].Measure(measure, () => rules.SelectPacks(report, options.Packs));
                var selector = rules.SelectorFor(packs);
                s[6].Measure(measure, () => driver.Analyze(report, tree, selector));
                s[7].Measure(measure, () => csharpDriver.Analyze(report, tree, selector));
                s[8].Measure(measure, () => ruleFileDriver.Analyze(report, tree, selector));
            }
            var result = s[9].Measure(measure, () => engine.LintBytes(file, bytes));
            s[10].Measure(measure, () => { json.Add(result); return 0; });
        }
    }

    /// <summary>The floor of parsing: System.Text.Json's reader over every token, building nothing.</summary>
    private static int ReadAll(byte[] bytes)
    {
        var reader = new System.Text.Json.Utf8JsonReader(bytes);
        int tokens = 0;
        while (reader.Read()) tokens++;
        return tokens;
    }

    private sealed class Stage(string name)
    {
        public string Name => name;

        public double CpuMs { get; private set; }

        public long Bytes { get; private set; }

        public T Measure<T>(bool measure, Func<T> run)
        {
            if (!measure) return run();
            long before = GC.GetAllocatedBytesForCurrentThread();
            double start = ThreadCpu.Milliseconds();
            var result = run();
            CpuMs += ThreadCpu.Milliseconds() - start;
            Bytes += GC.GetAllocatedBytesForCurrentThread() - before;
            return result;
        }
    }
}

/// <summary>The calling thread's CPU time (Linux; falls back to wall time elsewhere).</summary>
internal static partial class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private static readonly Stopwatch Wall = Stopwatch.StartNew();

    public static double Milliseconds()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTime, out var t) == 0) return t.Seconds * 1000.0 + t.Nanoseconds / 1e6;
        return Wall.Elapsed.TotalMilliseconds;
    }
}
