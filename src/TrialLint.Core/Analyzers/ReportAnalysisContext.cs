using TrialLint.Diagnostics;
using TrialLint.Model;
using TrialLint.Syntax;

namespace TrialLint.Analyzers;

/// <summary>What a report action sees: the report, a way to locate its fields, and a way to report findings.</summary>
public class ReportAnalysisContext
{
    private readonly Action<Diagnostic> _report;
    private readonly Func<DiagnosticDescriptor, bool> _isSupported;

    internal ReportAnalysisContext(TrialReport report, SyntaxTree tree, Action<Diagnostic> report1, Func<DiagnosticDescriptor, bool> isSupported)
    {
        Report = report;
        Tree = tree;
        _report = report1;
        _isSupported = isSupported;
    }

    /// <summary>The report being analysed.</summary>
    public TrialReport Report { get; }

    /// <summary>The syntax tree the report was bound from (locations resolve against it).</summary>
    public SyntaxTree Tree { get; }

    /// <summary>The location of <paramref name="obj"/>, or of one of its fields (missing fields point at <paramref name="obj"/>).</summary>
    public Location LocationOf(ModelObject obj, string? field = null)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return Tree.GetLocation(field is null ? obj.Pointer : obj.PointerOf(field));
    }

    /// <summary>The location of a pointer in the report (missing parts point at the closest existing ancestor).</summary>
    public Location LocationOf(JsonPointer pointer) => Tree.GetLocation(pointer);

    /// <summary>Reports a finding.</summary>
    public void ReportDiagnostic(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (!_isSupported(diagnostic.Descriptor))
            throw new InvalidOperationException($"{diagnostic.Id} is not among the analyzer's supported diagnostics.");
        _report(diagnostic);
    }

    /// <summary>Reports a finding of <paramref name="descriptor"/> at <paramref name="location"/>.</summary>
    public void ReportDiagnostic(DiagnosticDescriptor descriptor, Location location, params (string Name, object? Value)[] arguments) =>
        ReportDiagnostic(Diagnostic.Create(descriptor, location, arguments));
}
