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

    /// <summary>Analyses one bound report, running the rules <paramref name="isSelected"/> accepts (all by default).</summary>
    public AnalysisResult Analyze(TrialReport report, SyntaxTree tree, Func<string, bool>? isSelected = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(tree);
        isSelected ??= static _ => true;
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var outcomes = new Dictionary<string, RuleOutcome>(StringComparer.Ordinal);
        foreach (var registration in _registrations)
        {
            if (!registration.SupportedIds.Any(isSelected)) continue;
            var sink = new AnalysisSink(registration.SupportedIds, isSelected);
            ModelObject? visiting = null;
            try
            {
                RunActions(registration.Context, report, tree, sink, ref visiting);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Point at the arm or flow group being analysed when it failed, so the report's author (and the bug
                // report) can see which numbers set it off.
                var location = visiting is null ? Location.ForFile(tree.Source.Path) : tree.GetLocation(visiting.Pointer);
                sink.Diagnostics.Add(Diagnostic.Create(InternalDiagnostics.AnalyzerFailed, location,
                    ("analyzer", registration.Analyzer.Name), ("error", ExceptionText.Describe(ex))));
            }
            diagnostics.AddRange(sink.Diagnostics);
            foreach (var descriptor in registration.Analyzer.SupportedDiagnostics)
            {
                if (descriptor.Category is DiagnosticCategory.Configuration or DiagnosticCategory.Input || !isSelected(descriptor.Id)) continue;
                outcomes[descriptor.Id] = sink.Diagnostics.Any(d => d.Id == descriptor.Id) ? RuleOutcome.Failed
                    : sink.NotApplicable.Contains(descriptor.Id) ? RuleOutcome.NotApplicable
                    : RuleOutcome.Passed;
            }
        }
        // A plain dictionary: freezing one per report costs more than every lookup it would save.
        return new AnalysisResult(diagnostics.ToImmutable(), outcomes);
    }

    private static void RunActions(AnalysisContext context, TrialReport report, SyntaxTree tree, AnalysisSink sink, ref ModelObject? visiting)
    {
        foreach (var action in context.ReportActions)
            action(new ReportAnalysisContext(report, tree, sink));

        if (context.ArmActions.Count > 0)
        {
            foreach (var arm in report.Arms)
            {
                visiting = arm;
                var armContext = new ModelAnalysisContext<Arm>(arm, report, tree, sink);
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
                    visiting = group;
                    var groupContext = new ModelAnalysisContext<FlowGroup>(group, report, tree, sink) { Period = period, PeriodIndex = p };
                    foreach (var action in context.FlowGroupActions) action(groupContext);
                }
            }
        }
    }

    private sealed record Registration(ReportAnalyzer Analyzer, AnalysisContext Context, FrozenSet<string> SupportedIds);
}
