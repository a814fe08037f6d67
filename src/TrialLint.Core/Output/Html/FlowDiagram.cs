using System.Globalization;
using System.Text;
using TrialLint.Model;

namespace TrialLint.Output.Html;

/// <summary>
/// Draws the CONSORT flow diagram of a report as inline SVG: enrolment, then for each arm its allocation, what
/// happened in each period (losses, discontinuations) and the analysis, with the reasons in the boxes. Arms are
/// columns in order of first appearance, so crossovers (the same arms in several periods) and multi-stage trials
/// (new arms in a later period) both draw. A box behind a finding is outlined and marked "finding", so the mark
/// does not rest on colour alone. Every piece of report text is escaped.
/// </summary>
public static class FlowDiagram
{
    private const int BoxWidth = 240;
    private const int Gap = 28;
    private const int LineHeight = 16;
    private const int Padding = 8;
    private const int WrapAt = 34;

    /// <summary>Builds the SVG, or null when the report has no participant flow.</summary>
    /// <param name="report">The report.</param>
    /// <param name="findingPointers">JSON Pointers of the report's findings, to mark the boxes behind them.</param>
    public static RawHtml? Build(TrialReport report, IReadOnlyCollection<string> findingPointers)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(findingPointers);
        if (report.Flow is not { } flow || (flow.Periods.IsEmpty && flow.Enrolled is null && flow.Screened is null)) return null;

        var arms = flow.Periods.SelectMany(p => p.Groups).Select(g => g.Arm).Where(a => a is not null).Distinct().Select(a => a!).ToList();
        var titles = report.Arms.Where(a => a.Id is not null).ToDictionary(a => a.Id!, a => a.Title ?? a.Id!, StringComparer.Ordinal);
        int columns = Math.Max(1, arms.Count);
        int width = columns * BoxWidth + (columns - 1) * Gap + 2 * Gap;
        var svg = new StringBuilder();
        var boxes = new List<Box>();
        int y = Gap;

        // Enrolment, centred above the arms.
        int centre = width / 2 - BoxWidth / 2;
        if (flow.Screened is not null)
        {
            boxes.Add(new Box(centre, y, [$"Assessed for eligibility (n={flow.Screened})"], "/flow/screened", "enrolment", findingPointers));
            y = boxes[^1].Bottom + Gap;
        }
        if (!flow.ExcludedBeforeAllocation.IsEmpty)
        {
            var lines = new List<string> { $"Excluded (n={flow.ExcludedBeforeAllocation.Total()})" };
            lines.AddRange(Reasons(flow.ExcludedBeforeAllocation));
            boxes.Add(new Box(centre, y, lines, "/flow/excluded_before_allocation", "exclusion", findingPointers));
            y = boxes[^1].Bottom + Gap;
        }
        if (flow.Enrolled is not null)
        {
            string word = report.Design?.Randomised == true ? "Randomised" : "Enrolled";
            boxes.Add(new Box(centre, y, [$"{word} (n={flow.Enrolled})"], "/flow/enrolled", "enrolment", findingPointers));
            y = boxes[^1].Bottom + Gap;
        }
        int enrolmentBottom = y - Gap;

        // One row of boxes per period, one column per arm.
        int rowTop = y;
        var lastInColumn = new Dictionary<int, Box>();
        for (int p = 0; p < flow.Periods.Length; p++)
        {
            var period = flow.Periods[p];
            int rowBottom = rowTop;
            string periodName = flow.Periods.Length > 1 ? $" — {period.Title ?? period.Id ?? $"period {p + 1}"}" : string.Empty;
            for (int g = 0; g < period.Groups.Length; g++)
            {
                var group = period.Groups[g];
                int column = group.Arm is null ? g : arms.IndexOf(group.Arm);
                int x = Gap + column * (BoxWidth + Gap);
                string prefix = $"/flow/periods/{p}/groups/{g}";
                var lines = new List<string>();
                string armTitle = group.Arm is not null && titles.TryGetValue(group.Arm, out var t) ? t : group.Arm ?? "?";
                lines.Add($"{(p == 0 ? "Allocated to" : "Started")}: {armTitle}{periodName}");
                if (group.Allocated is not null) lines.Add($"n={group.Allocated}");
                if (group.Received is not null) lines.Add($"Received intervention (n={group.Received})");
                AddReasons(lines, "Did not receive", group.DidNotReceive);
                AddReasons(lines, "Lost to follow-up", group.LostToFollowUp);
                AddReasons(lines, "Discontinued", group.Discontinued);
                if (group.Completed is not null) lines.Add($"Completed (n={group.Completed})");
                if (group.Analysed is not null) lines.Add($"Analysed (n={group.Analysed})");
                AddReasons(lines, "Excluded from analysis", group.ExcludedFromAnalysis);
                var box = new Box(x, rowTop, lines, prefix, "group", findingPointers);
                boxes.Add(box);
                if (lastInColumn.TryGetValue(column, out var above)) Arrow(svg, above.CentreX, above.Bottom, box.CentreX, box.Y);
                else if (enrolmentBottom > Gap) Arrow(svg, width / 2, enrolmentBottom, box.CentreX, box.Y);
                lastInColumn[column] = box;
                rowBottom = Math.Max(rowBottom, box.Bottom);
            }
            rowTop = rowBottom + Gap;
        }
        // Enrolment boxes are joined top to bottom.
        var enrolmentBoxes = boxes.Where(b => b.Kind is "enrolment" or "exclusion").ToList();
        for (int i = 1; i < enrolmentBoxes.Count; i++) Arrow(svg, enrolmentBoxes[i - 1].CentreX, enrolmentBoxes[i - 1].Bottom, enrolmentBoxes[i].CentreX, enrolmentBoxes[i].Y);

