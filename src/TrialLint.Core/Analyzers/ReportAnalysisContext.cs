using TrialLint.Diagnostics;
using TrialLint.Model;
using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Analyzers;

/// <summary>What a report action sees: the report, a way to locate its fields, and a way to report findings.</summary>
public class ReportAnalysisContext
{
    private readonly AnalysisSink _sink;

    internal ReportAnalysisContext(TrialReport report, SyntaxTree tree, AnalysisSink sink)
    {
        Report = report;
        Tree = tree;
        _sink = sink;
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
        _sink.Report(diagnostic);
    }

    /// <summary>Whether <paramref name="descriptor"/> runs for this report (its pack is selected and configuration has not turned it off).</summary>
    public bool IsEnabled(DiagnosticDescriptor descriptor) => _sink.IsSelected(descriptor);

    /// <summary>Records that the rule does not apply to this report: it is shown as not applicable, not as passed.</summary>
    public void ReportNotApplicable(DiagnosticDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        _sink.MarkNotApplicable(descriptor);
    }

    /// <summary>Whether the run records what rules read (<see cref="ReportEvidence"/>): only when an output shows where items are reported.</summary>
    public bool CollectsEvidence => _sink.Evidence is not null;

    /// <summary>Records what <paramref name="descriptor"/>'s rule read of the report; ignored unless <see cref="CollectsEvidence"/>.</summary>
    public void ReportEvidence(DiagnosticDescriptor descriptor, RuleEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(evidence);
        _sink.AddEvidence(descriptor.Id, evidence);
    }

    /// <summary>Reports a finding of <paramref name="descriptor"/> at <paramref name="location"/>.</summary>
    public void ReportDiagnostic(DiagnosticDescriptor descriptor, Location location, params (string Name, object? Value)[] arguments) =>
        ReportDiagnostic(Diagnostic.Create(descriptor, location, arguments));
}
