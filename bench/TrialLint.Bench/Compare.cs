using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TrialLint.Bench;

/// <summary>
/// The whole-process comparison behind bench/run.sh: TrialLint (as the installed dotnet tool, as a ReadyToRun publish,
/// and under runtime settings given as environment variables) against Spectral, on the same generated corpora, same
/// machine, alternating the tools run by run. Prints a table and writes results.json.
/// </summary>
public static class Compare
{
    private sealed record Variant(string Name, string Binary, Dictionary<string, string> Env, string Description);

    private sealed class Options
    {
        public string Root = ".";
        public int[] Sizes = [100, 1000, 10000];
        public int Runs = 3;
        public int? RunsLarge;
        public int LatencyRuns = 15;
        public int SettingsSize = 1000;
        public int Seed = 42;
        public bool SkipSpectral;
        public bool SkipSettings;
        public string? Out;
    }

    public static int Run(string[] args)
    {
        var o = new Options();
        for (int i = 1; i < args.Length; i++)
        {
            string Next() => args[++i];
            switch (args[i])
            {
                case "--root": o.Root = Next(); break;
                case "--sizes": o.Sizes = Next().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray(); break;
                case "--runs": o.Runs = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--runs-large": o.RunsLarge = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--latency-runs": o.LatencyRuns = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--settings-size": o.SettingsSize = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--seed": o.Seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--no-spectral": o.SkipSpectral = true; break;
                case "--no-settings": o.SkipSettings = true; break;
                case "--out": o.Out = Next(); break;
                default: Console.Error.WriteLine($"compare: unknown option {args[i]}"); return 2;
            }
        }
        string root = Path.GetFullPath(o.Root);
        string bench = Path.Combine(root, "bench");
        string outDir = o.Out ?? Path.Combine(bench, ".out");
        string tool = Path.Combine(outDir, "tool", "triallint");
        string r2r = Path.Combine(outDir, "r2r", "triallint");
        string jit = Path.Combine(outDir, "jit", "triallint");
        string spectral = Path.Combine(bench, ".tools", "node_modules", ".bin", "spectral");
        string ruleset = Path.Combine(bench, "spectral", ".spectral.yaml");
        string resultsDir = Path.Combine(outDir, "results");
        Directory.CreateDirectory(resultsDir);
        foreach (string required in new[] { tool, jit, r2r }.Concat(o.SkipSpectral ? [] : new[] { spectral }))
            if (!File.Exists(required)) { Console.Error.WriteLine($"compare: {required} is missing; run bench/run.sh"); return 2; }

        var none = new Dictionary<string, string>();
        // run.sh installs the tool as users do: on linux-x64 that is the Native AOT package (without a C toolchain, the
        // portable framework-dependent one). The other two are the same program published framework-dependent.
        var toolVariant = new Variant("tool", tool, none, "dotnet tool install (the linux-x64 package: Native AOT, no JIT)");
        var jitVariant = new Variant("jit", jit, none, "dotnet publish -p:PublishAot=false (framework-dependent, JIT; TieredPGO off; the portable tool)");
        var r2rVariant = new Variant("r2r", r2r, none, "dotnet publish -r linux-x64 -p:PublishAot=false -p:PublishReadyToRun=true --self-contained false");
        List<Variant> builds = [toolVariant, jitVariant, r2rVariant];
        // Runtime settings tried on the ReadyToRun build (environment variables only; nothing rebuilt).
        var settings = new List<Variant>(builds)
        {
            new("r2r TieredPGO=1", r2r, new() { ["DOTNET_TieredPGO"] = "1" }, "re-enable dynamic PGO (off by default in this project)"),
            new("r2r TieredCompilation=0", r2r, new() { ["DOTNET_TieredCompilation"] = "0" }, "no tiering: everything JIT-compiled fully optimised at once"),
            new("r2r TC_QuickJitForLoops=0", r2r, new() { ["DOTNET_TC_QuickJitForLoops"] = "0" }, "methods with loops skip tier 0"),
            new("r2r ReadyToRun=0", r2r, new() { ["DOTNET_ReadyToRun"] = "0" }, "ignore all precompiled code (framework too): what R2R buys"),
            new("r2r gcServer=1", r2r, new() { ["DOTNET_gcServer"] = "1" }, "server GC (one heap per core)"),
            new("r2r gcConcurrent=0", r2r, new() { ["DOTNET_gcConcurrent"] = "0" }, "no background GC thread"),
            new("r2r GCgen0size=64MB", r2r, new() { ["DOTNET_GCgen0size"] = "0x4000000" }, "larger gen0 budget: fewer GCs"),
            new("jit TieredCompilation=0", jit, new() { ["DOTNET_TieredCompilation"] = "0" }, "JIT build, no tiering"),
        };

        var results = new JsonObject
        {
            ["generated"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["machine"] = Machine(),
            ["meter"] = ProcessMeter.Method,
            ["seed"] = o.Seed,
            ["runs"] = o.Runs,
            ["commands"] = new JsonObject
            {
                ["triallint"] = "triallint lint CORPUS -f sarif -o FILE   (stdout to /dev/null)",
                ["spectral"] = "spectral lint -r bench/spectral/.spectral.yaml 'CORPUS/*.trial.yaml' -f sarif -o FILE --ignore-unknown-format -q",
            },
        };

        // 1. Throughput per corpus size, tools alternating run by run.
        var sizes = new JsonArray();
        var table = new List<string[]>();
        foreach (int size in o.Sizes)
        {
            string corpus = Path.Combine(bench, "corpus", $"n{size}");
            var stats = CorpusStats(corpus);
            int runs = size >= 10_000 && o.RunsLarge is int rl ? rl : o.Runs;
            var contenders = new List<(string Name, Func<int, Measurement> Run)>
            {
                ("triallint (tool)", run => Lint(toolVariant, corpus, Path.Combine(resultsDir, $"triallint-tool-{size}.sarif"))),
                ("triallint (jit)", run => Lint(jitVariant, corpus, Path.Combine(resultsDir, $"triallint-jit-{size}.sarif"))),
                ("triallint (r2r)", run => Lint(r2rVariant, corpus, Path.Combine(resultsDir, $"triallint-r2r-{size}.sarif"))),
            };
            if (!o.SkipSpectral)
                contenders.Add(("spectral", run => ProcessMeter.Run(spectral,
                    ["lint", "-r", ruleset, Path.Combine(corpus, "*.trial.yaml"), "-f", "sarif", "-o", Path.Combine(resultsDir, $"spectral-{size}.sarif"), "--ignore-unknown-format", "-q"])));
            var samples = contenders.ToDictionary(c => c.Name, _ => new List<Measurement>());
            string loadBefore = Load();
            for (int run = 0; run < runs; run++)
            {
                var order = run % 2 == 0 ? contenders : Enumerable.Reverse(contenders).ToList();
                foreach (var (name, exec) in order)
                {
                    var m = exec(run);
                    samples[name].Add(m);
                    Console.Error.WriteLine($"  n={size,6} run {run + 1}/{runs} {name,-18} {m.WallSeconds,8:0.000} s wall {m.CpuSeconds,8:0.000} s cpu {m.PeakRssKb / 1024.0,7:0.0} MB  exit {m.ExitCode}  load {Load()}");
                }
            }
            var entry = new JsonObject { ["files"] = size, ["bytes"] = stats.Bytes, ["mean_file_bytes"] = stats.Bytes / Math.Max(1, stats.Files), ["runs"] = runs, ["load_before"] = loadBefore, ["load_after"] = Load() };
            var tools = new JsonObject();
            foreach (var (name, list) in samples) tools[name] = Summary(list, size);
            entry["tools"] = tools;
            // A run that failed (exit above 1: a crash, out of memory, killed) gives no rate; if every run of a tool
            // failed, its rate is at most files / the longest failed run, so the ratio is a lower bound.
            double? Wall(string name)
            {
                var ok = samples[name].Where(Ok).Select(m => m.WallSeconds).ToList();
                return ok.Count == 0 ? null : Median(ok);
            }
            double FailedWall(string name) => samples[name].Max(m => m.WallSeconds);
            foreach (var (name, list) in samples)
            {
                double? wall = Wall(name);
                string ratioText = "";
                if (!o.SkipSpectral && wall is double w)
                {
                    double? spectralWall = Wall("spectral");
                    double ratio = (spectralWall ?? FailedWall("spectral")) / w;
                    ratioText = (spectralWall is null ? "> " : "") + ratio.ToString("0.0", CultureInfo.InvariantCulture) + "x";
                    if (name != "spectral") entry[$"ratio {name} / spectral"] = spectralWall is null ? $"> {Math.Round(ratio, 1).ToString(CultureInfo.InvariantCulture)} (spectral failed)" : Math.Round(ratio, 2);
                }
                var okRuns = list.Where(Ok).ToList();
                table.Add([size.ToString("N0", CultureInfo.InvariantCulture), name,
                    wall is double ww ? (size / ww).ToString("N0", CultureInfo.InvariantCulture) : $"failed: exit {list.First(m => !Ok(m)).ExitCode} after {FailedWall(name):0} s",
                    ratioText,
                    wall is double w2 ? w2.ToString("0.00", CultureInfo.InvariantCulture) : "-",
                    okRuns.Count > 0 ? Median(okRuns.Select(m => m.CpuSeconds)).ToString("0.00", CultureInfo.InvariantCulture) : "-",
                    (list.Max(m => m.PeakRssKb) / 1024.0).ToString("0", CultureInfo.InvariantCulture), string.Join(",", list.Select(m => m.ExitCode).Distinct())]);
            }
            sizes.Add(entry);
        }
        results["throughput"] = sizes;

        // 2. One report, whole process, each variant; variants interleaved run by run so drift in load hits all alike.
        string one = Path.Combine(bench, "corpus", "one");
        var oneFile = Directory.GetFiles(one, "*.trial.yaml").Single();
        var latencyVariants = o.SkipSettings ? builds : settings;
        var latency = latencyVariants.ToDictionary(v => v.Name, _ => new List<Measurement>());
        foreach (var v in latencyVariants) Lint(v, oneFile, Path.Combine(resultsDir, "one.sarif")); // warm the file cache
        string latencyLoad = Load();
        var spectralOne = new List<Measurement>();
        for (int run = 0; run < o.LatencyRuns; run++)
        {
            foreach (var v in latencyVariants) latency[v.Name].Add(Lint(v, oneFile, Path.Combine(resultsDir, "one.sarif")));
            if (!o.SkipSpectral && run < 5)
                spectralOne.Add(ProcessMeter.Run(spectral, ["lint", "-r", ruleset, oneFile, "-f", "sarif", "-o", Path.Combine(resultsDir, "spectral-one.sarif"), "--ignore-unknown-format", "-q"]));
        }
        var latencyJson = new JsonObject { ["file"] = Path.GetRelativePath(root, oneFile), ["bytes"] = new FileInfo(oneFile).Length, ["runs"] = o.LatencyRuns, ["load_before"] = latencyLoad, ["load_after"] = Load() };
        var latencyRows = new List<string[]>();
        foreach (var v in latencyVariants)
        {
            var list = latency[v.Name];
            latencyJson[v.Name] = new JsonObject
            {
                ["env"] = new JsonObject(v.Env.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
                ["description"] = v.Description,
                ["median_wall_ms"] = Math.Round(Median(list.Select(m => m.WallSeconds)) * 1000, 1),
                ["min_wall_ms"] = Math.Round(list.Min(m => m.WallSeconds) * 1000, 1),
                ["median_cpu_ms"] = Math.Round(Median(list.Select(m => m.CpuSeconds)) * 1000, 1),
                ["peak_rss_mb"] = Math.Round(list.Max(m => m.PeakRssKb) / 1024.0, 1),
            };
            latencyRows.Add([v.Name, (Median(list.Select(m => m.WallSeconds)) * 1000).ToString("0", CultureInfo.InvariantCulture),
                (list.Min(m => m.WallSeconds) * 1000).ToString("0", CultureInfo.InvariantCulture),
                (Median(list.Select(m => m.CpuSeconds)) * 1000).ToString("0", CultureInfo.InvariantCulture),
                (list.Max(m => m.PeakRssKb) / 1024.0).ToString("0", CultureInfo.InvariantCulture)]);
        }
        if (spectralOne.Count > 0)
        {
            latencyJson["spectral"] = Summary(spectralOne, 1);
            latencyRows.Add(["spectral", (Median(spectralOne.Select(m => m.WallSeconds)) * 1000).ToString("0", CultureInfo.InvariantCulture),
                (spectralOne.Min(m => m.WallSeconds) * 1000).ToString("0", CultureInfo.InvariantCulture),
                (Median(spectralOne.Select(m => m.CpuSeconds)) * 1000).ToString("0", CultureInfo.InvariantCulture),
                (spectralOne.Max(m => m.PeakRssKb) / 1024.0).ToString("0", CultureInfo.InvariantCulture)]);
        }
        results["one_report"] = latencyJson;

        // 3. Runtime settings on a mid-size corpus, interleaved.
        var settingsRows = new List<string[]>();
        if (!o.SkipSettings)
        {
            string corpus = Path.Combine(bench, "corpus", $"n{o.SettingsSize}");
            if (!Directory.Exists(corpus)) CorpusGenerator.Generate(corpus, o.SettingsSize, o.Seed);
            var samples = settings.ToDictionary(v => v.Name, _ => new List<Measurement>());
            string loadBefore = Load();
            for (int run = 0; run < o.Runs; run++)
            {
                var order = run % 2 == 0 ? settings : Enumerable.Reverse(settings).ToList();
                foreach (var v in order) samples[v.Name].Add(Lint(v, corpus, Path.Combine(resultsDir, "settings.sarif")));
            }
            var settingsJson = new JsonObject { ["files"] = o.SettingsSize, ["runs"] = o.Runs, ["load_before"] = loadBefore, ["load_after"] = Load() };
            foreach (var v in settings)
            {
                var list = samples[v.Name];
                var s = Summary(list, o.SettingsSize);
                s["env"] = new JsonObject(v.Env.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value)));
                settingsJson[v.Name] = s;
                double wall = Median(list.Select(m => m.WallSeconds));
                settingsRows.Add([v.Name, (o.SettingsSize / wall).ToString("N0", CultureInfo.InvariantCulture), wall.ToString("0.00", CultureInfo.InvariantCulture),
                    Median(list.Select(m => m.CpuSeconds)).ToString("0.00", CultureInfo.InvariantCulture), (list.Max(m => m.PeakRssKb) / 1024.0).ToString("0", CultureInfo.InvariantCulture)]);
            }
            results["settings"] = settingsJson;
        }

        string json = results.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        File.WriteAllText(Path.Combine(outDir, "results.json"), json);

        var machine = results["machine"]!;
        Console.WriteLine($"\nMachine: {machine["cpu"]}, {machine["cores"]} cores, {machine["memory_gb"]} GB; .NET {machine["dotnet"]}; Node {machine["node"]}; meter: {ProcessMeter.Method}");
        Console.WriteLine("\nThroughput (median of runs; peak RSS = largest of runs)");
        Print(["files", "tool", "files/s", "vs Spectral", "wall s", "cpu s", "peak MB", "exit"], table);
        Console.WriteLine($"\nOne report, whole process ({latencyJson["file"]}, {latencyJson["bytes"]} bytes; {o.LatencyRuns} runs)");
        Print(["variant", "median ms", "min ms", "cpu ms", "peak MB"], latencyRows);
        if (settingsRows.Count > 0)
        {
            Console.WriteLine($"\nRuntime settings, {o.SettingsSize} files (median of {o.Runs} runs)");
            Print(["variant", "files/s", "wall s", "cpu s", "peak MB"], settingsRows);
        }
        Console.WriteLine($"\nWrote {Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(outDir, "results.json"))}");
        return 0;
    }

