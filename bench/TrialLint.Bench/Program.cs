using TrialLint.Bench;

// The benchmark driver. Commands:
//   generate DIR [--count N] [--seed S]   write a generated corpus
//   rules [--count N] [--seed S]          time one flow-arithmetic rule as a rule file and as a C# analyzer
//   stages DIR                            time each pipeline stage per report on one thread
//   records DIR [--repeat N]              time each stage per registry record (thread CPU time), with and without results
//   startup FILE                          what a fresh process pays once: rules, schema, first report (JIT)
//   memory DIR engine|balanced            peak memory of an in-order parallel run: the engine's vs a load-balanced partitioner
//   compare [--sizes ..] [--runs N] ...   the whole-process comparison with Spectral (run it through bench/run.sh)
int Option(string name, int fallback)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out int v) ? v : fallback;
}

switch (args.FirstOrDefault())
{
    case "generate" when args.Length >= 2:
        CorpusGenerator.Generate(args[1], Option("--count", 1000), Option("--seed", 42));
        Console.WriteLine($"Wrote {Option("--count", 1000)} reports to {args[1]}");
        return 0;
    case "stages" when args.Length >= 2:
        StageBreakdown.Run(args[1]);
        return 0;
    case "records" when args.Length >= 2:
        RecordStages.Run(args[1], Option("--repeat", 1));
        return 0;
    case "startup" when args.Length >= 2:
        StartupBreakdown.Run(args[1]);
        return 0;
    case "memory" when args.Length >= 3:
        MemoryProbe.Run(args[1], args[2]);
        return 0;
    case "compare":
        return Compare.Run(args);
    case "rules":
        RuleEvaluationBenchmark.Run(Option("--count", 10_000), Option("--seed", 42));
        return 0;
    default:
        Console.Error.WriteLine("usage: TrialLint.Bench generate DIR [--count N] [--seed S] | rules [--count N] [--seed S] | stages DIR | startup FILE | compare [options] (see bench/run.sh)");
        return 2;
}
