using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using TrialLint.Diagnostics;
using TrialLint.Engine;
using TrialLint.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TrialLint.Tests.Fuzz;

/// <summary>
/// Every input, however broken, gives findings and never an internal error (TL09xx) or an exception: the linter's
/// promise for bad input. Mutated variants of the seeds, the rule fixtures and real registry records
/// (<see cref="ReportMutator"/>) are linted in parallel. The normal run lints 2,000 variants of a fixed seed in a few
/// seconds; a long run is documented in docs/input-safety.md:
/// <code>TRIALLINT_FUZZ_COUNT=1000000 TRIALLINT_FUZZ_SEED=7 dotnet test tests/TrialLint.Tests --filter FullyQualifiedName~FuzzTests</code>
/// A failing variant is written to a temporary folder (its path is in the failure message) to become a regression case.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private static readonly LintEngine Engine = new();

    [Fact]
    public void No_mutated_input_gives_an_internal_error()
    {
        int count = EnvironmentNumber("TRIALLINT_FUZZ_COUNT", 2_000);
        int seed = EnvironmentNumber("TRIALLINT_FUZZ_SEED", 20261203);
        var (names, corpus) = Corpus();
        var mutator = new ReportMutator(corpus);
        var failures = new ConcurrentQueue<string>();
        var clock = Stopwatch.StartNew();

        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, (index, state) =>
        {
            var (input, bytes) = mutator.Make(seed, index);
            string name = names[input];
            string? problem;
            try
            {
                var result = Engine.LintBytes(name, bytes);
                problem = result.Diagnostics.FirstOrDefault(d => d.Descriptor.Category == DiagnosticCategory.Internal)?.ToString();
            }
            catch (Exception ex)
            {
                problem = ex.ToString();
            }
            if (problem is null) return;
            failures.Enqueue($"seed {seed}, variant {index} of {name} ({Save(seed, index, name, bytes)}):\n  {problem}");
            if (failures.Count >= 10) state.Stop();
        });

        output.WriteLine($"{count:N0} variants of {corpus.Count} inputs (seed {seed}) in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(failures.IsEmpty, $"{failures.Count} variants gave an internal error or an exception:\n{string.Join("\n", failures)}");
    }

    [Fact]
    public void The_same_seed_makes_the_same_variants()
    {
        var (_, corpus) = Corpus();
        var mutator = new ReportMutator(corpus);

        for (int index = 0; index < 50; index++)
            Assert.Equal(mutator.Make(7, index).Bytes, mutator.Make(7, index).Bytes);
        Assert.NotEqual(mutator.Make(7, 0).Bytes, mutator.Make(8, 0).Bytes);
    }

    /// <summary>The inputs mutated: the seeds, every rule fixture and the real registry records of the tests, each with its file name (which picks YAML or JSON).</summary>
    private static (List<string> Names, List<byte[]> Bytes) Corpus()
    {
        var files = Directory.GetFiles(RepoPaths.Combine("seeds"), "*.trial.*")
            .Concat(Directory.GetFiles(RepoPaths.Combine("tests", "rules"), "*", SearchOption.AllDirectories)
                .Where(f => (f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)) && !f.EndsWith(".expect.yaml", StringComparison.Ordinal)))
            .Concat(Directory.GetFiles(RepoPaths.Combine("tests", "TrialLint.Tests", "Registry", "Records"), "NCT*.json"))
            .Order(StringComparer.Ordinal)
            .ToList();
        return ([.. files.Select(f => Path.GetFileName(f).Contains(".trial.", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal) ? Path.GetFileName(f) : Path.GetFileNameWithoutExtension(f) + ".trial.yaml")],
            [.. files.Select(File.ReadAllBytes)]);
    }

    private static string Save(int seed, int index, string name, byte[] bytes)
    {
        string folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "triallint-fuzz")).FullName;
        string path = Path.Combine(folder, $"{seed}-{index}-{name}");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static int EnvironmentNumber(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value > 0 ? value : fallback;
}
