using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using TrialLint.Rules.Compilation;

namespace TrialLint.Rules;

/// <summary>
/// Functions rule expressions can call beyond Scriban's built-ins: aggregates over lists (<c>sum</c>,
/// <c>count</c>, <c>all</c>, <c>any</c>, <c>find</c>), <c>present</c>, <c>matches</c>, and readers for the
/// durations and partial dates reports are written with. Conditions passed to <c>all</c>/<c>any</c>/<c>count</c>
/// are expressions in quotes that see the list element as <c>it</c> (and, inside a nested condition, the
/// enclosing element as <c>outer</c>); each is compiled once per process.
/// </summary>
public static partial class RuleFunctions
{
    /// <summary>The names of the functions, for rule validation.</summary>
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "present", "sum", "count", "all", "any", "find", "flatten", "texts", "matches", "months", "after",
        "says_when", "names_time_point", "same_trial",
    };

    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    /// <summary>Whether a value is given: not null, not blank text, not an empty list.</summary>
    public static bool Present(object? value) => RuleValues.IsPresent(value);

    /// <summary>Sum of the numbers in a list, or of one field of each element (missing values count as 0).</summary>
    public static double Sum(object? list, string? field)
    {
        double total = 0;
        foreach (var element in RuleValues.ToList(list))
            total += RuleValues.ToNumber(field is null ? element : ScriptMembers.Read(element, field)) ?? 0;
        return total;
    }

    /// <summary>Number of elements, or of elements for which the condition holds.</summary>
    public static int Count(RuleScope scope, object? list, CompiledExpression? condition)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (condition is null) return RuleValues.ToList(list).Count();
        int count = 0;
        foreach (var element in RuleValues.ToList(list))
            if (scope.Test(condition, element)) count++;
        return count;
    }

    /// <summary>Whether the condition holds for every element (true for an empty list).</summary>
    public static bool All(RuleScope scope, object? list, Func<CompiledExpression> condition)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(condition);
        foreach (var element in RuleValues.ToList(list))
            if (!scope.Test(condition(), element)) return false;
        return true;
    }

    /// <summary>Whether the condition holds for some element.</summary>
    public static bool Any(RuleScope scope, object? list, Func<CompiledExpression> condition)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(condition);
        foreach (var element in RuleValues.ToList(list))
            if (scope.Test(condition(), element)) return true;
        return false;
    }

    /// <summary>The first element whose <paramref name="field"/> equals <paramref name="value"/> (compared as .NET text), or null.</summary>
    public static object? Find(object? list, string field, object? value)
    {
        ArgumentNullException.ThrowIfNull(field);
        string? wanted = value?.ToString();
        var site = new Compilation.MemberSite(field);
        foreach (var element in RuleValues.ToList(list))
            if (site.Read(element)?.ToString() == wanted) return element;
        return null;
    }

    /// <summary>The elements of a list field of every element, in order: <c>flatten(flow.periods, 'groups')</c> gives every flow group.</summary>
    public static IReadOnlyList<object?> Flatten(object? list, string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var result = new List<object?>();
        foreach (var element in RuleValues.ToList(list))
            result.AddRange(RuleValues.ToList(ScriptMembers.Read(element, field)));
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
    public static bool Matches(object? text, string pattern) => Matches(text, Pattern(pattern));

    /// <summary>Whether text matches <paramref name="regex"/> (a pattern resolved once, when its rule loaded).</summary>
    public static bool Matches(object? text, Regex regex)
    {
        ArgumentNullException.ThrowIfNull(regex);
        return text is string s && regex.IsMatch(s);
    }

    /// <summary>
    /// The regular expression for a <c>matches</c> pattern: for a pattern of a built-in rule, the one compiled into
    /// TrialLint at build time (<see cref="BuiltInPatterns"/>: source-generated code, several times faster than the
    /// interpreter, which is all a Native AOT build has for patterns read at run time); otherwise made once per process.
    /// </summary>
    /// <exception cref="ArgumentException">The pattern is not a valid regular expression.</exception>
    public static Regex Pattern(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return Patterns.GetOrAdd(pattern, static p => BuiltInPatterns.Find(p) ?? new Regex(p, PatternOptions, PatternTimeout));
    }

    /// <summary>How every <c>matches</c> pattern is matched: ignoring case, the same in every culture.</summary>
    internal const RegexOptions PatternOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The timeout of a <c>matches</c> pattern.</summary>
    internal static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(1);

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
    /// Whether a time frame says when: a duration with its unit, the unit written out, abbreviated, misspelt in a
    /// common way or in another language, after or before the number ("12 months", "48 h", "Up to Wk 50", "D28",
    /// "24 moths", "50 Jahre"), or a time point or period named by an event ("intraoperative", "at inclusion",
    /// "screening", "index hospitalization", "day 1 pre-dose", a time frame opening with "at", "during", "from" ...).
    /// A bare number ("12") or text that names no time ("number of patients") does not.
    /// </summary>
    public static bool SaysWhen(object? text) => text is string s && (Months(s) is not null || TimeFramePattern().IsMatch(s));

    /// <summary>
    /// Whether free text, such as an outcome's title or description, names a time point: a duration, a unit with its
    /// number ("week 18", "month 6") or an event the time is counted from ("at discharge", "until the end of
    /// follow-up"). Narrower than <see cref="SaysWhen"/>, since a title's other words ("treatment", "death") are not
    /// time points.
    /// </summary>
    public static bool NamesTimePoint(object? text) => text is string s && (Months(s) is not null || TimePointInTextPattern().IsMatch(s));

    /// <summary>
    /// Whether date <paramref name="a"/> is certainly after date <paramref name="b"/>. Dates may be partial
    /// (2011, 2011-03): <c>a</c> is after <c>b</c> when its earliest possible day follows <c>b</c>'s latest.
    /// </summary>
    public static bool After(object? a, object? b)
    {
        if (ParseRange(a as string) is not { } first || ParseRange(b as string) is not { } second) return false;
        return first.Earliest > second.Latest;
    }

    /// <summary>
    /// Whether <paramref name="report"/> may be checked against the registration <paramref name="registered"/>
    /// (<c>same_trial(report, registered)</c>): false when either is not a report, or the report gives a registration
    /// number the registration does not share (<see cref="Model.RegistrationIds.SameTrial"/>).
    /// </summary>
    public static bool SameTrial(object? report, object? registered) =>
        report is Model.TrialReport r && registered is Model.TrialReport g && Model.RegistrationIds.SameTrial(r, g);

    /// <summary>A function argument that names a field or holds a pattern or condition, as text (as the interpreter passed it).</summary>
    public static string? TextArgument(object? value) =>
        value as string ?? (value is null ? null : Convert.ToString(value, CultureInfo.InvariantCulture));

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

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)\s*-?\s*(?<unit>day|week|month|year)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(
        @"\d\s*-?\s*(s|secs?|seconds?|h|hrs?|hours?|mins?|minutes?|d|days?|wks?|weeks?|mo|mos|mths?|months?|monhs|moths|mnths|yrs?|years?|jahre?|tage?|wochen|monate?|mois|semaines?|ans|años|meses|d[ií]as|semanas)\b"
        + @"|\b(wks?|weeks?|days?|d|months?|mo|m|yrs?|years?|visits?|v|cycles?|c|hrs?|hours?|h|min|doses?|sessions?|periods?|phases?|time ?points?|tp)\s*-?\s*\d"
        + @"|^\W*(at|during|on|from|upon|since|before|after|within|throughout|until|up to|prior to|following)\b"
        + @"|\b(minutes?|hours?|days?|nights?|weeks?|months?|years?|cycles?|visits?|baseline|discharge|admission|randomi[sz](ation|ed)|enrol+ment|inclusion|screening|consent|surgery|operation"
        + @"|(intra|peri|pre|post)-?\s?(operative(ly)?|op|procedur(e|al)|dose|dosing|treatment|intervention|partum|natal)|procedure|implant(ation)?|ablation|catheteri[sz]ation|intubation|extubation|induction|an(a)?esthesia"
        + @"|hospitali[sz]ation|hospital stay|length of stay|stay|delivery|labou?r|birth|death|dos(e|es|ing)|administration|injections?|infusions?|treatment|therapy|follow-?up|end of|study (duration|period|completion)|duration"
        + @"|immediate(ly)?|initial|preceding|during|throughout|until|after|before|post|pre|prior|term|daily|weekly|monthly|annual(ly)?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TimeFramePattern();

    [GeneratedRegex(
        @"\b(wks?|weeks?|days?|months?|yrs?|years?|visits?|cycles?)\s*-?\s*\d"
        + @"|\b(at|after|before|until|to|by|during|within|throughout|end of)\s+(the\s+)?(discharge|follow-?up|baseline|surgery|operation|procedure|delivery|birth|randomi[sz]ation|admission|(end of )?(the )?(study|treatment|follow-?up))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TimePointInTextPattern();
}
