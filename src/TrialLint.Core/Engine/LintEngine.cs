using System.Collections.Immutable;
using TrialLint.Analyzers;
using TrialLint.Binding;
using TrialLint.Diagnostics;
using TrialLint.Schema;
using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Engine;

/// <summary>
/// Lints reports: read → decode → parse (positions) → validate against the schema → bind the model → analyze →
/// findings. Files are independent, so a batch runs in parallel; results come back in input order as they
/// complete, so output streams and memory stays flat however many files there are.
/// </summary>
public sealed class LintEngine
{
    private readonly AnalyzerDriver _driver;
    private readonly LintOptions _options;

    /// <summary>Creates an engine with the given analyzers (the built-in ones by default).</summary>
    public LintEngine(IEnumerable<ReportAnalyzer>? analyzers = null, LintOptions? options = null)
    {
        _driver = new AnalyzerDriver(analyzers ?? BuiltInAnalyzers.Create());
        _options = options ?? LintOptions.Default;
        Descriptors = BuiltInAnalyzers.AllDescriptors(_driver.Analyzers);
    }

    /// <summary>Every descriptor this engine can report, in id order.</summary>
    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; }

    /// <summary>Lints many files in parallel, yielding results in the order of <paramref name="paths"/>.</summary>
    public IEnumerable<FileResult> LintFiles(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return paths.AsParallel().AsOrdered()
            .WithCancellation(cancellationToken)
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(LintFile);
    }

    /// <summary>Reads and lints one file. Never throws for a bad file: every problem is a finding.</summary>
    public FileResult LintFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > SyntaxLimits.MaxFileBytes)
                return Failed(path, InputDiagnostics.TooLarge, $"the file is {info.Length / (1024 * 1024)} MB; reports are read up to {SyntaxLimits.MaxFileBytes / (1024 * 1024)} MB");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return Failed(path, InputDiagnostics.Unreadable, ex is FileNotFoundException or DirectoryNotFoundException ? "the file does not exist" : ex.Message);
        }
        var source = SourceDecoder.Decode(path, bytes, out var decodeError);
        if (source is null) return new FileResult(path, null, null, null, [decodeError!]);
        return LintSource(source);
    }

    /// <summary>Lints text already in memory (an editor buffer, a test).</summary>
    public FileResult LintText(string path, string text) => LintSource(new SourceText(path, text));

    private FileResult LintSource(SourceText source)
    {
        SyntaxTree? tree = null;
        try
        {
            tree = SyntaxParser.Parse(source);
            var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
            diagnostics.AddRange(tree.Diagnostics);
            if (tree.Root is null)
            {
                if (!tree.Diagnostics.Any()) diagnostics.Add(Diagnostic.Create(InputDiagnostics.Empty, Location.ForFile(source.Path)));
                return Finish(source, tree, null, diagnostics);
            }

            var schemaDiagnostics = SchemaValidator.Validate(tree);
            diagnostics.AddRange(schemaDiagnostics);
            // A report in another format version cannot be bound to this model: stop at the version finding.
            if (schemaDiagnostics.Any(d => d.Descriptor == InputDiagnostics.FormatVersion) || tree.Root is not MappingNode)
                return Finish(source, tree, null, diagnostics);

            var report = ReportBinder.Bind(tree)!;
            var findings = _driver.Analyze(report, tree);
            // A value the schema rejected reads as absent in the model; the analyzers' view of it would only repeat
            // the schema finding in other words, so findings at or below a rejected value are dropped.
            var rejected = schemaDiagnostics.Select(d => d.Location.Pointer.ToString()).ToArray();
            foreach (var finding in findings)
            {
                string pointer = finding.Location.Pointer.ToString();
                if (finding.Descriptor.Category != DiagnosticCategory.Internal && rejected.Any(r => IsAtOrBelow(pointer, r))) continue;
                diagnostics.Add(finding);
            }
            return Finish(source, tree, report, diagnostics);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var crash = Diagnostic.Create(InternalDiagnostics.EngineFailed, Location.ForFile(source.Path), ("error", $"{ex.GetType().Name}: {ex.Message}"));
            return new FileResult(source.Path, source, tree, null, [.. tree?.Diagnostics ?? [], crash]);
        }
    }

    private FileResult Finish(SourceText source, SyntaxTree tree, Model.TrialReport? report, ImmutableArray<Diagnostic>.Builder diagnostics) =>
        new(source.Path, source, tree, report, ApplyOptions(diagnostics));

    private static FileResult Failed(string path, DiagnosticDescriptor descriptor, string reason) =>
        new(path, null, null, null, [Diagnostic.Create(descriptor, Location.ForFile(path), ("reason", reason))]);

    private ImmutableArray<Diagnostic> ApplyOptions(IEnumerable<Diagnostic> diagnostics)
    {
        var overrides = _options.SeverityOverrides;
        var result = new List<Diagnostic>();
        foreach (var d in diagnostics)
        {
            if (overrides.Count > 0 && overrides.TryGetValue(d.Id, out var severity))
            {
                if (severity is null) continue;
                result.Add(d.WithSeverity(severity.Value));
            }
            else if (d.Descriptor.IsEnabledByDefault)
            {
                result.Add(d);
            }
        }
        result.Sort(DiagnosticOrder.Instance);
        return [.. result];
    }

    private static bool IsAtOrBelow(string pointer, string ancestor) =>
        ancestor.Length > 0 && pointer.StartsWith(ancestor, StringComparison.Ordinal) && (pointer.Length == ancestor.Length || pointer[ancestor.Length] == '/');
}
