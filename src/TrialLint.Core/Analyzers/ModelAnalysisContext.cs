using TrialLint.Model;
using TrialLint.Syntax;

namespace TrialLint.Analyzers;

/// <summary>What an action registered for one kind of model object sees: the object, and the whole report around it.</summary>
public sealed class ModelAnalysisContext<T> : ReportAnalysisContext
    where T : ModelObject
{
    internal ModelAnalysisContext(T node, TrialReport report, SyntaxTree tree, AnalysisSink sink)
        : base(report, tree, sink)
    {
        Node = node;
    }

    /// <summary>The object being analysed.</summary>
    public T Node { get; }

    /// <summary>For flow groups: the period the group belongs to.</summary>
    public FlowPeriod? Period { get; internal init; }

    /// <summary>For flow groups: the index of the period (0 for the first).</summary>
    public int PeriodIndex { get; internal init; }
}