    private static bool Ok(Measurement m) => m.ExitCode is 0 or 1;

    private static Measurement Lint(Variant v, string corpus, string sarif) =>
        ProcessMeter.Run(v.Binary, ["lint", corpus, "-f", "sarif", "-o", sarif], v.Env);

    private static JsonObject Summary(List<Measurement> list, int files)
    {
        var ok = list.Where(Ok).ToList();
        double wall = Median(ok.Select(m => m.WallSeconds));
        return new JsonObject
        {
            ["files_per_s"] = ok.Count == 0 ? null : Math.Round(files / wall, 1),
            ["failed_runs"] = list.Count - ok.Count,
            ["median_wall_s"] = ok.Count == 0 ? null : Math.Round(wall, 3),
            ["median_cpu_s"] = ok.Count == 0 ? null : Math.Round(Median(ok.Select(m => m.CpuSeconds)), 3),
            ["median_user_s"] = ok.Count == 0 ? null : Math.Round(Median(ok.Select(m => m.UserSeconds)), 3),
            ["median_sys_s"] = ok.Count == 0 ? null : Math.Round(Median(ok.Select(m => m.SystemSeconds)), 3),
            ["peak_rss_mb"] = Math.Round(list.Max(m => m.PeakRssKb) / 1024.0, 1),
            ["wall_s"] = new JsonArray(list.Select(m => (JsonNode?)Math.Round(m.WallSeconds, 3)).ToArray()),
            ["cpu_s"] = new JsonArray(list.Select(m => (JsonNode?)Math.Round(m.CpuSeconds, 3)).ToArray()),
            ["rss_mb"] = new JsonArray(list.Select(m => (JsonNode?)Math.Round(m.PeakRssKb / 1024.0, 1)).ToArray()),
            ["exit_codes"] = new JsonArray(list.Select(m => (JsonNode?)m.ExitCode).ToArray()),
        };
    }

