using System.Collections.Immutable;
using TrialLint.Diagnostics;

namespace TrialLint.Analyzers;

/// <summary>
/// A check written in C#, in the shape of Roslyn's <c>DiagnosticAnalyzer</c>: it declares the descriptors it may
/// report and, once per process, registers actions for the parts of the report it analyses. C# analyzers are for
/// what a rule file cannot say (such as reconciling participant flow across arms and periods).
/// </summary>
public abstract class ReportAnalyzer
{
    /// <summary>The descriptors this analyzer may report; reporting any other is a bug and fails loudly.</summary>
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>Registers the analyzer's actions. Called once per process, never per report.</summary>
    public abstract void Initialize(AnalysisContext context);

    /// <summary>
    /// The report members this analyzer reads, as paths (<c>flow.periods</c>, <c>baseline</c>): where a checklist item
    /// it checks is reported when it passes. Rule files record their reads as they run; a C# analyzer declares them.
    /// Arms and flow groups its arm and flow-group actions visit are added to them.
    /// </summary>
    public virtual ImmutableArray<string> Reads => [];

    /// <summary>The analyzer's name in internal-error messages.</summary>
    public virtual string Name => GetType().Name;
}
