using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace TrialLint.Output.Html;

/// <summary>
/// The template function <c>safe_url(url)</c>: the address if it is a web address a reader may follow, else <c>#</c>.
/// Written against Scriban's function interface rather than imported as a delegate, which Scriban binds by
/// reflection (not available to a Native AOT build).
/// </summary>
internal sealed class SafeUrlFunction : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "url");

    public object Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != 1) throw new ScriptRuntimeException(callerContext?.Span ?? default, $"safe_url(url) takes 1 argument, not {arguments.Count}");
        return HtmlText.SafeUrl(arguments[0]?.ToString()) ?? "#";
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
