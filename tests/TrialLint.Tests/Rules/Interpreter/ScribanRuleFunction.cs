using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace TrialLint.Tests.Rules.Interpreter;

/// <summary>A rule function implemented against Scriban's function interface, as the interpreter had it.</summary>
internal sealed class ScribanRuleFunction(string name, int required, string[] parameters, Func<TemplateContext, ScriptArray, object?> body) : IScriptCustomFunction
{
    public string Name => name;

    public int RequiredParameterCount => required;

    public int ParameterCount => parameters.Length;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), parameters[index]);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count < RequiredParameterCount || arguments.Count > parameters.Length)
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"{Name} takes {RequiredParameterCount} to {parameters.Length} arguments, not {arguments.Count}");
        return body(context, arguments);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
