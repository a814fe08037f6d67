using System.Collections.Immutable;
using TrialLint.Analyzers;
using TrialLint.Diagnostics;
using TrialLint.Model;
using TrialLint.Rules.Compilation;
using TrialLint.Text;

namespace TrialLint.Rules;

/// <summary>
/// Runs the rules loaded from rule files, through their compiled expressions. One analyzer hosts them all, so
/// the evaluation scope is set up once per report, not once per rule; each rule is still isolated: one that
/// fails at run time becomes a TL0807 finding naming the rule file and the others carry on.
/// </summary>
public sealed class RuleFileAnalyzer : ReportAnalyzer
{
    [ThreadStatic]
    private static RuleScope? t_scope;

    private readonly ImmutableArray<RuleDefinition> _rules;

    /// <summary>Creates an analyzer running <paramref name="rules"/>.</summary>
    public RuleFileAnalyzer(IEnumerable<RuleDefinition> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = [.. rules];
        SupportedDiagnostics = [.. _rules.Select(r => r.Descriptor), ConfigurationDiagnostics.RuleEvaluationFailed, InputDiagnostics.TooLongToCheck, InputDiagnostics.TooLargeToCheck];
    }

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <inheritdoc/>
    public override string Name => "rule files";

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterReportAction(Analyze);

    private void Analyze(ReportAnalysisContext context)
    {
        var scope = t_scope ??= new RuleScope();
        scope.EnterReport(context.Report);
        foreach (var rule in _rules)
        {
            if (!context.IsEnabled(rule.Descriptor)) continue;
            var reads = context.CollectsEvidence ? new ReadLog() : null;
            scope.Reads = reads;
            try
            {
                Evaluate(rule, context, scope);
                if (reads is not null) context.ReportEvidence(rule.Descriptor, reads.ToEvidence());
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException ex)
            {
                // The report's text, not the rule, is at fault: a finding on that report at the item being checked,
                // and the run goes on.
                context.ReportDiagnostic(InputDiagnostics.TooLongToCheck, context.LocationOf(PointerOf(rule, context, scope.Item)),
                    ("id", rule.Id), ("length", ex.Input?.Length ?? 0));
            }
            catch (Compilation.RuleBudgetExceededException ex)
            {
                // The report's lists are too long for this rule's nested conditions: a finding on that report, and
                // the run goes on.
                context.ReportDiagnostic(InputDiagnostics.TooLargeToCheck, context.LocationOf(context.Report),
                    ("id", rule.Id), ("tests", ex.Tests.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
            }
            catch (Exception ex) when (ex is InvalidOperationException or InvalidCastException or FormatException or ArgumentException or OverflowException)
            {
                context.ReportDiagnostic(ConfigurationDiagnostics.RuleEvaluationFailed, context.LocationOf(context.Report),
                    ("id", rule.Id), ("ruleFile", rule.SourcePath), ("reason", ex.Message));
            }
            finally
            {
                scope.EnterReport(context.Report);
                scope.Reads = null;
            }
        }
    }

    private static void Evaluate(RuleDefinition rule, ReportAnalysisContext context, RuleScope scope)
    {
        if (rule.AppliesIf is { } appliesIf && !appliesIf.IsTrue(scope))
        {
            context.ReportNotApplicable(rule.Descriptor);
            return;
        }
        if (rule.ForEach is null)
        {
            if (!rule.Require.IsTrue(scope)) Report(rule, context, scope, item: null);
            return;
        }
        int index = 0;
        foreach (var item in RuleValues.ToList(rule.ForEach.Evaluate(scope)))
        {
            scope.EnterItem(item, index++);
            if (!rule.Require.IsTrue(scope)) Report(rule, context, scope, item);
        }
        scope.LeaveItem();
    }

    /// <summary>Where a finding of <paramref name="rule"/> on <paramref name="item"/> points: its <c>report_at</c>, the item, or the report.</summary>
    private static JsonPointer PointerOf(RuleDefinition rule, ReportAnalysisContext context, object? item) =>
        rule.ReportAt.Length > 0 ? ModelPath.ResolveFirst(rule.ReportAt, context.Report, item, context.Tree)
            : item is ModelObject model ? model.Pointer
            : context.Report.Pointer;

    private static void Report(RuleDefinition rule, ReportAnalysisContext context, RuleScope scope, object? item)
    {
        var pointer = PointerOf(rule, context, item);
        var arguments = new (string, object?)[rule.Values.Length];
        for (int i = 0; i < arguments.Length; i++)
            arguments[i] = (rule.Values[i].Key, RuleExpression.FormatValue(rule.Values[i].Value.Evaluate(scope)));
        context.ReportDiagnostic(rule.Descriptor, context.LocationOf(pointer), arguments);
    }
}