    private static double Median(IEnumerable<double> values)
    {
        var v = values.Order().ToArray();
        return v.Length == 0 ? double.NaN : v.Length % 2 == 1 ? v[v.Length / 2] : (v[v.Length / 2 - 1] + v[v.Length / 2]) / 2;
    }

    private static (int Files, long Bytes) CorpusStats(string corpus)
    {
        var files = Directory.GetFiles(corpus, "*.trial.yaml");
        return (files.Length, files.Sum(f => new FileInfo(f).Length));
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static JsonObject Machine()
    {
        string cpu = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?" : "?";
        double memGb = File.Exists("/proc/meminfo") ? Math.Round(long.Parse(File.ReadLines("/proc/meminfo").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0 / 1024.0, 1) : 0;
        return new JsonObject
        {
            ["cpu"] = cpu,
            ["cores"] = Environment.ProcessorCount,
            ["memory_gb"] = memGb,
            ["os"] = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
            ["dotnet"] = Environment.Version.ToString(),
            ["node"] = Capture("node", "--version"),
        };
    }

    private static string Capture(string file, string arg)
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo(file, arg) { RedirectStandardOutput = true })!;
            string s = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            return s;
        }
        catch (Exception) { return "?"; }
    }

    private static void Print(string[] header, List<string[]> rows)
    {
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        Console.WriteLine("| " + string.Join(" | ", header.Select((h, i) => h.PadRight(widths[i]))) + " |");
        Console.WriteLine("|" + string.Join("|", widths.Select((w, i) => i == 0 || i == 1 && header[1] == "tool" ? new string('-', w + 2) : new string('-', w + 1) + ":")) + "|");
        foreach (var r in rows)
            Console.WriteLine("| " + string.Join(" | ", r.Select((c, i) => i == 0 || i == 1 && header[1] == "tool" ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))) + " |");
    }
}
