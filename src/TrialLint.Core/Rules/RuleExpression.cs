using Scriban.Syntax;
using TrialLint.Diagnostics;
using TrialLint.Rules.Compilation;

namespace TrialLint.Rules;

/// <summary>
/// One expression of a rule file (<c>applies_if</c>, <c>for_each</c>, <c>require</c>, a message value), parsed
/// by Scriban and compiled to closures once per process (see <see cref="ExpressionCompiler"/>). Only a single
/// expression is accepted: no statements, loops or function definitions, so a rule reads as a condition and
/// evaluates in bounded time.
/// </summary>
public sealed class RuleExpression
{
    private readonly CompiledExpression _compiled;

    private RuleExpression(string text, ScriptExpression node, CompiledExpression compiled, Location location)
    {
        Text = text;
        Node = node;
        _compiled = compiled;
        Location = location;
    }

    /// <summary>The expression as written.</summary>
    public string Text { get; }

    /// <summary>The parsed expression (Scriban's syntax tree), kept for validation and for the reference interpreter in the tests.</summary>
    internal ScriptExpression Node { get; }

    /// <summary>Where the expression is written (in the rule file).</summary>
    public Location Location { get; }

    /// <summary>
    /// Parses and compiles <paramref name="text"/>; returns null with a reason when it is not a single valid
    /// expression or uses something rule expressions do not support (the reason names it and its column).
    /// </summary>
    public static RuleExpression? Compile(string text, Location location, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (ExpressionParser.Parse(text, out error) is not { } node) return null;
        try
        {
            return new RuleExpression(text, node, ExpressionCompiler.Compile(node), location);
        }
        catch (RuleCompileException ex)
        {
            error = $"{ex.Message} (column {ex.Span.Start.Column + 1})";
            return null;
        }
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

    /// <summary>Evaluates the expression in <paramref name="scope"/>.</summary>
    public object? Evaluate(RuleScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return _compiled(scope);
    }

    /// <summary>Evaluates the expression as a condition: null, false, 0, empty text and empty lists are false.</summary>
    public bool IsTrue(RuleScope scope) => RuleValues.IsTruthy(Evaluate(scope));

    /// <summary>Formats a value for a message placeholder: "(none)" for null, at most two decimals for fractions, else as text.</summary>
    public static string FormatValue(object? value) => value switch
    {
        null => "(none)",
        double d => d.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
        _ => ScriptText.Of(value) ?? string.Empty,
    };

    /// <inheritdoc/>
    public override string ToString() => Text;
}
