using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Model;
using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Engine;

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
        Diagnostics = diagnostics.IsDefault ? [] : diagnostics;
    }

    /// <summary>The path as given or found.</summary>
    public string Path { get; }

    /// <summary>The text, or null when the file could not be read as text.</summary>
    public SourceText? Source { get; }

    /// <summary>The syntax tree, or null when the file could not be read as text.</summary>
    public SyntaxTree? Tree { get; }

    /// <summary>The bound report, or null when the file could not be parsed into one.</summary>
    public TrialReport? Report { get; }

    /// <summary>Findings, ordered by position then id.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>No rule outcomes (the report could not be analysed).</summary>
    public static IReadOnlyDictionary<string, RuleOutcome> NoOutcomes { get; } = System.Collections.Frozen.FrozenDictionary<string, RuleOutcome>.Empty;

    /// <summary>The outcome of each rule that ran: passed, failed or not applicable.</summary>
    public IReadOnlyDictionary<string, RuleOutcome> Outcomes { get; init; } = NoOutcomes;

    /// <summary>What each rule read of the report, by rule id, when the run collected evidence (<see cref="LintOptions.CollectEvidence"/>); else empty.</summary>
    public IReadOnlyDictionary<string, RuleEvidence> Evidence { get; init; } = System.Collections.Frozen.FrozenDictionary<string, RuleEvidence>.Empty;

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

    /// <summary>This result with other findings; everything else (outcomes, packs, archive) kept.</summary>
    public FileResult WithDiagnostics(ImmutableArray<Diagnostic> diagnostics) =>
        new(Path, Source, Tree, Report, diagnostics) { Outcomes = Outcomes, SelectedPacks = SelectedPacks, Archive = Archive, Entry = Entry };

    /// <summary>Whether any finding is an internal error (TL09xx).</summary>
    public bool HasInternalError => Diagnostics.Any(d => d.Descriptor.Category == DiagnosticCategory.Internal);
}