        int height = Math.Max(rowTop, enrolmentBottom + Gap);
        var output = new StringBuilder();
        output.Append(CultureInfo.InvariantCulture, $"<svg class=\"flow\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" aria-labelledby=\"flow-title\">");
        output.Append("<title id=\"flow-title\">Participant flow diagram</title>");
        output.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" class=\"arrow-head\"/></marker></defs>");
        output.Append(svg);
        foreach (var box in boxes) box.Render(output);
        output.Append("</svg>");
        return new RawHtml(output.ToString());
    }

    private static IEnumerable<string> Reasons(IEnumerable<ReasonedCount> counts) =>
        counts.Select(c => $"• {(c.N is long n ? $"{n}: " : string.Empty)}{c.Reason ?? "(no reason given)"}");

    private static void AddReasons(List<string> lines, string label, System.Collections.Immutable.ImmutableArray<ReasonedCount> counts)
    {
        if (counts.IsEmpty) return;
        lines.Add($"{label} (n={counts.Total()})");
        lines.AddRange(Reasons(counts));
    }

    private static void Arrow(StringBuilder svg, int x1, int y1, int x2, int y2) =>
        svg.Append(CultureInfo.InvariantCulture, $"<path class=\"connector\" d=\"M {x1} {y1} L {x1} {(y1 + y2) / 2} L {x2} {(y1 + y2) / 2} L {x2} {y2 - 2}\" marker-end=\"url(#arrow)\"/>");

    private static List<string> Wrap(string text)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + word.Length + 1 > WrapAt)
            {
                lines.Add(line.ToString());
                line.Clear().Append("  ");
            }
            if (line.Length > 0 && line.ToString().Trim().Length > 0) line.Append(' ');
            line.Append(word.Length > WrapAt ? word[..(WrapAt - 1)] + "…" : word);
        }
        if (line.Length > 0) lines.Add(line.ToString());
        return lines;
    }

    private sealed class Box
    {
        private readonly List<string> _lines;

        public Box(int x, int y, IEnumerable<string> text, string pointer, string kind, IReadOnlyCollection<string> findings)
        {
            HasFindingMark = findings.Any(f => f == pointer || f.StartsWith(pointer + "/", StringComparison.Ordinal));
            X = x;
            Y = y;
            Pointer = pointer;
            Kind = kind;
            _lines = text.SelectMany(Wrap).ToList();
        }

        public int X { get; }

        public int Y { get; }

        public string Pointer { get; }

        public string Kind { get; }

        public int Height => _lines.Count * LineHeight + 2 * Padding + (HasFindingMark ? LineHeight : 0);

        public int Bottom => Y + Height;

        public int CentreX => X + BoxWidth / 2;

        private bool HasFindingMark { get; }

        public void Render(StringBuilder svg)
        {
            string css = HasFindingMark ? $"box {Kind} has-finding" : $"box {Kind}";
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"{css}\" data-pointer=\"{HtmlText.Escape(Pointer)}\"><rect x=\"{X}\" y=\"{Y}\" width=\"{BoxWidth}\" height=\"{Height}\" rx=\"4\"/>");
            int textY = Y + Padding + LineHeight - 4;
            if (HasFindingMark)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"finding-mark\" x=\"{X + Padding}\" y=\"{textY}\">⚠ finding</text>");
                textY += LineHeight;
            }
            foreach (string line in _lines)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X + Padding}\" y=\"{textY}\">{HtmlText.Escape(line)}</text>");
                textY += LineHeight;
            }
            svg.Append("</g>");
        }
    }
}
