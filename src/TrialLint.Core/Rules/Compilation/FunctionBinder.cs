using System.Text.RegularExpressions;
using Scriban.Parsing;
using Scriban.Syntax;

namespace TrialLint.Rules.Compilation;

/// <summary>
/// Binds a call in a rule expression (<c>present(x)</c>, <c>x | array.size</c>, <c>string.upcase(x)</c>) to the
/// function it names, once, when the rule loads: an unknown function or a wrong number of arguments is a load
/// error, not a failure on every report.
/// </summary>
internal static class FunctionBinder
{
    private static readonly object True = true, False = false;

    /// <summary>One argument of a call: its compiled value and, when written in the rule, its syntax (to spot literal conditions).</summary>
    public readonly record struct Argument(CompiledExpression Value, ScriptExpression? Node);

    /// <summary>Whether <paramref name="target"/> names a function rule expressions can call.</summary>
    public static bool IsFunction(ScriptExpression target) => NameOf(target) is not null;

    /// <summary>Binds a call of <paramref name="target"/> with <paramref name="arguments"/>.</summary>
    public static CompiledExpression Bind(ScriptExpression target, IReadOnlyList<Argument> arguments, SourceSpan span)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(arguments);
        string name = NameOf(target) ?? throw new RuleCompileException(span,
            $"'{target}' is not a function rule expressions can call (functions: {string.Join(", ", RuleFunctions.Names.Concat(ScriptBuiltins.Arity.Keys))})");
        var (required, allowed) = ArityOf(name);
        if (arguments.Count < required || arguments.Count > allowed)
            throw new RuleCompileException(span, $"{name} takes {(required == allowed ? $"{required}" : $"{required} to {allowed}")} argument{(allowed == 1 ? "" : "s")}, not {arguments.Count}");
        if (ScriptBuiltins.Arity.ContainsKey(name)) return Builtin(name, arguments);
        return RuleFunction(name, arguments, span);
    }

    private static string? NameOf(ScriptExpression target) => target switch
    {
        ScriptVariableGlobal { Name: var name } when RuleFunctions.Names.Contains(name) => name,
        ScriptMemberExpression { Target: ScriptVariableGlobal { Name: "array" or "string" } owner, Member: { } member }
            when ScriptBuiltins.Arity.ContainsKey($"{owner.Name}.{member.Name}") => $"{owner.Name}.{member.Name}",
        _ => null,
    };

    private static (int Required, int Allowed) ArityOf(string name) => name switch
    {
        "sum" or "count" => (1, 2),
        "all" or "any" or "flatten" or "matches" or "after" or "same_trial" => (2, 2),
        "find" => (3, 3),
        "present" or "texts" or "months" or "says_when" or "names_time_point" => (1, 1),
        _ => (ScriptBuiltins.Arity[name], ScriptBuiltins.Arity[name]),
    };

    private static CompiledExpression Builtin(string name, IReadOnlyList<Argument> arguments)
    {
        var first = arguments[0].Value;
        if (arguments.Count == 1) return s => ScriptBuiltins.Invoke(name, first(s), null);
        var second = arguments[1].Value;
        return s => ScriptBuiltins.Invoke(name, first(s), second(s));
    }

    private static CompiledExpression RuleFunction(string name, IReadOnlyList<Argument> arguments, SourceSpan span)
    {
        var a = arguments[0].Value;
        switch (name)
        {
            case "present": return s => RuleFunctions.Present(a(s)) ? True : False;
            case "texts": return s => RuleFunctions.Texts(a(s));
            case "months": return s => RuleFunctions.Months(a(s));
            case "says_when": return s => RuleFunctions.SaysWhen(a(s)) ? True : False;
            case "names_time_point": return s => RuleFunctions.NamesTimePoint(a(s)) ? True : False;
            case "sum":
            {
                var field = Optional(arguments, 1);
                return s => RuleFunctions.Sum(a(s), RuleFunctions.TextArgument(field?.Invoke(s)));
            }
            case "count":
            {
                var condition = arguments.Count > 1 ? Condition(arguments[1]) : null;
                return s => RuleFunctions.Count(s, a(s), condition?.Invoke(s));
            }
            case "all":
            case "any":
            {
                bool all = name == "all";
                if (arguments[1].Node is ScriptLiteral { Value: string text })
                {
                    // The usual case: the condition is compiled now and the function giving it is made once.
                    var compiled = ConditionCompiler.AtLoad(text, arguments[1].Node!.Span);
                    Func<CompiledExpression> fixedCondition = () => compiled;
                    return s => (all ? RuleFunctions.All(s, a(s), fixedCondition) : RuleFunctions.Any(s, a(s), fixedCondition)) ? True : False;
                }
                var condition = Condition(arguments[1]);
                return s =>
                {
                    var list = a(s);
                    // Only read when the list has an element, as the interpreter did.
                    CompiledExpression Lazy() => condition(s) ?? throw new ArgumentNullException(name, "the condition is null");
                    return (all ? RuleFunctions.All(s, list, Lazy) : RuleFunctions.Any(s, list, Lazy)) ? True : False;
                };
            }
            case "find":
            {
                var field = arguments[1].Value;
                var value = arguments[2].Value;
                return s => RuleFunctions.Find(a(s), Required(field(s), name), value(s));
            }
            case "flatten":
            {
                var field = arguments[1].Value;
                return s => RuleFunctions.Flatten(a(s), Required(field(s), name));
            }
            case "matches":
            {
                if (arguments[1].Node is ScriptLiteral { Value: string text })
                {
                    // The usual case: the pattern is written in the rule, so it is resolved (and checked) now.
                    Regex regex;
                    try
                    {
                        regex = RuleFunctions.Pattern(text);
                    }
                    catch (ArgumentException ex)
                    {
                        throw new RuleCompileException(arguments[1].Node!.Span, $"the pattern of matches() is not a valid regular expression: {ex.Message}");
                    }
                    return s => RuleFunctions.Matches(a(s), regex) ? True : False;
                }
                var pattern = arguments[1].Value;
                return s => RuleFunctions.Matches(a(s), Required(pattern(s), name)) ? True : False;
            }
            case "after":
            {
                var other = arguments[1].Value;
                return s => RuleFunctions.After(a(s), other(s)) ? True : False;
            }
            case "same_trial":
            {
                var other = arguments[1].Value;
                return s => RuleFunctions.SameTrial(a(s), other(s)) ? True : False;
            }
            default:
                throw new RuleCompileException(span, $"'{name}' is not a function rule expressions can call");
        }
    }

    private static CompiledExpression? Optional(IReadOnlyList<Argument> arguments, int index) => index < arguments.Count ? arguments[index].Value : null;

    private static string Required(object? value, string function) =>
        RuleFunctions.TextArgument(value) ?? throw new ArgumentNullException(function, $"{function}: the text argument is null");

    /// <summary>
    /// A condition (the second argument of count/all/any), as a function giving the compiled condition: compiled
    /// now when written as text in the rule, else compiled (and cached) from the value when the rule runs. Null
    /// when the argument is null.
    /// </summary>
    private static Func<RuleScope, CompiledExpression?> Condition(Argument argument)
    {
        if (argument.Node is ScriptLiteral { Value: string text })
        {
            var compiled = ConditionCompiler.AtLoad(text, argument.Node.Span);
            return _ => compiled;
        }
        if (argument.Node is ScriptLiteral { Value: null }) return _ => null;
        var value = argument.Value;
        return s => RuleFunctions.TextArgument(value(s)) is { } condition ? ConditionCompiler.AtRunTime(condition) : null;
    }
}
