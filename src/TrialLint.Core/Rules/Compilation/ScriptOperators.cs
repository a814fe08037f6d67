using System.Collections;
using System.Globalization;
using System.Numerics;
using Scriban.Syntax;

namespace TrialLint.Rules.Compilation;

/// <summary>
/// The operators of rule expressions with the semantics Scriban's interpreter gave them (its
/// <c>ScriptBinaryExpression</c>), which rule authors rely on: a comparison with text compares text
/// (<c>flow.enrolled == '481'</c> is true), <c>null == null</c> is true, a comparison of a value with null is
/// false except <c>!=</c>, arithmetic with null gives null, numbers are promoted double ← long ← int ← bool,
/// integer results shrink back to <c>int</c> when they fit, and <c>/</c> always divides as doubles.
/// </summary>
internal static class ScriptOperators
{
    /// <summary>The binary operators compiled rule expressions support (besides <c>&amp;&amp;</c> and <c>||</c>, compiled to short-circuits).</summary>
    public static bool IsSupported(ScriptBinaryOperator op) => op is ScriptBinaryOperator.Add or ScriptBinaryOperator.Subtract
        or ScriptBinaryOperator.Multiply or ScriptBinaryOperator.Divide or ScriptBinaryOperator.EmptyCoalescing
        or ScriptBinaryOperator.CompareEqual or ScriptBinaryOperator.CompareNotEqual
        or ScriptBinaryOperator.CompareLess or ScriptBinaryOperator.CompareLessOrEqual
        or ScriptBinaryOperator.CompareGreater or ScriptBinaryOperator.CompareGreaterOrEqual;

    /// <summary>
    /// Truth inside an expression (<c>&amp;&amp;</c>, <c>||</c>, <c>!</c>, <c>? :</c>, a comparison with true or false):
    /// the same rule as for a whole condition (<see cref="RuleValues.IsTruthy"/>), so a rule author learns one:
    /// null, false, 0, blank text and empty lists are false. (Scriban itself takes only null and false as false.)
    /// </summary>
    public static bool ToBool(object? value) => RuleValues.IsTruthy(value);

    /// <summary>Applies <paramref name="op"/> to two values.</summary>
    public static object? Binary(ScriptBinaryOperator op, object? left, object? right)
    {
        if (op == ScriptBinaryOperator.EmptyCoalescing) return left ?? right;
        if (left is string || right is string) return OnText(op, left, right);
        if (left is null || right is null) return WithNull(op, left is null && right is null);
        if (IsList(left) || IsList(right)) return OnLists(op, left, right);
        if (left is double || right is double) return OnDouble(op, ToDouble(left), ToDouble(right));
        if (left is long || right is long) return OnInteger(op, ToLong(left), ToLong(right));
        if (left is int || right is int) return OnInteger(op, ToInt(left), ToInt(right));
        if (left is bool lb) return OnBool(op, lb, ToBool(right));
        if (right is bool rb) return OnBool(op, ToBool(left), rb);
        return op switch
        {
            ScriptBinaryOperator.CompareEqual => AreEqual(left, right),
            ScriptBinaryOperator.CompareNotEqual => !AreEqual(left, right),
            _ => throw Unsupported(op, left, right),
        };
    }

    /// <summary>Negates a number (<c>-x</c>); anything else is an error.</summary>
    public static object Negate(object? value) => value switch
    {
        // Boxed one by one: a switch expression would otherwise convert every arm to double.
        int i => (object)-i,
        long l => (object)-l,
        double d => (object)-d,
        _ => throw new RuleRuntimeException($"cannot negate '{ScriptText.Of(value) ?? "null"}': it is not a number"),
    };

    /// <summary>Leaves a number as it is (<c>+x</c>); anything else is an error.</summary>
    public static object Plus(object? value) => value is int or long or double ? value
        : throw new RuleRuntimeException($"'+{ScriptText.Of(value) ?? "null"}': it is not a number");

    /// <summary>The value as an <c>int</c>, as Scriban converted indexes and operands (null is 0).</summary>
    public static int ToInt(object? value)
    {
        try
        {
            return value switch
            {
                null => 0,
                int i => i,
                long or double or bool or string => Convert.ToInt32(value, CultureInfo.InvariantCulture),
                _ => throw new RuleRuntimeException($"cannot use '{ScriptText.Of(value)}' as a number"),
            };
        }
        catch (Exception ex) when (ex is FormatException or OverflowException)
        {
            throw new RuleRuntimeException($"cannot use '{ScriptText.Of(value)}' as a whole number", ex);
        }
    }

    private static object? WithNull(ScriptBinaryOperator op, bool bothNull) => op switch
    {
        ScriptBinaryOperator.CompareEqual => bothNull,
        ScriptBinaryOperator.CompareNotEqual => !bothNull,
        ScriptBinaryOperator.CompareLess or ScriptBinaryOperator.CompareLessOrEqual
            or ScriptBinaryOperator.CompareGreater or ScriptBinaryOperator.CompareGreaterOrEqual => false,
        _ => null,
    };

