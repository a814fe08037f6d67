using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using TrialLint.Analyzers;
using TrialLint.Bench;
using TrialLint.Binding;
using TrialLint.Diagnostics;
using TrialLint.Engine;
using TrialLint.Model;
using TrialLint.Output;
using TrialLint.Output.Sarif;
using TrialLint.Rules;
using TrialLint.Schema;
using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Benchmarks;

/// <summary>
/// One report through each in-process stage of <c>triallint lint</c>, warm (rules and schema loaded, code jitted):
/// read → decode → parse → schema validation → bind → rule evaluation (all packs the report selects) → output
/// (SARIF, and the console text `lint -f sarif -o FILE` also prints). <see cref="LintFile"/> is the whole pipeline
/// as the engine runs it on one thread. Three generated reports (seed 42): small, medium (the corpus median) and
/// large. The startup costs a process pays once (rules, schema, JIT) are in bench/RESULTS.md from `bench startup`.
/// </summary>
public class StageBenchmarks
{
    private string _path = "";
    private byte[] _bytes = [];
    private SourceText _source = null!;
    private SyntaxTree _tree = null!;
    private TrialReport _report = null!;
    private RuleSet _rules = null!;
    private AnalyzerDriver _driver = null!;
    private LintEngine _engine = null!;
    private FileResult _result = null!;
    private RunContext _context = null!;
    private string _dir = "";

    /// <summary>Which report: small (about 4 KB), medium (about 9 KB, the median), large (about 25 KB).</summary>
    [Params("small", "medium", "large")]
    public string Report { get; set; } = "medium";

    [GlobalSetup]
    public void Setup()
    {
        // 400 reports of the benchmark corpus (seed 42); pick by size rank: 5th percentile, median, 99th.
        var random = new Random(42);
        var reports = Enumerable.Range(0, 400).Select(i => CorpusGenerator.Report(random, i))
            .Where(t => !t.Contains("\ncomments:", StringComparison.Ordinal)) // a schema break would stop at the schema
            .OrderBy(t => t.Length).ToList();
        string text = Report switch { "small" => reports[reports.Count / 20], "large" => reports[reports.Count * 99 / 100], _ => reports[reports.Count / 2] };
        _dir = Directory.CreateTempSubdirectory("triallint-bench").FullName;
        _path = Path.Combine(_dir, $"{Report}.trial.yaml");
        File.WriteAllText(_path, text);

        _rules = RuleSet.BuiltIn;
        _driver = new AnalyzerDriver(_rules.Analyzers);
        _engine = new LintEngine(_rules);
        _bytes = File.ReadAllBytes(_path);
        _source = SourceDecoder.Decode(_path, _bytes, out _)!;
        _tree = SyntaxParser.Parse(_source);
        SchemaValidator.Validate(_tree);
        _report = ReportBinder.Bind(_tree)!;
        _result = _engine.LintFile(_path);
        _context = new RunContext(_rules, _dir, _dir);
        Console.WriteLine($"// {Report}: {_bytes.Length} bytes, {_result.Diagnostics.Length} findings");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, recursive: true);

    [Benchmark(Description = "1 read")]
    public byte[] Read() => File.ReadAllBytes(_path);

    [Benchmark(Description = "2 decode")]
    public SourceText? Decode() => SourceDecoder.Decode(_path, _bytes, out _);

    [Benchmark(Description = "3 parse")]
    public SyntaxTree Parse() => SyntaxParser.Parse(_source);

    [Benchmark(Description = "4 schema")]
    public ImmutableArray<Diagnostic> Schema() => SchemaValidator.Validate(_tree);

    [Benchmark(Description = "5 bind")]
    public TrialReport? Bind() => ReportBinder.Bind(_tree);

    [Benchmark(Description = "6 rules")]
    public AnalysisResult Rules() => _driver.Analyze(_report, _tree, _rules.SelectorFor(_report));

    [Benchmark(Description = "7 sarif")]
    public long Sarif()
    {
        // Begin and End write the run's header and rule table once per run; they are not per-report costs, so the
        // writer is opened on a counting stream and only Add is the report's part (Begin/End are in the figure too:
        // see "7 sarif (begin+end only)").
        using var stream = new CountingStream();
        var writer = new SarifWriter(stream);
        writer.Begin(_context);
        writer.Add(_result);
        writer.End(new RunSummary(), 1);
        return stream.Length;
    }

    [Benchmark(Description = "7 sarif (begin+end only)")]
    public long SarifFrame()
    {
        using var stream = new CountingStream();
        var writer = new SarifWriter(stream);
        writer.Begin(_context);
        writer.End(new RunSummary(), 1);
        return stream.Length;
    }

    [Benchmark(Description = "8 console text")]
    public void ConsoleText()
    {
        var writer = new ConsoleReporter(TextWriter.Null, color: false);
        writer.Add(_result);
    }

    [Benchmark(Description = "all: LintFile (1-6)")]
    public FileResult LintFile() => _engine.LintFile(_path);

    /// <summary>A stream that only counts what is written.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }
}
