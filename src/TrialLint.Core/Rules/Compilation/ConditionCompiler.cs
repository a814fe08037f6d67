using System.Collections.Concurrent;
using Scriban.Parsing;

namespace TrialLint.Rules.Compilation;

/// <summary>
/// Compiles the conditions passed in quotes to <c>all</c>, <c>any</c> and <c>count</c>. A condition written as
/// text in the rule is compiled with the rule, so a broken one stops the rule from loading; one computed while
/// the rule runs (rare) is compiled on first use and cached for the process.
/// </summary>
internal static class ConditionCompiler
{
    private static readonly ConcurrentDictionary<string, CompiledExpression> Compiled = new(StringComparer.Ordinal);

    /// <summary>Compiles a condition written in the rule; a problem is a <see cref="RuleCompileException"/> at <paramref name="span"/>.</summary>
    public static CompiledExpression AtLoad(string condition, SourceSpan span)
    {
        ArgumentNullException.ThrowIfNull(condition);
        if (Compiled.TryGetValue(condition, out var cached)) return cached;
        if (ExpressionParser.Parse(condition, out string? error) is not { } expression)
            throw new RuleCompileException(span, $"the condition '{condition}' is not valid: {error}");
        try
        {
            return Compiled.GetOrAdd(condition, ExpressionCompiler.Compile(expression));
        }
        catch (RuleCompileException ex)
        {
            throw new RuleCompileException(span, $"in the condition '{condition}': {ex.Message}");
        }
    }

    /// <summary>Compiles a condition computed while a rule runs; a problem is a <see cref="RuleRuntimeException"/>.</summary>
    public static CompiledExpression AtRunTime(string condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        try
        {
            return AtLoad(condition, default);
        }
        catch (RuleCompileException ex)
        {
            throw new RuleRuntimeException(ex.Message, ex);
        }
    }
}
