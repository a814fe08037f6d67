using System.Collections.Immutable;
using Scriban.Syntax;
using TrialLint.Analyzers;
using TrialLint.Diagnostics;
using TrialLint.Model;
using TrialLint.Rules;

namespace TrialLint.Tests.Rules.Interpreter;

/// <summary>Runs rule files through Scriban's interpreter, as the product did before rule expressions were compiled.</summary>
internal sealed class ScribanRuleFileAnalyzer(IEnumerable<RuleDefinition> rules) : ReportAnalyzer
{
    private readonly ImmutableArray<RuleDefinition> _rules = [.. rules];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [.. _rules.Select(r => r.Descriptor), ConfigurationDiagnostics.RuleEvaluationFailed];

    public override string Name => "rule files (Scriban interpreter)";

    public override void Initialize(AnalysisContext context) => context.RegisterReportAction(Analyze);

    private void Analyze(ReportAnalysisContext context)
    {
        var interpreter = new ScribanRuleInterpreter();
        interpreter.EnterReport(context.Report);
        foreach (var rule in _rules)
        {
            if (!context.IsEnabled(rule.Descriptor)) continue;
            try
            {
                Evaluate(rule, context, interpreter);
            }
            catch (Exception ex) when (ex is ScriptRuntimeException or InvalidOperationException or InvalidCastException or FormatException or ArgumentException or OverflowException)
            {
                context.ReportDiagnostic(ConfigurationDiagnostics.RuleEvaluationFailed, context.LocationOf(context.Report),
                    ("id", rule.Id), ("ruleFile", rule.SourcePath), ("reason", ex is ScriptRuntimeException sre ? sre.OriginalMessage : ex.Message));
            }
        }
    }

    private static void Evaluate(RuleDefinition rule, ReportAnalysisContext context, ScribanRuleInterpreter interpreter)
    {
        if (rule.AppliesIf is { } appliesIf && !interpreter.IsTrue(appliesIf.Node))
        {
            context.ReportNotApplicable(rule.Descriptor);
            return;
        }
        if (rule.ForEach is null)
        {
            if (!interpreter.IsTrue(rule.Require.Node)) Report(rule, context, interpreter, item: null);
            return;
        }
        int index = 0;
        foreach (var item in RuleValues.ToList(interpreter.Evaluate(rule.ForEach.Node)))
        {
            interpreter.EnterItem(item, index++);
            try
            {
                if (!interpreter.IsTrue(rule.Require.Node)) Report(rule, context, interpreter, item);
            }
            finally
            {
                interpreter.Leave();
            }
        }
    }

    private static void Report(RuleDefinition rule, ReportAnalysisContext context, ScribanRuleInterpreter interpreter, object? item)
    {
        var pointer = rule.ReportAt.Length > 0 ? ModelPath.ResolveFirst(rule.ReportAt, context.Report, item, context.Tree)
            : item is ModelObject model ? model.Pointer
            : context.Report.Pointer;
        var arguments = rule.Values.Select(v => (v.Key, (object?)interpreter.Format(interpreter.Evaluate(v.Value.Node)))).ToArray();
        context.ReportDiagnostic(rule.Descriptor, context.LocationOf(pointer), arguments);
    }
}
