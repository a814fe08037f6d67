using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace TrialLint.Rules;

/// <summary>
/// A function rule expressions can call, implemented directly against Scriban's function interface. Importing a
/// delegate would make Scriban bind arguments by reflection on every call (about 2 µs); rules run tens of
/// functions per report, so each function reads its arguments itself.
/// </summary>
internal sealed class RuleFunction : IScriptCustomFunction
{
    private readonly Func<TemplateContext, ScriptArray, object?> _body;
    private readonly string[] _parameters;

    public RuleFunction(string name, int required, string[] parameters, Func<TemplateContext, ScriptArray, object?> body)
    {
        Name = name;
        RequiredParameterCount = required;
        _parameters = parameters;
        _body = body;
    }

    public string Name { get; }

    public int RequiredParameterCount { get; }

    public int ParameterCount => _parameters.Length;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), _parameters[index]);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count < RequiredParameterCount || arguments.Count > _parameters.Length)
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"{Name}({string.Join(", ", _parameters)}) takes {RequiredParameterCount}{(RequiredParameterCount == _parameters.Length ? "" : $" to {_parameters.Length}")} arguments, not {arguments.Count}");
        return _body(context, arguments);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
