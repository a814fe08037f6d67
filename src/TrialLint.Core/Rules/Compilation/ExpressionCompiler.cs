using Scriban.Syntax;

namespace TrialLint.Rules.Compilation;

/// <summary>
/// Compiles a rule expression parsed by Scriban (its <see cref="ScriptExpression"/> tree) into closures that
/// evaluate it directly against the report model, once, when the rule loads: no interpreter, no variable
/// lookups by name and no reflection per report. Supported: literals (numbers, text in any quotes, true, false,
/// null, lists), report sections and <c>report</c>, <c>item</c>, <c>index</c>, <c>it</c>, <c>outer</c>, member
/// access and indexing, parentheses, <c>== != &lt; &lt;= &gt; &gt;= &amp;&amp; || ! + - * / ??</c>, unary
/// <c>-</c>/<c>+</c>, <c>cond ? a : b</c>, calls and pipes of the rule functions and the supported Scriban
/// built-ins. Anything else is a <see cref="RuleCompileException"/>, which fails the rule's load.
/// </summary>
internal static class ExpressionCompiler
{
    private static readonly object True = true, False = false;

    private static readonly HashSet<string> UnsupportedBuiltins = new(StringComparer.Ordinal)
    {
        "date", "html", "math", "object", "regex", "timespan", "empty", "blank",
    };

