using System.Collections.Immutable;
using Scriban.Syntax;
using TrialLint.Analyzers;
using TrialLint.Diagnostics;
using TrialLint.Model;

namespace TrialLint.Rules;

/// <summary>
/// Runs the rules loaded from rule files. One analyzer hosts them all, so a report's sections are made visible to
/// the expressions once per report, not once per rule; each rule is still isolated: one that fails at run time
/// becomes a TL0807 finding naming the rule file and the others carry on.
/// </summary>
public sealed class RuleFileAnalyzer : ReportAnalyzer
{
    [ThreadStatic]
    private static RuleEvaluationContext? t_evaluation;

    private readonly ImmutableArray<RuleDefinition> _rules;

    /// <summary>Creates an analyzer running <paramref name="rules"/>.</summary>
    public RuleFileAnalyzer(IEnumerable<RuleDefinition> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = [.. rules];
        SupportedDiagnostics = [.. _rules.Select(r => r.Descriptor), ConfigurationDiagnostics.RuleEvaluationFailed];
    }

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <inheritdoc/>
    public override string Name => "rule files";

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterReportAction(Analyze);

    private void Analyze(ReportAnalysisContext context)
    {
        var evaluation = t_evaluation ??= new RuleEvaluationContext();
        using var reportScope = evaluation.EnterReport(context.Report);
        foreach (var rule in _rules)
        {
            if (!context.IsEnabled(rule.Descriptor)) continue;
            try
            {
                Evaluate(rule, context, evaluation);
            }
            catch (Exception ex) when (ex is ScriptRuntimeException or InvalidOperationException or InvalidCastException or FormatException or ArgumentException or OverflowException or System.Text.RegularExpressions.RegexMatchTimeoutException)
            {
                string reason = ex is ScriptRuntimeException sre ? sre.OriginalMessage : ex.Message;
                context.ReportDiagnostic(ConfigurationDiagnostics.RuleEvaluationFailed, context.LocationOf(context.Report),
                    ("id", rule.Id), ("ruleFile", rule.SourcePath), ("reason", reason));
            }
        }
    }

    private static void Evaluate(RuleDefinition rule, ReportAnalysisContext context, RuleEvaluationContext evaluation)
    {
        var scriban = evaluation.Context;
        if (rule.AppliesIf is { } appliesIf && !appliesIf.IsTrue(scriban))
        {
            context.ReportNotApplicable(rule.Descriptor);
            return;
        }
        if (rule.ForEach is null)
        {
            if (!rule.Require.IsTrue(scriban)) Report(rule, context, evaluation, item: null);
            return;
        }
        int index = 0;
        foreach (var item in RuleValues.ToList(rule.ForEach.Evaluate(scriban)))
        {
            using var itemScope = evaluation.EnterItem(item, index++);
            if (!rule.Require.IsTrue(scriban)) Report(rule, context, evaluation, item);
        }
    }

    private static void Report(RuleDefinition rule, ReportAnalysisContext context, RuleEvaluationContext evaluation, object? item)
    {
        var pointer = rule.ReportAt.Length > 0 ? ModelPath.ResolveFirst(rule.ReportAt, context.Report, item, context.Tree)
            : item is ModelObject model ? model.Pointer
            : context.Report.Pointer;
        var arguments = rule.Values.Select(v => (v.Key, (object?)Format(evaluation, v.Value.Evaluate(evaluation.Context)))).ToArray();
        context.ReportDiagnostic(rule.Descriptor, context.LocationOf(pointer), arguments);
    }

    private static string Format(RuleEvaluationContext evaluation, object? value) => value switch
    {
        null => "(none)",
        double d => d.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
        _ => evaluation.Context.ObjectToString(value) ?? string.Empty,
    };
}
