using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using TrialLint.Model;
using TrialLint.Rules.Compilation;
using TrialLint.Rules;

namespace TrialLint.Tests.Rules.Interpreter;

/// <summary>
/// Scriban's interpreter set up as the product ran rule expressions before they were compiled (same sandbox
/// settings, report sections as globals, <c>item</c>/<c>index</c> pushed per element): the reference the
/// compiled evaluator is checked against.
/// </summary>
internal sealed class ScribanRuleInterpreter
{
    public ScribanRuleInterpreter()
    {
        Context = new ScribanTemplateContext
        {
            LoopLimit = 10_000,
            RecursiveLimit = 50,
            ObjectRecursionLimit = 20,
            LimitToString = 10_000,
            RegexTimeOut = TimeSpan.FromSeconds(1),
            StrictVariables = false,
            EnableRelaxedMemberAccess = true,
            EnableRelaxedIndexerAccess = true,
            EnableRelaxedTargetAccess = true,
            EnableRelaxedFunctionAccess = false,
            EnableNullIndexer = true,
            TemplateLoader = null,
            MemberRenamer = member => SnakeCase.Rename(member.Name),
        };
        Context.PushGlobal(ScribanRuleFunctions.Create());
    }

    public TemplateContext Context { get; }

    public void EnterReport(TrialReport report)
    {
        var globals = new ScriptObject();
        foreach (string name in ReportSections.Names.Where(n => n != "report"))
            globals.SetValue(name, ModelMembers.Read(report, name), readOnly: true);
        globals.SetValue("report", report, readOnly: true);
        Context.PushGlobal(globals);
    }

    public void EnterItem(object? item, int index)
    {
        var scope = new ScriptObject(2);
        scope.SetValue("item", item, readOnly: true);
        scope.SetValue("index", index, readOnly: true);
        Context.PushGlobal(scope);
    }

    public void Leave() => Context.PopGlobal();

    public object? Evaluate(ScriptExpression expression) => expression.Evaluate(Context);

    public bool IsTrue(ScriptExpression expression) => RuleValues.IsTruthy(Evaluate(expression));

    /// <summary>Formats a message value as the analyzer did: "(none)", two decimals for doubles, else Scriban's text.</summary>
    public string Format(object? value) => value switch
    {
        null => "(none)",
        double d => d.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
        _ => Context.ObjectToString(value) ?? string.Empty,
    };
}
