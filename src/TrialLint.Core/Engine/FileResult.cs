using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Model;
using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Engine;

/// <summary>One ClinicalTrials.gov study in a file: its NCT id, where the id is, and which study of a page it is (empty for a record of its own).</summary>
/// <param name="Id">The NCT id, trimmed.</param>
/// <param name="At">Where the id is written.</param>
/// <param name="Within">The study's place in a page (<c>/studies/3</c>), or empty.</param>
public sealed record StudyId(string Id, Location At, string Within);

/// <summary>The outcome of linting one file: its text (when it could be read), its model and its findings in source order.</summary>
public sealed class FileResult
{
    /// <summary>Creates a result.</summary>
    public FileResult(string path, SourceText? source, SyntaxTree? tree, TrialReport? report, ImmutableArray<Diagnostic> diagnostics)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Source = source;
        Tree = tree;
        Report = report;
        Title = report?.Title;
        Record = report?.Record;
        Diagnostics = diagnostics.IsDefault ? [] : diagnostics;
    }

    /// <summary>The path as given or found.</summary>
    public string Path { get; }

    /// <summary>The text, or null when the file could not be read as text.</summary>
    public SourceText? Source { get; }

    /// <summary>The syntax tree, or null when the file could not be read as text.</summary>
    public SyntaxTree? Tree { get; }

    /// <summary>
    /// The bound report, or null when the file could not be parsed into one, or when the run let the model go after
    /// linting (<see cref="LintOptions.KeepModel"/>); <see cref="Title"/> and <see cref="Record"/> are kept either way.
    /// </summary>
    public TrialReport? Report { get; }

    /// <summary>The report's title, or null.</summary>
    public string? Title { get; private init; }

    /// <summary>What the registry says about the study when the file is a registry record (sponsor, dates, results due), or null.</summary>
    public RegistryRecord? Record { get; private init; }

    /// <summary>The ClinicalTrials.gov studies the file holds (a record, or a page of them), for finding one study twice in a run.</summary>
    public ImmutableArray<StudyId> Studies { get; init; } = [];

    /// <summary>Findings, ordered by position then id.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>No rule outcomes (the report could not be analysed).</summary>
    public static IReadOnlyDictionary<string, RuleOutcome> NoOutcomes { get; } = System.Collections.Frozen.FrozenDictionary<string, RuleOutcome>.Empty;

    /// <summary>The outcome of each rule that ran: passed, failed or not applicable.</summary>
    public IReadOnlyDictionary<string, RuleOutcome> Outcomes { get; init; } = NoOutcomes;

    /// <summary>What each rule read of the report, by rule id, when the run collected evidence (<see cref="LintOptions.CollectEvidence"/>); else empty.</summary>
    public IReadOnlyDictionary<string, RuleEvidence> Evidence { get; init; } = NoEvidence;

    /// <summary>No evidence (the run did not collect it).</summary>
    public static IReadOnlyDictionary<string, RuleEvidence> NoEvidence { get; } = System.Collections.Frozen.FrozenDictionary<string, RuleEvidence>.Empty;

    /// <summary>The packs selected for the report.</summary>
    public IReadOnlySet<string> SelectedPacks { get; init; } = NoPacks;

    /// <summary>No packs.</summary>
    public static IReadOnlySet<string> NoPacks { get; } = System.Collections.Frozen.FrozenSet<string>.Empty;

    /// <summary>
    /// The archive the input came from (its path as given, e.g. <c>ctg-studies.json.zip</c>), or null for a file of its
    /// own. <see cref="Path"/> is then the archive's path and the entry's name joined by '/'.
    /// </summary>
    public string? Archive { get; init; }

    /// <summary>The entry's name within <see cref="Archive"/> (e.g. <c>NCT01234567.json</c>), or null.</summary>
    public string? Entry { get; init; }

    /// <summary>
    /// Where the record is within its file, so that shard outputs can be put back in the order one run reads them
    /// (<c>triallint merge</c>): the entry's place in <see cref="Archive"/>'s order of entries (from 0), or the line of
    /// an NDJSON file; 0 for a file of its own.
    /// </summary>
    public long Ordinal { get; init; }

    /// <summary>This result with other findings; everything else (outcomes, packs, evidence, archive) kept.</summary>
    public FileResult WithDiagnostics(ImmutableArray<Diagnostic> diagnostics) => Copy(Source, diagnostics);

    /// <summary>
    /// This result without its syntax tree and model: what a run that writes only findings holds while earlier files
    /// are written. A results record's tree and model are about 2 MB of small objects; holding a window of them
    /// alive made the garbage collector copy them again and again (see bench/RESULTS.md).
    /// </summary>
    public FileResult WithoutModel() => Tree is null && Report is null ? this : Copy(Source, Diagnostics, keepModel: false);

    /// <summary>A copy with <paramref name="source"/> and <paramref name="diagnostics"/>; everything else kept (the model when <paramref name="keepModel"/>).</summary>
    internal FileResult Copy(SourceText? source, ImmutableArray<Diagnostic> diagnostics, bool keepModel = true, string? archive = null, string? entry = null, long? ordinal = null, ImmutableArray<StudyId> studies = default) =>
        new(Path, source, keepModel ? Tree : null, keepModel ? Report : null, diagnostics)
        {
            Title = Title,
            Record = Record,
            Studies = studies.IsDefault ? Studies : studies,
            Outcomes = Outcomes,
            Evidence = Evidence,
            SelectedPacks = SelectedPacks,
            Archive = archive ?? Archive,
            Entry = entry ?? Entry,
            Ordinal = ordinal ?? Ordinal,
        };

    /// <summary>Whether any finding is an internal error (TL09xx).</summary>
    public bool HasInternalError => Diagnostics.Any(d => d.Descriptor.Category == DiagnosticCategory.Internal);
}
