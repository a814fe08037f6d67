using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace TrialLint.Rules;

/// <summary>
/// Functions rule expressions can call beyond Scriban's built-ins: aggregates over lists (<c>sum</c>,
/// <c>count</c>, <c>all</c>, <c>any</c>, <c>find</c>), <c>present</c>, <c>matches</c>, and readers for the
/// durations and partial dates reports are written with. Conditions passed to <c>all</c>/<c>any</c>/<c>count</c>
/// are expressions in quotes that see the list element as <c>it</c> (and, inside a nested condition, the
/// enclosing element as <c>outer</c>); each is parsed once per process.
/// </summary>
public static partial class RuleFunctions
{
    /// <summary>The names of the functions, for rule validation.</summary>
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "present", "sum", "count", "all", "any", "find", "flatten", "texts", "matches", "months", "after",
    };

    private static readonly ConcurrentDictionary<string, Template> Conditions = new(StringComparer.Ordinal);
    private static readonly ScriptVariableGlobal ItVariable = new("it");

    [ThreadStatic]
    private static Stack<ScriptObject>? t_scopes;

    private static Stack<ScriptObject> Scopes => t_scopes ??= new Stack<ScriptObject>();

    private static ScriptNode ConditionExpression(Template template) =>
        template.Page?.Body?.Statements is [ScriptExpressionStatement { Expression: { } expression }] ? expression : template.Page!;
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);
    private static readonly LexerOptions ScriptOnly = new() { Mode = ScriptMode.ScriptOnly };

    /// <summary>Creates the script object holding the functions (once per evaluation context).</summary>
    public static ScriptObject Create()
    {
        var functions = new ScriptObject();
        void Add(string name, int required, string[] parameters, Func<TemplateContext, ScriptArray, object?> body) =>
            functions.SetValue(name, new RuleFunction(name, required, parameters, body), readOnly: true);

        Add("present", 1, ["value"], (_, a) => RuleValues.IsPresent(a[0]));
        Add("sum", 1, ["list", "field"], (c, a) => Sum(c, a[0], Arg(a, 1)));
        Add("count", 1, ["list", "condition"], (c, a) => Count(c, a[0], Arg(a, 1)));
        Add("all", 2, ["list", "condition"], (c, a) => RuleValues.ToList(a[0]).All(e => Test(c, Arg(a, 1)!, e)));
        Add("any", 2, ["list", "condition"], (c, a) => RuleValues.ToList(a[0]).Any(e => Test(c, Arg(a, 1)!, e)));
        Add("find", 3, ["list", "field", "value"], (c, a) => Find(c, a[0], Arg(a, 1)!, a[2]));
        Add("flatten", 2, ["list", "field"], (c, a) => Flatten(c, a[0], Arg(a, 1)!));
        Add("texts", 1, ["value"], (_, a) => Texts(a[0]));
        Add("matches", 2, ["text", "pattern"], (_, a) => Matches(a[0], Arg(a, 1)!));
        Add("months", 1, ["text"], (_, a) => Months(a[0]));
        Add("after", 2, ["date", "other"], (_, a) => After(a[0], a[1]));
        return functions;
    }

    private static string? Arg(ScriptArray arguments, int index) =>
        index < arguments.Count ? arguments[index] as string ?? (arguments[index] is null ? null : Convert.ToString(arguments[index], CultureInfo.InvariantCulture)) : null;

    /// <summary>Sum of the numbers in a list, or of one field of each element (missing values count as 0).</summary>
    private static double Sum(TemplateContext context, object? list, string? field)
    {
        double total = 0;
        foreach (var element in RuleValues.ToList(list))
            total += RuleValues.ToNumber(field is null ? element : Member(context, element, field)) ?? 0;
        return total;
    }

    /// <summary>Number of elements, or of elements for which the condition holds.</summary>
    private static int Count(TemplateContext context, object? list, string? condition) =>
        condition is null ? RuleValues.ToList(list).Count() : RuleValues.ToList(list).Count(e => Test(context, condition, e));

    /// <summary>The first element whose <paramref name="field"/> equals <paramref name="value"/>, or null.</summary>
    private static object? Find(TemplateContext context, object? list, string field, object? value) =>
        RuleValues.ToList(list).FirstOrDefault(e => Equals(Member(context, e, field)?.ToString(), value?.ToString()));

    /// <summary>The elements of a list field of every element, in order: <c>flatten(flow.periods, 'groups')</c> gives every flow group.</summary>
    private static ScriptArray Flatten(TemplateContext context, object? list, string field)
    {
        var result = new ScriptArray();
        foreach (var element in RuleValues.ToList(list))
            foreach (var inner in RuleValues.ToList(Member(context, element, field))) result.Add(inner);
        return result;
    }

    /// <summary>All the text in a value and everything below it, one piece per line (to search free text anywhere in a section).</summary>
    public static string Texts(object? value)
    {
        var sb = new System.Text.StringBuilder();
        ModelText.Collect(value, sb, depth: 0);
        return sb.ToString();
    }

    /// <summary>Whether text matches a regular expression, ignoring case. A 1 s timeout bounds a pathological pattern; it is generous so that a busy machine never turns a slow match into a false finding.</summary>
    private static bool Matches(object? text, string pattern)
    {
        if (text is not string s) return false;
        var regex = Patterns.GetOrAdd(pattern, p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
        return regex.IsMatch(s);
    }

    /// <summary>The first duration in a text, in months ("12 months" → 12, "24 weeks" → 5.5, "1 year" → 12); null when none.</summary>
    public static double? Months(object? text)
    {
        if (text is not string s) return null;
        var match = DurationPattern().Match(s);
        if (!match.Success) return null;
        double value = double.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        return match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "day" => value / 30.4375,
            "week" => value * 7 / 30.4375,
            "month" => value,
            _ => value * 12,
        };
    }

    /// <summary>
    /// Whether date <paramref name="a"/> is certainly after date <paramref name="b"/>. Dates may be partial
    /// (2011, 2011-03): <c>a</c> is after <c>b</c> when its earliest possible day follows <c>b</c>'s latest.
    /// </summary>
    public static bool After(object? a, object? b)
    {
        if (ParseRange(a as string) is not { } first || ParseRange(b as string) is not { } second) return false;
        return first.Earliest > second.Latest;
    }

    private static (DateOnly Earliest, DateOnly Latest)? ParseRange(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text.Split('-');
        if (!int.TryParse(parts[0], out int year) || year < 1 || year > 9999) return null;
        if (parts.Length == 1) return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        if (!int.TryParse(parts[1], out int month) || month is < 1 or > 12) return null;
        if (parts.Length == 2) return (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));
        if (!int.TryParse(parts[2], out int day) || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        var date = new DateOnly(year, month, day);
        return (date, date);
    }

    private static object? Member(TemplateContext context, object? target, string member)
    {
        if (target is null) return null;
        var accessor = context.GetMemberAccessor(target);
        return accessor.TryGetValue(context, default, target, member, out var value) ? value : null;
    }

    private static bool Test(TemplateContext context, string condition, object? element)
    {
        var template = Conditions.GetOrAdd(condition, c => Template.Parse(RuleExpression.OneLine(c), lexerOptions: ScriptOnly));
        if (template.HasErrors)
            throw new ScriptRuntimeException(default, $"the condition '{condition}' is not valid: {string.Join("; ", template.Messages.Select(m => m.Message))}");
        // A condition inside another condition still sees the enclosing element as 'outer'. The scope object is
        // reused for every element (conditions run for every element of every list in every report).
        object? outer = context.GetValue(ItVariable);
        var scope = Scopes.Count > 0 ? Scopes.Pop() : new ScriptObject(2);
        scope.SetValue("it", element, readOnly: false);
        scope.SetValue("outer", outer, readOnly: false);
        context.PushGlobal(scope);
        try
        {
            return RuleValues.IsTruthy(ConditionExpression(template).Evaluate(context));
        }
        finally
        {
            context.PopGlobal();
            Scopes.Push(scope);
        }
    }

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)\s*-?\s*(?<unit>day|week|month|year)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();
}
