using System.Collections.Frozen;
using System.Collections.Immutable;
using TrialLint.Analyzers;
using TrialLint.Configuration;
using TrialLint.Suppressions;
using TrialLint.Binding;
using TrialLint.Diagnostics;
using TrialLint.Rules;
using TrialLint.Schema;
using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Engine;

/// <summary>
/// Lints reports: read → decode → parse (positions) → validate against the schema → bind the model → analyze →
/// findings. Files are independent, so they run in parallel; results come back in input order as they
/// complete, so output streams and memory stays flat however many files there are.
/// </summary>
public sealed class LintEngine
{
    private readonly AnalyzerDriver _driver;
    private readonly LintOptions _options;
    private readonly FrozenSet<string> _knownIds;

    /// <summary>Creates an engine running <paramref name="rules"/> (the built-in analyzers and packs by default).</summary>
    public LintEngine(RuleSet? rules = null, LintOptions? options = null)
    {
        Rules = rules ?? RuleSet.BuiltIn;
        _driver = new AnalyzerDriver(Rules.Analyzers);
        _options = options ?? LintOptions.Default;
        _knownIds = Rules.Descriptors.Select(d => d.Id).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Creates an engine running only <paramref name="analyzers"/>, with no packs (for tests and embedding).</summary>
    public LintEngine(IEnumerable<ReportAnalyzer> analyzers, LintOptions? options = null)
        : this(RuleSet.Build([], analyzers), options)
    {
    }

    /// <summary>The rules this engine runs.</summary>
    public RuleSet Rules { get; }

    /// <summary>Every descriptor this engine can report, in id order.</summary>
    public ImmutableArray<DiagnosticDescriptor> Descriptors => Rules.Descriptors;

    /// <summary>
    /// How many files are in flight at once: enough to keep every core busy while the next file to write is a slow one,
    /// few enough that memory stays flat. Larger windows cost more than they gain: the results and bytes waiting in
    /// the window survive garbage collections and are copied (64 files took 20% more CPU than 16 on the registry
    /// benchmark; 4 files took no less).
    /// </summary>
    private static readonly int WindowSize = Math.Max(8, Environment.ProcessorCount * 8);

    /// <summary>
    /// Lints many files in parallel, yielding results in the order of <paramref name="paths"/>. A sliding window of
    /// files is in flight: while the caller writes one result, the thread pool lints the next ones, so output never
    /// leaves cores idle, and however large the run, only a window of results (with their syntax trees) is held.
    /// </summary>
    public IEnumerable<FileResult> LintFiles(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var window = new Queue<Task<FileResult>>(WindowSize);
        foreach (string path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            window.Enqueue(Task.Run(() => LintFile(path), cancellationToken));
            if (window.Count >= WindowSize) yield return window.Dequeue().GetAwaiter().GetResult();
        }
        while (window.Count > 0) yield return window.Dequeue().GetAwaiter().GetResult();
    }

    /// <summary>
    /// Lints records (<see cref="InputSources"/>: files, archive entries, NDJSON lines) in parallel, yielding results
    /// in input order, with the same sliding window as <see cref="LintFiles"/>: records are read in order by the
    /// caller's enumeration, so only the window's bytes are held.
    /// </summary>
    public IEnumerable<FileResult> LintInputs(IEnumerable<InputRecord> inputs, DuplicateStudies? duplicates = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var window = new Queue<(InputRecord Input, Task<FileResult> Task)>(WindowSize);
        // Studies seen twice are found in input order (the first copy is the one kept), before a record is placed on its line.
        FileResult Next()
        {
            var (input, task) = window.Dequeue();
            var result = task.GetAwaiter().GetResult();
            return input.Place(duplicates?.Check(result) ?? result);
        }
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            window.Enqueue((input, Task.Run(() => LintUnplaced(input), cancellationToken)));
            if (window.Count >= WindowSize) yield return Next();
        }
        while (window.Count > 0) yield return Next();
    }

    /// <summary>Lints one record: a file as <see cref="LintFile"/> does, an entry or line from its bytes, placed where it was read.</summary>
    public FileResult LintInput(InputRecord input) => (input ?? throw new ArgumentNullException(nameof(input))).Place(LintUnplaced(input));

    private FileResult LintUnplaced(InputRecord input)
    {
        input = input.Read();
        if (input.Failure is { } failure) return new FileResult(input.Path, null, null, null, [failure]);
        var result = input.Bytes is { } bytes ? LintBytes(input.Path, bytes) : LintFile(input.Path);
        return _options.KeepModel ? result : result.WithoutModel();
    }

