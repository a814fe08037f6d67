using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace TrialLint.Rules.Compilation;

/// <summary>Parses the text of a rule expression or condition with Scriban's parser, accepting a single expression only.</summary>
internal static class ExpressionParser
{
    private static readonly LexerOptions ScriptOnly = new() { Mode = ScriptMode.ScriptOnly };

    /// <summary>Parses <paramref name="text"/>; returns null with a reason when it is not a single valid expression.</summary>
    public static ScriptExpression? Parse(string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var template = Template.Parse(RuleExpression.OneLine(text), lexerOptions: ScriptOnly);
        if (template.HasErrors)
        {
            error = string.Join("; ", template.Messages.Select(m => m.Message));
            return null;
        }
        if (template.Page?.Body?.Statements is not [ScriptExpressionStatement { Expression: { } expression }])
        {
            error = "a rule expression is a single expression such as 'registration.id != null', not statements";
            return null;
        }
        error = null;
        return expression;
    }
}
