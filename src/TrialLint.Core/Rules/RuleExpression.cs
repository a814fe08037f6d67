using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using TrialLint.Diagnostics;

namespace TrialLint.Rules;

/// <summary>
/// One expression of a rule file (<c>applies_if</c>, <c>for_each</c>, <c>require</c>, a message value), parsed
/// once per process by Scriban. Only a single expression is accepted: no statements, loops or function
/// definitions, so a rule reads as a condition and evaluates in bounded time.
/// </summary>
public sealed class RuleExpression
{
    private static readonly LexerOptions ScriptOnly = new() { Mode = ScriptMode.ScriptOnly };
    private readonly ScriptExpression _expression;

    private RuleExpression(string text, ScriptExpression expression, Location location)
    {
        Text = text;
        _expression = expression;
        Location = location;
    }

    /// <summary>The expression as written.</summary>
    public string Text { get; }

    /// <summary>The parsed expression.</summary>
    internal ScriptExpression Node => _expression;

    /// <summary>Where the expression is written (in the rule file).</summary>
    public Location Location { get; }

    /// <summary>Parses <paramref name="text"/>; returns null with a reason when it is not a single valid expression.</summary>
    public static RuleExpression? Compile(string text, Location location, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var template = Template.Parse(OneLine(text), lexerOptions: ScriptOnly);
        if (template.HasErrors)
        {
            error = string.Join("; ", template.Messages.Select(m => m.Message));
            return null;
        }
        var statements = template.Page?.Body?.Statements;
        if (statements is null || statements.Count != 1 || statements[0] is not ScriptExpressionStatement { Expression: { } expression })
        {
            error = "a rule expression is a single expression such as 'registration.id != null', not statements";
            return null;
        }
        error = null;
        return new RuleExpression(text, expression, location);
    }

    /// <summary>
    /// Joins the lines of an expression: rule files wrap long expressions over several lines (YAML folded text
    /// keeps the breaks of more-indented lines), and Scriban would read a line break as the end of a statement.
    /// </summary>
    public static string OneLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
    }

    /// <summary>Evaluates the expression in <paramref name="context"/>.</summary>
    // The expression node is evaluated directly: Template.Evaluate would set up a page per call.
    public object? Evaluate(TemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _expression.Evaluate(context);
    }

    /// <summary>Evaluates the expression as a condition: null, false, 0, empty text and empty lists are false.</summary>
    public bool IsTrue(TemplateContext context) => RuleValues.IsTruthy(Evaluate(context));

    /// <inheritdoc/>
    public override string ToString() => Text;
}
