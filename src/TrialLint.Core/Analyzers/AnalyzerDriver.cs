using System.Collections.Frozen;
using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Model;
using TrialLint.Syntax;

namespace TrialLint.Analyzers;

/// <summary>
/// Runs a fixed set of analyzers over reports. The analyzers are initialised once, when the driver is built; each
/// report is then walked once, calling the actions registered for what the walk meets. An analyzer that throws
/// becomes an internal-error finding (TL0901) for that report and the other analyzers still run.
/// </summary>
public sealed class AnalyzerDriver
{
    private readonly ImmutableArray<Registration> _registrations;

    /// <summary>Initialises <paramref name="analyzers"/> once.</summary>
    public AnalyzerDriver(IEnumerable<ReportAnalyzer> analyzers)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        var builder = ImmutableArray.CreateBuilder<Registration>();
        foreach (var analyzer in analyzers)
        {
            var context = new AnalysisContext();
            analyzer.Initialize(context);
            builder.Add(new Registration(analyzer, context, analyzer.SupportedDiagnostics.Select(d => d.Id).ToFrozenSet(StringComparer.Ordinal)));
        }
        _registrations = builder.ToImmutable();
        Analyzers = _registrations.Select(r => r.Analyzer).ToImmutableArray();
    }

    /// <summary>The analyzers this driver runs.</summary>
    public ImmutableArray<ReportAnalyzer> Analyzers { get; }

    /// <summary>Analyses one bound report and returns the findings.</summary>
    public ImmutableArray<Diagnostic> Analyze(TrialReport report, SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(tree);
        var results = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var registration in _registrations)
        {
            var sink = new List<Diagnostic>();
            Func<DiagnosticDescriptor, bool> supported = d => registration.SupportedIds.Contains(d.Id);
            try
            {
                RunActions(registration.Context, report, tree, sink.Add, supported);
                results.AddRange(sink);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                results.AddRange(sink);
                results.Add(Diagnostic.Create(InternalDiagnostics.AnalyzerFailed, Location.ForFile(tree.Source.Path),
                    ("analyzer", registration.Analyzer.Name), ("error", $"{ex.GetType().Name}: {ex.Message}")));
            }
        }
        return results.ToImmutable();
    }

    private static void RunActions(AnalysisContext context, TrialReport report, SyntaxTree tree, Action<Diagnostic> sink, Func<DiagnosticDescriptor, bool> supported)
    {
        foreach (var action in context.ReportActions)
            action(new ReportAnalysisContext(report, tree, sink, supported));

        if (context.ArmActions.Count > 0)
        {
            foreach (var arm in report.Arms)
            {
                var armContext = new ModelAnalysisContext<Arm>(arm, report, tree, sink, supported);
                foreach (var action in context.ArmActions) action(armContext);
            }
        }

        if (context.FlowGroupActions.Count > 0 && report.Flow is { } flow)
        {
            for (int p = 0; p < flow.Periods.Length; p++)
            {
                var period = flow.Periods[p];
                foreach (var group in period.Groups)
                {
                    var groupContext = new ModelAnalysisContext<FlowGroup>(group, report, tree, sink, supported) { Period = period, PeriodIndex = p };
                    foreach (var action in context.FlowGroupActions) action(groupContext);
                }
            }
        }
    }

    private sealed record Registration(ReportAnalyzer Analyzer, AnalysisContext Context, FrozenSet<string> SupportedIds);
}