    /// <summary>Compiles <paramref name="node"/>.</summary>
    public static CompiledExpression Compile(ScriptExpression node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            ScriptLiteral literal => Literal(literal),
            ScriptNestedExpression { Expression: { } inner } => Compile(inner),
            ScriptVariableGlobal variable => Variable(variable),
            ScriptMemberExpression member => Member(member),
            ScriptIndexerExpression { Target: { } target, Index: { } index } => Indexer(Compile(target), Compile(index)),
            ScriptBinaryExpression binary => Binary(binary),
            ScriptUnaryExpression unary => Unary(unary),
            ScriptConditionalExpression { Condition: { } condition, ThenValue: { } then, ElseValue: { } otherwise } =>
                Conditional(Compile(condition), Compile(then), Compile(otherwise)),
            ScriptArrayInitializerExpression list => List(list),
            ScriptFunctionCall call => FunctionBinder.Bind(Child(call.Target, call), [.. call.Arguments.Select(a => new FunctionBinder.Argument(Compile(a), a))], call.Span),
            ScriptPipeCall pipe => Pipe(Compile(Child(pipe.From, pipe)), Child(pipe.To, pipe)),
            _ => throw new RuleCompileException(node.Span, $"'{node}' ({Describe(node)}) is not supported in rule expressions"),
        };
    }

    private static CompiledExpression Literal(ScriptLiteral literal)
    {
        object? value = literal.Value;
        if (value is not (null or bool or int or long or double or string))
            throw new RuleCompileException(literal.Span, $"the literal '{literal}' is not supported in rule expressions (use a number that fits 64 bits)");
        return _ => value;
    }

    private static CompiledExpression Variable(ScriptVariableGlobal variable)
    {
        string name = variable.Name;
        switch (name)
        {
            case "report": return s => s.Report;
            case "item": return s => s.Item;
            case "index": return s => s.Index;
            case "it": return s => s.It;
            case "outer": return s => s.Outer;
        }
        if (ReportSections.Find(name) is { } section)
        {
            return s =>
            {
                object? value = section.GetValue(s.Report);
                s.Reads?.Record(s.Report, name, value);
                return value;
            };
        }
        if (RuleFunctions.Names.Contains(name))
            throw new RuleCompileException(variable.Span, $"'{name}' is a function: call it with its arguments, as in {name}(...)");
        if (name is "array" or "string")
            throw new RuleCompileException(variable.Span, $"'{name}' is a group of functions: call one of them ({string.Join(", ", ScriptBuiltins.Arity.Keys.Where(k => k.StartsWith(name + ".", StringComparison.Ordinal)))})");
        if (UnsupportedBuiltins.Contains(name))
            throw new RuleCompileException(variable.Span, $"Scriban's '{name}' is not supported in rule expressions (built-ins: {string.Join(", ", ScriptBuiltins.Arity.Keys)})");
        // An unknown name reads as null, as it did in the interpreter; RuleFileLoader reports unknown names in a rule's own expressions.
        return _ => null;
    }

    private static CompiledExpression Member(ScriptMemberExpression member)
    {
        // A built-in named without a call ('x | array.size' is a pipe and handled there) is called with no arguments.
        if (FunctionBinder.IsFunction(member)) return FunctionBinder.Bind(member, [], member.Span);
        if (member.Target is ScriptVariableGlobal { Name: "array" or "string" } owner)
            throw new RuleCompileException(member.Span, $"'{owner.Name}.{member.Member?.Name}' is not supported in rule expressions (built-ins: {string.Join(", ", ScriptBuiltins.Arity.Keys)})");
        var target = Compile(Child(member.Target, member));
        string name = Child(member.Member, member).Name;
        var site = new MemberSite(name);
        return s =>
        {
            object? owner = target(s);
            object? value = site.Read(owner);
            // Only when the checklist's "where reported" is asked for: one null test otherwise.
            if (s.Reads is { } reads && owner is Model.ModelObject model) reads.Record(model, name, value);
            return value;
        };
    }

    private static CompiledExpression Indexer(CompiledExpression target, CompiledExpression index) =>
        s => ScriptMembers.Index(target(s), index(s));

    private static CompiledExpression Binary(ScriptBinaryExpression binary)
    {
        var op = binary.Operator;
        if (op is not (ScriptBinaryOperator.And or ScriptBinaryOperator.Or) && !ScriptOperators.IsSupported(op))
            throw new RuleCompileException(binary.Span, $"the operator '{binary.OperatorAsText}' is not supported in rule expressions");
        var left = Compile(Child(binary.Left, binary));
        var right = Compile(Child(binary.Right, binary));
        return op switch
        {
            ScriptBinaryOperator.And => s => ScriptOperators.ToBool(left(s)) && ScriptOperators.ToBool(right(s)) ? True : False,
            ScriptBinaryOperator.Or => s => ScriptOperators.ToBool(left(s)) || ScriptOperators.ToBool(right(s)) ? True : False,
            // 'x == null' and 'x != null' are most of the comparisons rules make: text or not, only null equals null.
            ScriptBinaryOperator.CompareEqual when binary.Right is ScriptLiteral { Value: null } => s => left(s) is null ? True : False,
            ScriptBinaryOperator.CompareNotEqual when binary.Right is ScriptLiteral { Value: null } => s => left(s) is null ? False : True,
            _ => s => Box(ScriptOperators.Binary(op, left(s), right(s))),
        };
    }

    private static CompiledExpression Unary(ScriptUnaryExpression unary)
    {
        var operand = Compile(Child(unary.Right, unary));
        return unary.Operator switch
        {
            ScriptUnaryOperator.Not => s => ScriptOperators.ToBool(operand(s)) ? False : True,
            ScriptUnaryOperator.Negate => s => ScriptOperators.Negate(operand(s)),
            ScriptUnaryOperator.Plus => s => ScriptOperators.Plus(operand(s)),
            _ => throw new RuleCompileException(unary.Span, $"the operator '{unary.Operator.ToText()}' is not supported in rule expressions"),
        };
    }

    private static CompiledExpression Conditional(CompiledExpression condition, CompiledExpression then, CompiledExpression otherwise) =>
        s => ScriptOperators.ToBool(condition(s)) ? then(s) : otherwise(s);

    private static CompiledExpression List(ScriptArrayInitializerExpression list)
    {
        var items = list.Values.Select(Compile).ToArray();
        if (list.Values.All(v => v is ScriptLiteral or ScriptArrayInitializerExpression))
        {
            // A list written out in the rule is built once: nothing in an expression changes a list.
            var constant = items.Select(i => i(null!)).ToArray();
            return _ => constant;
        }
        return s =>
        {
            var values = new object?[items.Length];
            for (int i = 0; i < items.Length; i++) values[i] = items[i](s);
            return values;
        };
    }

    // 'x | f a b' calls f(x, a, b); 'x | f | g' calls g(f(x)) (Scriban nests the second pipe inside the first's right side).
    private static CompiledExpression Pipe(CompiledExpression input, ScriptExpression to) => to switch
    {
        ScriptPipeCall { From: { } next, To: { } rest } => Pipe(Pipe(input, next), rest),
        ScriptFunctionCall call => FunctionBinder.Bind(Child(call.Target, call), [new(input, null), .. call.Arguments.Select(a => new FunctionBinder.Argument(Compile(a), a))], call.Span),
        ScriptMemberExpression or ScriptVariableGlobal when FunctionBinder.IsFunction(to) => FunctionBinder.Bind(to, [new(input, null)], to.Span),
        _ => throw new RuleCompileException(to.Span, $"the right side of '|' must be a function, not '{to}'"),
    };

    private static T Child<T>(T? child, ScriptNode parent) where T : ScriptNode =>
        child ?? throw new RuleCompileException(parent.Span, $"'{parent}' is incomplete");

    private static object? Box(object? value) => value is bool b ? b ? True : False : value;

    private static string Describe(ScriptNode node) => node.GetType().Name.Replace("Script", "", StringComparison.Ordinal);
}
