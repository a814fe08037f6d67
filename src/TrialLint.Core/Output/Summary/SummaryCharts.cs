using System.Globalization;
using System.Text;
using TrialLint.Output.Html;

namespace TrialLint.Output.Summary;

/// <summary>
/// The summary page's two charts as inline SVG, drawn by hand (no script): findings per rule as horizontal bars, and
/// results due and overdue by law per sponsor class and year as small multiples. Each has a title and a description
/// for screen readers (<c>role="img"</c>, <c>aria-labelledby</c>), every bar carries its number as text, and no
/// meaning rests on colour alone (the severity is written beside the bar; overdue is a filled bar inside the outline
/// of the bar of trials due), so both read when printed in black and white.
/// </summary>
public static class SummaryCharts
{
    private const int Width = 900;

    /// <summary>Findings per rule, most first; null when there are no findings.</summary>
    /// <param name="rules">Per rule its counts.</param>
    /// <param name="titles">Rule titles by id (shown beside the bars).</param>
    public static RawHtml? FindingsPerRule(IReadOnlyList<CompletenessTable.RuleTotals> rules, IReadOnlyDictionary<string, string> titles)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(titles);
        var shown = rules.Where(r => r.Findings > 0).OrderByDescending(r => r.Findings).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        if (shown.Count == 0) return null;
        const int left = 70, barMax = 330, rowHeight = 24, top = 10;
        int height = top * 2 + shown.Count * rowHeight;
        int max = shown.Max(r => r.Findings);
        var svg = Open("chart-rules", height, "Findings per rule",
            $"Horizontal bar chart of the findings of each rule, most first: {string.Join("; ", shown.Select(r => $"{r.Id} {Counts(r)}"))}.");
        for (int i = 0; i < shown.Count; i++)
        {
            var r = shown[i];
            int y = top + i * rowHeight;
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"bar\"><title>{HtmlText.Escape($"{r.Id} {titles.GetValueOrDefault(r.Id, "")}: {Counts(r)}")}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 8}\" y=\"{y + 16}\" text-anchor=\"end\" class=\"label\">{r.Id}</text>");
            double x = left;
            foreach (var (count, severity) in new[] { (r.Errors, "error"), (r.Warnings, "warning"), (r.Infos, "info") })
            {
                if (count == 0) continue;
                double w = Math.Max(1.5, barMax * (double)count / max);
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{y + 4}\" width=\"{w:0.#}\" height=\"{rowHeight - 8}\" class=\"{severity}\"/>");
                x += w;
            }
            string title = titles.GetValueOrDefault(r.Id, "");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 6:0.#}\" y=\"{y + 16}\" class=\"value\">{HtmlText.Escape(Counts(r))}<tspan class=\"rule-title\"> {HtmlText.Escape(Shorten(title, 62))}</tspan></text>");
            svg.Append("</g>");
        }
        return Close(svg);
    }

    /// <summary>
    /// Results due and overdue by law per sponsor class (a row each) and year of primary completion (a column each);
    /// null when no record's results are due by law.
    /// </summary>
    public static RawHtml? OverdueByClassAndYear(IReadOnlyList<(string? Class, int? Year, CompletenessTable.Totals Totals)> cells, string? asOf)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var due = cells.Where(c => c.Totals.Due > 0 && c.Year is not null).ToList();
        if (due.Count == 0) return null;
        var classes = due.GroupBy(c => c.Class).OrderByDescending(g => g.Sum(c => c.Totals.Due)).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        int first = due.Min(c => c.Year!.Value), last = due.Max(c => c.Year!.Value);
        int years = last - first + 1;
        const int left = 110, top = 14, rowHeight = 92, barArea = 62, axis = 24;
        double column = Math.Min(60, (Width - left - 10) / (double)years);
        int height = top + classes.Count * rowHeight + axis;
        int max = due.Max(c => c.Totals.Due);
        var lookup = due.ToDictionary(c => (c.Class, c.Year!.Value), c => c.Totals);
        string description = string.Join("; ", classes.Select(k =>
            $"{ClassName(k)}: " + string.Join(", ", due.Where(c => c.Class == k).OrderBy(c => c.Year).Select(c => $"{c.Year} {c.Totals.Overdue} of {c.Totals.Due} overdue"))));
        var svg = Open("chart-overdue", height, "Results overdue by law, by sponsor class and year of primary completion",
            $"Small multiples, one row per sponsor class, one column per year of primary completion: the outlined bar is the applicable clinical trials whose results were due by law on {asOf}, the filled bar inside it those whose results are overdue. {description}.");
        for (int row = 0; row < classes.Count; row++)
        {
            int baseline = top + row * rowHeight + barArea + 8;
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"class-row\"><text x=\"{left - 10}\" y=\"{baseline - barArea / 2}\" text-anchor=\"end\" class=\"label\">{HtmlText.Escape(ClassName(classes[row]))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{baseline}\" x2=\"{left + column * years:0.#}\" y2=\"{baseline}\" class=\"axis\"/>");
            for (int i = 0; i < years; i++)
            {
                if (!lookup.TryGetValue((classes[row], first + i), out var t)) continue;
                double x = left + i * column + column * 0.2, w = column * 0.6;
                double hDue = Math.Max(2, barArea * (double)t.Due / max), hOver = t.Overdue == 0 ? 0 : Math.Max(2, barArea * (double)t.Overdue / max);
                svg.Append(CultureInfo.InvariantCulture, $"<g class=\"cell\"><title>{HtmlText.Escape($"{ClassName(classes[row])}, {first + i}: {t.Overdue} of {t.Due} overdue")}</title>");
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{baseline - hDue:0.#}\" width=\"{w:0.#}\" height=\"{hDue:0.#}\" class=\"due\"/>");
                if (hOver > 0) svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{baseline - hOver:0.#}\" width=\"{w:0.#}\" height=\"{hOver:0.#}\" class=\"overdue\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + w / 2:0.#}\" y=\"{baseline - hDue - 4:0.#}\" text-anchor=\"middle\" class=\"value\">{t.Overdue}/{t.Due}</text></g>");
            }
            svg.Append("</g>");
        }
        int axisY = top + classes.Count * rowHeight + 14;
        int step = column < 28 ? (int)Math.Ceiling(28 / column) : 1;
        for (int i = 0; i < years; i += step)
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + i * column + column / 2:0.#}\" y=\"{axisY}\" text-anchor=\"middle\" class=\"year\">{first + i}</text>");
        return Close(svg);
    }

    /// <summary>A sponsor class as a reader knows it.</summary>
    public static string ClassName(string? sponsorClass) => sponsorClass switch
    {
        null => "not a registry record",
        "INDUSTRY" => "Industry",
        "NIH" => "NIH",
        "FED" => "US federal",
        "OTHER_GOV" => "Other government",
        "NETWORK" => "Network",
        "INDIV" => "Individual",
        "OTHER" => "Other",
        "AMBIG" => "Ambiguous",
        "UNKNOWN" => "Unknown",
        _ => sponsorClass,
    };

    private static StringBuilder Open(string id, int height, string title, string description)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart {id}\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{HtmlText.Escape(title)}</title><desc id=\"{id}-desc\">{HtmlText.Escape(description)}</desc>");
        return svg;
    }

    private static RawHtml Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static string Counts(CompletenessTable.RuleTotals r) => string.Join(", ", new[]
    {
        Count(r.Errors, "error", "errors"), Count(r.Warnings, "warning", "warnings"), Count(r.Infos, "info", "info"),
    }.Where(s => s is not null));

    private static string? Count(int n, string one, string many) => n == 0 ? null : string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";
}
