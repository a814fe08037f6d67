using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/TrialLint.Benchmarks                 every stage, three reports
// dotnet run -c Release --project bench/TrialLint.Benchmarks -- --filter '*Parse*'   one stage
// (any BenchmarkDotNet option works: --job short, --exporters json, ...)
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).AsDefault())
    .AddDiagnoser(MemoryDiagnoser.Default)
    .AddColumn(StatisticColumn.Median)
    .WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
BenchmarkSwitcher.FromAssembly(typeof(TrialLint.Benchmarks.StageBenchmarks).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args, config);
