using System.Collections.Frozen;
using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Model;
using TrialLint.Syntax;

namespace TrialLint.Analyzers;

/// <summary>
/// Runs a fixed set of analyzers over reports. The analyzers are initialised once, when the driver is built; each
/// report is then walked once, as Roslyn's driver does: the report actions of every analyzer run first, then each arm
/// is visited once and handed to every analyzer's arm actions, then each group of each flow period once, to every
/// analyzer's flow-group actions. (A report action reads what it needs itself: the rule-file analyzer evaluates its
/// rules' expressions over the model.) Each analyzer keeps its own findings, so their order is by analyzer, then by
/// action, then by the node walked, whatever the walk. An analyzer that throws becomes an internal-error finding
/// (TL0901) for that report; its remaining actions on that report are skipped and the other analyzers still run.
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
    /// <param name="report">The report.</param>
    /// <param name="tree">Its syntax tree.</param>
    /// <param name="isSelected">Which rules run (all by default).</param>
    /// <param name="collectEvidence">Whether to record what each rule read (<see cref="AnalysisResult.Evidence"/>), for the checklist's "where reported".</param>
    public AnalysisResult Analyze(TrialReport report, SyntaxTree tree, Func<string, bool>? isSelected = null, bool collectEvidence = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(tree);
        isSelected ??= static _ => true;

        // The analyzers that run on this report, each with its own sink; Failed is set when one throws.
        var runs = new List<Run>(_registrations.Length);
        foreach (var registration in _registrations)
        {
            if (registration.SupportedIds.Any(isSelected)) runs.Add(new Run(registration, new AnalysisSink(registration.SupportedIds, isSelected)
            {
                Evidence = collectEvidence ? new Dictionary<string, RuleEvidence>(StringComparer.Ordinal) : null,
            }));
        }

        foreach (var run in runs)
        {
            foreach (var action in run.Registration.Context.ReportActions)
            {
                if (run.Failed) break;
                Invoke(run, null, tree, () => action(new ReportAnalysisContext(report, tree, run.Sink)));
            }
        }

        if (runs.Exists(r => r.Registration.Context.ArmActions.Count > 0))
        {
            foreach (var arm in report.Arms)
            {
                foreach (var run in runs)
                {
                    if (run.Failed || run.Registration.Context.ArmActions.Count == 0) continue;
                    var armContext = new ModelAnalysisContext<Arm>(arm, report, tree, run.Sink);
                    if (collectEvidence) Visited(run, arm);
                    Invoke(run, arm, tree, () =>
                    {
                        foreach (var action in run.Registration.Context.ArmActions) action(armContext);
                    });
                }
            }
        }

        if (report.Flow is { } flow && runs.Exists(r => r.Registration.Context.FlowGroupActions.Count > 0))
        {
            for (int p = 0; p < flow.Periods.Length; p++)
            {
                var period = flow.Periods[p];
                foreach (var group in period.Groups)
                {
                    foreach (var run in runs)
                    {
                        if (run.Failed || run.Registration.Context.FlowGroupActions.Count == 0) continue;
                        var groupContext = new ModelAnalysisContext<FlowGroup>(group, report, tree, run.Sink) { Period = period, PeriodIndex = p };
                        if (collectEvidence) Visited(run, group);
                        Invoke(run, group, tree, () =>
                        {
                            foreach (var action in run.Registration.Context.FlowGroupActions) action(groupContext);
                        });
                    }
                }
            }
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var outcomes = new Dictionary<string, RuleOutcome>(StringComparer.Ordinal);
        var evidence = collectEvidence ? new Dictionary<string, RuleEvidence>(StringComparer.Ordinal) : null;
        foreach (var run in runs)
        {
            var sink = run.Sink;
            diagnostics.AddRange(sink.Diagnostics);
            foreach (var descriptor in run.Registration.Analyzer.SupportedDiagnostics)
            {
                if (descriptor.Category is DiagnosticCategory.Configuration or DiagnosticCategory.Input || !isSelected(descriptor.Id)) continue;
                outcomes[descriptor.Id] = sink.Diagnostics.Any(d => d.Id == descriptor.Id) ? RuleOutcome.Failed
                    : sink.NotApplicable.Contains(descriptor.Id) ? RuleOutcome.NotApplicable
                    : RuleOutcome.Passed;
                if (evidence is not null) evidence[descriptor.Id] = EvidenceOf(run, descriptor.Id, report, tree);
            }
        }
        // A plain dictionary: freezing one per report costs more than every lookup it would save.
        return evidence is null ? new AnalysisResult(diagnostics.ToImmutable(), outcomes)
            : new AnalysisResult(diagnostics.ToImmutable(), outcomes) { Evidence = evidence };
    }

    /// <summary>Records, for every rule of the analyzer, that its arm or flow-group actions read <paramref name="node"/>.</summary>
    private static void Visited(Run run, ModelObject node)
    {
        var found = new RuleEvidence([node.Pointer], []);
        foreach (string id in run.Registration.SupportedIds) run.Sink.AddEvidence(id, found);
    }

    /// <summary>What rule <paramref name="id"/> read: what it recorded, else its analyzer's declared <see cref="ReportAnalyzer.Reads"/> that are present.</summary>
    private static RuleEvidence EvidenceOf(Run run, string id, TrialReport report, SyntaxTree tree)
    {
        var recorded = run.Sink.Evidence!.GetValueOrDefault(id) ?? RuleEvidence.None;
        var reads = run.Registration.Analyzer.Reads;
        if (reads.IsEmpty) return recorded;
        var found = new List<Text.JsonPointer>();
        var missing = new List<Text.JsonPointer>();
        foreach (string path in reads)
        {
            // A dotted path of members (flow.periods): present when every member on the way is.
            ModelObject owner = report;
            object? value = report;
            Text.JsonPointer pointer = report.Pointer;
            foreach (string name in path.Split('.'))
            {
                if (value is not ModelObject model) { value = null; pointer = pointer.Append(name); continue; }
                owner = model;
                pointer = owner.PointerOf(name);
                value = ModelMembers.Read(owner, name);
            }
            (value is null or System.Collections.ICollection { Count: 0 } || tree.GetLocation(pointer).IsMissing ? missing : found).Add(pointer);
        }
        return recorded.Merge(new RuleEvidence([.. found], [.. missing]));
    }

    /// <summary>Runs one analyzer's actions on one node; if they throw, records TL0901 and skips the analyzer's remaining actions.</summary>
    private static void Invoke(Run run, ModelObject? visiting, SyntaxTree tree, Action actions)
    {
        try
        {
            actions();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Point at the arm or flow group being analysed when it failed, so the report's author (and the bug
            // report) can see which numbers set it off.
            var location = visiting is null ? Location.ForFile(tree.Source.Path) : tree.GetLocation(visiting.Pointer);
            run.Sink.Diagnostics.Add(Diagnostic.Create(InternalDiagnostics.AnalyzerFailed, location,
                ("analyzer", run.Registration.Analyzer.Name), ("error", ExceptionText.Describe(ex))));
            run.Failed = true;
        }
    }

    private sealed record Registration(ReportAnalyzer Analyzer, AnalysisContext Context, FrozenSet<string> SupportedIds);

    private sealed class Run(Registration registration, AnalysisSink sink)
    {
        public Registration Registration { get; } = registration;

        public AnalysisSink Sink { get; } = sink;

        public bool Failed { get; set; }
    }
}
