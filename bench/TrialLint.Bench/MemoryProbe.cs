using System.Collections.Concurrent;
using System.Diagnostics;
using TrialLint.Engine;

namespace TrialLint.Bench;

/// <summary>
/// Peak memory of linting a folder in parallel, in order, consumed one result at a time as the CLI does: the engine's
/// own <see cref="LintEngine.LintFiles"/> ("engine") against the same PLINQ query over a load-balanced partitioner
/// ("balanced"), to show where the memory of a large run goes. No output is written.
/// </summary>
public static class MemoryProbe
{
    public static void Run(string directory, string mode)
    {
        var files = Directory.GetFiles(directory, "*.trial.yaml").Order(StringComparer.Ordinal).ToList();
        var engine = new LintEngine();
        var sw = Stopwatch.StartNew();
        IEnumerable<FileResult> results = mode == "balanced"
            ? Partitioner.Create(files, loadBalance: true).AsParallel().AsOrdered().WithMergeOptions(ParallelMergeOptions.NotBuffered).Select(engine.LintFile)
            : engine.LintFiles(files);
        long findings = 0;
        foreach (var r in results) findings += r.Diagnostics.Length;
        Console.WriteLine($"{mode}: {files.Count} files, {findings} findings, {sw.Elapsed.TotalSeconds:0.00} s, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB, allocated {GC.GetTotalAllocatedBytes(precise: true) / 1048576.0:0} MB");
    }
}