    private static object? OnText(ScriptBinaryOperator op, object? left, object? right)
    {
        string? l = ScriptText.Of(left), r = ScriptText.Of(right);
        return op switch
        {
            ScriptBinaryOperator.Add => l + r,
            ScriptBinaryOperator.Multiply => Repeat(left, right),
            ScriptBinaryOperator.CompareEqual => l == r,
            ScriptBinaryOperator.CompareNotEqual => l != r,
            ScriptBinaryOperator.CompareLess => string.Compare(l, r, StringComparison.CurrentCulture) < 0,
            ScriptBinaryOperator.CompareLessOrEqual => string.Compare(l, r, StringComparison.CurrentCulture) <= 0,
            ScriptBinaryOperator.CompareGreater => string.Compare(l, r, StringComparison.CurrentCulture) > 0,
            ScriptBinaryOperator.CompareGreaterOrEqual => string.Compare(l, r, StringComparison.CurrentCulture) >= 0,
            _ => throw new RuleRuntimeException($"the operator '{op.ToText()}' does not apply to text"),
        };
    }

    // 'text' * n repeats the text (either side may be the text; a second text is a number or an error).
    private static string Repeat(object? left, object? right)
    {
        if (right is string) (left, right) = (right, left);
        string text = ScriptText.Of(left) ?? string.Empty;
        int count = ScriptOperators.ToInt(right);
        if ((long)text.Length * Math.Max(count, 0) > ScriptText.Limit)
            throw new RuleRuntimeException($"repeating text makes more than {ScriptText.Limit} characters");
        return string.Concat(Enumerable.Repeat(text, Math.Max(count, 0)));
    }

    // Lists are compared element by element; any other operator on a list (Scriban's own list type compared
    // lengths and divided lists) is not part of the rule language and is an error.
    private static bool OnLists(ScriptBinaryOperator op, object left, object right) => op switch
    {
        ScriptBinaryOperator.CompareEqual when IsList(left) && IsList(right) => AreEqual(left, right),
        ScriptBinaryOperator.CompareNotEqual when IsList(left) && IsList(right) => !AreEqual(left, right),
        _ => throw new RuleRuntimeException($"the operator '{op.ToText()}' does not apply to lists; use array.size, present() or array.contains"),
    };

    private static bool IsList(object value) => value is IList;

    private static object OnDouble(ScriptBinaryOperator op, double l, double r) => op switch
    {
        ScriptBinaryOperator.Add => l + r,
        ScriptBinaryOperator.Subtract => l - r,
        ScriptBinaryOperator.Multiply => l * r,
        ScriptBinaryOperator.Divide => l / r,
        _ => Compare(op, l, r),
    };

    private static object OnInteger(ScriptBinaryOperator op, long l, long r) => op switch
    {
        // Scriban computes with BigInteger and shrinks the result to int, then long, when it fits.
        ScriptBinaryOperator.Add => Fit(new BigInteger(l) + r),
        ScriptBinaryOperator.Subtract => Fit(new BigInteger(l) - r),
        ScriptBinaryOperator.Multiply => Fit(new BigInteger(l) * r),
        ScriptBinaryOperator.Divide => (double)l / r,
        _ => Compare(op, l, r),
    };

    private static bool OnBool(ScriptBinaryOperator op, bool l, bool r) => op switch
    {
        ScriptBinaryOperator.CompareEqual => l == r,
        ScriptBinaryOperator.CompareNotEqual => l != r,
        _ => throw new RuleRuntimeException($"the operator '{op.ToText()}' does not apply to true/false"),
    };

    private static bool Compare<T>(ScriptBinaryOperator op, T l, T r) where T : INumber<T> => op switch
    {
        ScriptBinaryOperator.CompareEqual => l == r,
        ScriptBinaryOperator.CompareNotEqual => l != r,
        ScriptBinaryOperator.CompareLess => l < r,
        ScriptBinaryOperator.CompareLessOrEqual => l <= r,
        ScriptBinaryOperator.CompareGreater => l > r,
        ScriptBinaryOperator.CompareGreaterOrEqual => l >= r,
        _ => throw new RuleRuntimeException($"the operator '{op.ToText()}' is not supported in rule expressions"),
    };

    // The result is an int, a long or a BigInteger, whichever holds it, as Scriban's own arithmetic gives: object on purpose.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859", Justification = "The boxed type (int, long or BigInteger) is the point.")]
    private static object Fit(BigInteger value) =>
        value >= int.MinValue && value <= int.MaxValue ? (object)(int)value
        : value >= long.MinValue && value <= long.MaxValue ? (object)(long)value
        : value;

    private static bool AreEqual(object left, object right)
    {
        // List literals compared element by element, as Scriban's arrays compare themselves.
        if (left is IList l && right is IList r && left is not string && right is not string)
        {
            if (l.Count != r.Count) return false;
            for (int i = 0; i < l.Count; i++)
                if (Binary(ScriptBinaryOperator.CompareEqual, l[i], r[i]) is not true) return false;
            return true;
        }
        return left.Equals(right);
    }

    private static double ToDouble(object? value) => value switch
    {
        double d => d,
        int i => i,
        long l => l,
        bool b => b ? 1 : 0,
        _ => throw new RuleRuntimeException($"cannot use '{ScriptText.Of(value)}' as a number"),
    };

    private static long ToLong(object? value) => value switch
    {
        long l => l,
        int i => i,
        bool b => b ? 1 : 0,
        _ => throw new RuleRuntimeException($"cannot use '{ScriptText.Of(value)}' as a number"),
    };

    private static RuleRuntimeException Unsupported(ScriptBinaryOperator op, object left, object right) =>
        new($"the operator '{op.ToText()}' does not apply to '{ScriptText.Of(left)}' and '{ScriptText.Of(right)}'");
}
