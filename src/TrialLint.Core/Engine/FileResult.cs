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

    /// <summary>Whether any finding is an internal error (TL09xx).</summary>
    public bool HasInternalError => Diagnostics.Any(d => d.Descriptor.Category == DiagnosticCategory.Internal);
}
