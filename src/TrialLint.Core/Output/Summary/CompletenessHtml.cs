using System.Globalization;
using Scriban;
using Scriban.Runtime;
using TrialLint.Engine;
using TrialLint.Model;
using TrialLint.Output.Html;

namespace TrialLint.Output.Summary;

/// <summary>
/// <c>-f summary</c> to an <c>.html</c> file: one self-contained page (inline CSS and SVG, no script) for registry
/// curators, rendered from the Scriban template <c>summary.sbn</c> embedded in the tool. Key figures, the two
/// charts (<see cref="SummaryCharts"/>), then tables per sponsor class, per year, per rule and per sponsor. Every
/// value the template writes is escaped; the charts are built and escaped here.
/// </summary>
public sealed class CompletenessHtml : FindingsWriter
{
    /// <summary>The template of the page.</summary>
    public const string Template = "summary.sbn";

    /// <summary>The most sponsors the page lists (the CSV has all).</summary>
    public const int SponsorsShown = 100;

    private readonly TextWriter _out;
    private readonly CompletenessTable _table = new();
    private RunContext? _context;

    /// <summary>Creates a writer on <paramref name="output"/>.</summary>
    public CompletenessHtml(TextWriter output) => _out = output ?? throw new ArgumentNullException(nameof(output));

    /// <inheritdoc/>
    public override void Begin(RunContext context) => _context = context;

    /// <inheritdoc/>
    public override void Add(FileResult file) => _table.Add(file);

    /// <inheritdoc/>
    public override void End(RunSummary summary, int exitCode)
    {
        ArgumentNullException.ThrowIfNull(summary);
        Render(Page(_table, _context, DateTime.UtcNow), _out);
        _out.Flush();
    }

    /// <summary>The page's data.</summary>
    public static SummaryPageView Page(CompletenessTable table, RunContext? context, DateTime generatedAt)
    {
        ArgumentNullException.ThrowIfNull(table);
        var titles = (context?.Rules.Descriptors ?? []).ToDictionary(d => d.Id, d => d.Title, StringComparer.Ordinal);
        string? asOf = context?.Settings?.AsOf;
        var total = table.Total();
        var sponsors = table.BySponsor().Where(s => s.Sponsor is not null)
            .OrderByDescending(s => s.Totals.Overdue).ThenByDescending(s => s.Totals.Due).ThenByDescending(s => s.Totals.Records)
            .ThenBy(s => s.Sponsor, StringComparer.Ordinal).ToList();
        return new SummaryPageView(
            $"TrialLint completeness summary: {Count(total.Records)} records",
            RunContext.ToolVersion,
            generatedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
            asOf,
            Row(null, total),
            SummaryCharts.FindingsPerRule(table.ByRule(), titles),
            SummaryCharts.OverdueByClassAndYear(table.ByClassAndYear(), asOf),
            [.. table.ByClass().Select(c => Row(SummaryCharts.ClassName(c.Class), c.Totals))],
            [.. table.ByYear().Select(y => Row(y.Year?.ToString(CultureInfo.InvariantCulture) ?? "no date", y.Totals))],
            [.. table.ByRule().Where(r => r.Checked > 0 || r.Findings > 0).Select(r => new SummaryRuleView(r.Id, titles.GetValueOrDefault(r.Id, ""),
                HtmlText.SafeUrl(context?.Rules.Descriptors.FirstOrDefault(d => d.Id == r.Id)?.HelpLinkUri), r.Checked, r.Flagged,
                r.Checked == 0 ? "" : Percent(r.Flagged, r.Checked), r.Errors, r.Warnings, r.Infos))],
            [.. sponsors.Take(SponsorsShown).Select(s => Row(s.Sponsor, s.Totals) with { Class = SummaryCharts.ClassName(s.Class) })],
            sponsors.Count,
            Caution(table.NewestUpdate, asOf));
    }

    /// <summary>Renders <paramref name="page"/> with the built-in template into <paramref name="output"/>.</summary>
    public static void Render(SummaryPageView page, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(output);
        using var stream = typeof(CompletenessHtml).Assembly.GetManifestResourceStream($"TrialLint.templates.{Template}")
            ?? throw new InvalidOperationException($"the built-in template {Template} is missing");
        using var reader = new StreamReader(stream);
        var template = Scriban.Template.Parse(reader.ReadToEnd(), Template);
        if (template.HasErrors) throw new InvalidOperationException($"the built-in template {Template} has errors: {string.Join("; ", template.Messages)}");
        var context = new EscapingTemplateContext
        {
            TemplateLoader = null,
            LimitToString = 0,
            OutputLimit = 0,
            LoopLimit = 0,
            EnableRelaxedMemberAccess = true,
            MemberRenamer = member => SnakeCase.Rename(member.Name),
        };
        context.PushGlobal(new ScriptObject { ["page"] = page });
        context.PushOutput(new TextWriterOutput(output));
        template.Render(context);
    }

    /// <summary>
    /// A warning when the records are judged on a date after the newest of them was last updated by the registry: the
    /// copies cannot show results posted since, so some trials counted overdue may have reported.
    /// </summary>
    private static string? Caution(string? newestUpdate, string? asOf) =>
        newestUpdate is null || asOf is null || string.CompareOrdinal(asOf, newestUpdate) <= 0 ? null
            : $"the newest record in this run was last updated by the registry on {newestUpdate}, and the records are judged as of {asOf}. "
              + "Results posted or submitted after a record's copy was taken are not in it, so some trials counted as overdue may have reported since. "
              + "Judge a download as of the day it was made (--as-of), or download the records again.";

    private static SummaryRowView Row(string? name, CompletenessTable.Totals t) =>
        new(name, null, t.Records, t.WithResults, Percent(t.WithResults, t.Records), t.Due, t.Overdue, t.Due == 0 ? "" : Percent(t.Overdue, t.Due), t.Findings);

    private static string Percent(int part, int whole) =>
        whole == 0 ? "" : (100.0 * part / whole).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}

/// <summary>The summary page (members are read in snake_case by the template).</summary>
public sealed record SummaryPageView(
    string Title,
    string ToolVersion,
    string GeneratedAt,
    string? AsOf,
    SummaryRowView Total,
    RawHtml? RuleChart,
    RawHtml? OverdueChart,
    IReadOnlyList<SummaryRowView> Classes,
    IReadOnlyList<SummaryRowView> Years,
    IReadOnlyList<SummaryRuleView> Rules,
    IReadOnlyList<SummaryRowView> Sponsors,
    int SponsorCount,
    string? Caution = null);

/// <summary>One row of a table of records: a sponsor class, a year or a sponsor.</summary>
public sealed record SummaryRowView(string? Name, string? Class, int Records, int WithResults, string WithResultsPercent, int Due, int Overdue, string OverduePercent, int Findings);

/// <summary>One rule's row.</summary>
public sealed record SummaryRuleView(string Id, string Title, string? HelpUrl, int Checked, int Flagged, string FlaggedPercent, int Errors, int Warnings, int Infos);