    /// <summary>Reads and lints one file. Never throws for a bad file: every problem is a finding.</summary>
    public FileResult LintFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            if (InputFile.Read(path, SyntaxLimits.MaxFileBytes, out bytes) == InputFile.Outcome.TooLarge)
                return Failed(path, InputDiagnostics.TooLarge, $"the file is larger than {SyntaxLimits.MaxFileBytes / (1024 * 1024)} MB, the most TrialLint reads");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return Failed(path, InputDiagnostics.Unreadable, ex is FileNotFoundException or DirectoryNotFoundException ? "the file does not exist" : ex.Message);
        }
        return LintBytes(path, bytes);
    }

    /// <summary>Lints the bytes of a file already read (standard input, a fuzz test): decoded as <see cref="LintFile"/> does.</summary>
    public FileResult LintBytes(string path, ReadOnlySpan<byte> bytes) => LintBytes(path, bytes.ToArray());

    /// <summary>Lints the bytes of a file already read; the result may keep <paramref name="bytes"/> (a registry record is read from them).</summary>
    public FileResult LintBytes(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(bytes);
        var source = SourceDecoder.Decode(path, bytes, out var decodeError);
        if (source is null) return new FileResult(path, null, null, null, [decodeError!]);
        int mark = bytes.Length - SourceDecoder.WithoutByteOrderMark(bytes).Length;
        return LintSource(source, bytes.AsMemory(mark), fromBytes: true);
    }

    /// <summary>Lints text already in memory (an editor buffer, a test).</summary>
    public FileResult LintText(string path, string text) => LintSource(new SourceText(path, text), default, fromBytes: false);

    /// <summary>Lints <paramref name="source"/>; when <paramref name="fromBytes"/>, <paramref name="utf8"/> holds the bytes it was decoded from.</summary>
    private FileResult LintSource(SourceText source, ReadOnlyMemory<byte> utf8, bool fromBytes)
    {
        SyntaxTree? tree = null;
        try
        {
            // The file's configuration is looked up once; its packs go to the one pack selection (PackSelector).
            var config = _options.Configuration?.ForFile(source.Path);
            IReadOnlyCollection<string> configuredPacks = config is { Packs.Length: > 0 } ? config.Packs : _options.Packs;
            tree = fromBytes ? SyntaxParser.Parse(source, utf8) : SyntaxParser.Parse(source);
            var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
            diagnostics.AddRange(tree.Diagnostics);
            if (!tree.HasRoot)
            {
                if (!tree.Diagnostics.Any()) diagnostics.Add(Diagnostic.Create(InputDiagnostics.Empty, Location.ForFile(source.Path)));
                return Finish(source, tree, config, null, diagnostics);
            }

            // Registry records (ClinicalTrials.gov API v2) are recognised by content and mapped to the report model: src/TrialLint.Core/Registry.
            var recordPacks = new HashSet<string>(StringComparer.Ordinal);
            Dictionary<string, RuleEvidence>? recordEvidence = null;
            if (RegistryInput.TryLint(tree, r => MergeEvidence(ref recordEvidence, Analyze(r, tree, configuredPacks, recordPacks)), _options.Registry) is { } record)
            {
                diagnostics.AddRange(record.Diagnostics);
                return Finish(source, tree, config, record.Report, diagnostics, record.Outcomes, recordPacks, recordEvidence, DuplicateStudies.StudiesIn(tree));
            }

            var schemaDiagnostics = SchemaValidator.Validate(tree);
            diagnostics.AddRange(schemaDiagnostics);
            // A report in another format version cannot be bound to this model: stop at the version finding.
            if (schemaDiagnostics.Any(d => d.Descriptor == InputDiagnostics.FormatVersion) || tree.Root is not MappingNode)
                return Finish(source, tree, config, null, diagnostics);

            var report = RegistryInput.CheckAgainstRegistration(ReportBinder.Bind(tree)!, _options.Registry);
            diagnostics.AddRange(UnknownPacks(report, tree));
            var selectedPacks = new HashSet<string>(StringComparer.Ordinal);
            var analysis = Analyze(report, tree, configuredPacks, selectedPacks);
            var findings = analysis.Diagnostics;
            // A value the schema rejected reads as absent in the model; the analyzers' view of it would only repeat
            // the schema finding in other words, so findings at or below a rejected value are dropped.
            var rejected = schemaDiagnostics.Select(d => d.Location.Pointer.ToString()).ToArray();
            foreach (var finding in findings)
            {
                string pointer = finding.Location.Pointer.ToString();
                if (finding.Descriptor.Category != DiagnosticCategory.Internal && rejected.Any(r => IsAtOrBelow(pointer, r))) continue;
                diagnostics.Add(finding);
            }
            return Finish(source, tree, config, report, diagnostics, analysis.Outcomes, selectedPacks, _options.CollectEvidence ? analysis.Evidence : null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var crash = Diagnostic.Create(InternalDiagnostics.EngineFailed, Location.ForFile(source.Path), ("error", ExceptionText.Describe(ex)));
            return new FileResult(source.Path, source, tree, null, [.. tree?.Diagnostics ?? [], crash]);
        }
    }

    /// <summary>Selects the packs for one report or study (adding them to <paramref name="selectedPacks"/>) and runs the rules in them.</summary>
    private AnalysisResult Analyze(Model.TrialReport report, SyntaxTree tree, IReadOnlyCollection<string> configuredPacks, HashSet<string> selectedPacks)
    {
        var packs = Rules.SelectPacks(report, configuredPacks);
        selectedPacks.UnionWith(packs);
        return _driver.Analyze(report, tree, Rules.SelectorFor(packs), _options.CollectEvidence);
    }

    /// <summary>Adds what the rules read of one study of a record to <paramref name="merged"/>; returns <paramref name="analysis"/>.</summary>
    private AnalysisResult MergeEvidence(ref Dictionary<string, RuleEvidence>? merged, AnalysisResult analysis)
    {
        if (!_options.CollectEvidence) return analysis;
        merged ??= new Dictionary<string, RuleEvidence>(StringComparer.Ordinal);
        foreach (var (id, evidence) in analysis.Evidence)
            merged[id] = merged.TryGetValue(id, out var earlier) ? earlier.Merge(evidence) : evidence;
        return analysis;
    }

    private FileResult Finish(SourceText source, SyntaxTree tree, TrialLintConfig? config, Model.TrialReport? report, ImmutableArray<Diagnostic>.Builder diagnostics,
        IReadOnlyDictionary<string, RuleOutcome>? outcomes = null, IReadOnlySet<string>? selectedPacks = null,
        IReadOnlyDictionary<string, RuleEvidence>? evidence = null, ImmutableArray<StudyId> studies = default)
    {
        IEnumerable<Diagnostic> findings = diagnostics.Where(d => d.Descriptor.IsEnabledByDefault || config?.Rules.ContainsKey(d.Id) == true);
        if (config is not null) findings = FileSettings.For(config, source.Path).Apply(findings);
        // Suppression comments exist only in YAML; JSON reports use configuration overrides by pointer.
        var list = tree.Format == SourceFormat.Yaml ? SuppressionApplier.Apply([.. findings], source, _knownIds) : [.. findings];
        list.Sort(DiagnosticOrder.Instance);
        return new FileResult(source.Path, source, tree, report, [.. list])
        {
            Outcomes = outcomes ?? FileResult.NoOutcomes,
            // The packs the rules ran with, as selected above: never computed a second time.
            SelectedPacks = report is null || selectedPacks is null ? FileResult.NoPacks : selectedPacks.ToFrozenSet(StringComparer.Ordinal),
            Evidence = evidence ?? FileResult.NoEvidence,
            Studies = studies.IsDefault ? [] : studies,
        };
    }

    private IEnumerable<Diagnostic> UnknownPacks(Model.TrialReport report, SyntaxTree tree)
    {
        for (int i = 0; i < report.Packs.Length; i++)
        {
            if (Rules.Packs.Any(p => p.Id == report.Packs[i])) continue;
            yield return Diagnostic.Create(InputDiagnostics.UnknownPack, tree.GetLocation(report.PointerOf("packs").Append(i)),
                ("pack", report.Packs[i]), ("known", string.Join(", ", Rules.Packs.Select(p => p.Id))));
        }
    }

    private static FileResult Failed(string path, DiagnosticDescriptor descriptor, string reason) =>
        new(path, null, null, null, [Diagnostic.Create(descriptor, Location.ForFile(path), ("reason", reason))]);

    private static bool IsAtOrBelow(string pointer, string ancestor) =>
        ancestor.Length > 0 && pointer.StartsWith(ancestor, StringComparison.Ordinal) && (pointer.Length == ancestor.Length || pointer[ancestor.Length] == '/');
}
