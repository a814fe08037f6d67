using System.Collections.Concurrent;
using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using TrialLint.Rules;

namespace TrialLint.Tests.Rules.Interpreter;

/// <summary>
/// The rule functions as the interpreter ran them (conditions parsed by Scriban and evaluated with <c>it</c> and
/// <c>outer</c> pushed as globals). The value functions themselves (<c>months</c>, <c>after</c>, <c>texts</c>,
/// <c>matches</c>) are the product's: they are plain C#, not interpretation.
/// </summary>
internal static class ScribanRuleFunctions
{
    private static readonly ConcurrentDictionary<string, Template> Conditions = new(StringComparer.Ordinal);
    private static readonly ScriptVariableGlobal ItVariable = new("it");
    private static readonly LexerOptions ScriptOnly = new() { Mode = ScriptMode.ScriptOnly };

    public static ScriptObject Create()
    {
        var functions = new ScriptObject();
        void Add(string name, int required, string[] parameters, Func<TemplateContext, ScriptArray, object?> body) =>
            functions.SetValue(name, new ScribanRuleFunction(name, required, parameters, body), readOnly: true);

        Add("present", 1, ["value"], (_, a) => RuleValues.IsPresent(a[0]));
        Add("sum", 1, ["list", "field"], (c, a) => Sum(c, a[0], Arg(a, 1)));
        Add("count", 1, ["list", "condition"], (c, a) => Arg(a, 1) is { } condition ? RuleValues.ToList(a[0]).Count(e => Test(c, condition, e)) : RuleValues.ToList(a[0]).Count());
        Add("all", 2, ["list", "condition"], (c, a) => RuleValues.ToList(a[0]).All(e => Test(c, Arg(a, 1)!, e)));
        Add("any", 2, ["list", "condition"], (c, a) => RuleValues.ToList(a[0]).Any(e => Test(c, Arg(a, 1)!, e)));
        Add("find", 3, ["list", "field", "value"], (c, a) => RuleValues.ToList(a[0]).FirstOrDefault(e => Equals(Member(c, e, Arg(a, 1)!)?.ToString(), a[2]?.ToString())));
        Add("flatten", 2, ["list", "field"], (c, a) => Flatten(c, a[0], Arg(a, 1)!));
        Add("texts", 1, ["value"], (_, a) => RuleFunctions.Texts(a[0]));
        Add("matches", 2, ["text", "pattern"], (_, a) => RuleFunctions.Matches(a[0], Arg(a, 1)!));
        Add("months", 1, ["text"], (_, a) => RuleFunctions.Months(a[0]));
        Add("after", 2, ["date", "other"], (_, a) => RuleFunctions.After(a[0], a[1]));
        Add("same_trial", 2, ["report", "registered"], (_, a) => RuleFunctions.SameTrial(a[0], a[1]));
        Add("says_when", 1, ["text"], (_, a) => RuleFunctions.SaysWhen(a[0]));
        Add("names_time_point", 1, ["text"], (_, a) => RuleFunctions.NamesTimePoint(a[0]));
        return functions;
    }

    private static string? Arg(ScriptArray arguments, int index) =>
        index < arguments.Count ? arguments[index] as string ?? (arguments[index] is null ? null : Convert.ToString(arguments[index], CultureInfo.InvariantCulture)) : null;

    private static double Sum(TemplateContext context, object? list, string? field)
    {
        double total = 0;
        foreach (var element in RuleValues.ToList(list))
            total += RuleValues.ToNumber(field is null ? element : Member(context, element, field)) ?? 0;
        return total;
    }

    private static ScriptArray Flatten(TemplateContext context, object? list, string field)
    {
        var result = new ScriptArray();
        foreach (var element in RuleValues.ToList(list))
            foreach (var inner in RuleValues.ToList(Member(context, element, field))) result.Add(inner);
        return result;
    }

    private static object? Member(TemplateContext context, object? target, string member)
    {
        if (target is null) return null;
        var accessor = context.GetMemberAccessor(target);
        return accessor.TryGetValue(context, default, target, member, out var value) ? value : null;
    }

    private static bool Test(TemplateContext context, string condition, object? element)
    {
        var template = Conditions.GetOrAdd(condition, c => Template.Parse(RuleExpression.OneLine(c), lexerOptions: ScriptOnly));
        if (template.HasErrors)
            throw new ScriptRuntimeException(default, $"the condition '{condition}' is not valid");
        object? outer = context.GetValue(ItVariable);
        var scope = new ScriptObject(2);
        scope.SetValue("it", element, readOnly: false);
        scope.SetValue("outer", outer, readOnly: false);
        context.PushGlobal(scope);
        try
        {
            ScriptNode node = template.Page?.Body?.Statements is [ScriptExpressionStatement { Expression: { } expression }] ? expression : template.Page!;
            return RuleValues.IsTruthy(node.Evaluate(context));
        }
        finally
        {
            context.PopGlobal();
        }
    }
}
