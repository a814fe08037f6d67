using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using TrialLint.Model;

namespace TrialLint.Output.Html;

/// <summary>
/// Draws the CONSORT flow diagram of a report as inline SVG. Enrolment sits on top; below it each arm is a column
/// (in order of first appearance) going through allocation, the follow-up of every period, and the analysis, with
/// the reasons in the boxes and the stage named in the left margin. Crossovers (the same arms in several periods)
/// and multi-stage trials (new arms in a later period) draw with the same rules. A box whose numbers a finding is
/// about is outlined and marked "⚠ finding", so the mark does not rest on colour alone. A stage the report gives
/// for no period of an arm (received, lost to follow-up, discontinued, analysed) is drawn as a dashed box saying
/// "not reported" (receiving in the arm's first box, follow-up and analysis in its last); a stage stated as none
/// (<c>[]</c> or <c>0</c>) is drawn as n=0. Every piece of report text is escaped.
/// </summary>
public static class FlowDiagram
{
    private const int BoxWidth = 250;
    private const int Gap = 26;
    private const int Margin = 110;
    private const int LineHeight = 16;
    private const int Padding = 8;
    private const int WrapAt = 36;

    /// <summary>Builds the SVG, or null when the report has no participant flow.</summary>
    /// <param name="report">The report.</param>
    /// <param name="findingPointers">JSON Pointers of the report's findings, to mark the boxes behind them.</param>
    public static RawHtml? Build(TrialReport report, IReadOnlyCollection<string> findingPointers)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(findingPointers);
        if (report.Flow is not { } flow || (flow.Periods.IsEmpty && flow.Enrolled is null && flow.Screened is null)) return null;

        var arms = flow.Periods.SelectMany(p => p.Groups).Select(g => g.Arm ?? "?").Distinct().ToList();
        var titles = report.Arms.Where(a => a.Id is not null).ToDictionary(a => a.Id!, a => a.Title ?? a.Id!, StringComparer.Ordinal);
        int columns = Math.Max(1, arms.Count);
        int width = Margin + columns * BoxWidth + (columns + 1) * Gap;
        int ColumnX(int column) => Margin + Gap + column * (BoxWidth + Gap);
        int centreX = Margin + (width - Margin) / 2 - BoxWidth / 2;

        var layout = new Layout(findingPointers);
        int y = Gap;

        // The stages each arm gives in some period, and the period where the arm last appears.
        bool Gives(string arm, params string[] keys) => flow.Periods.Any(p => p.Groups.Any(g => (g.Arm ?? "?") == arm && keys.Any(g.States)));
        var firstPeriod = arms.ToDictionary(a => a, a => flow.Periods.IndexOf(flow.Periods.First(p => p.Groups.Any(g => (g.Arm ?? "?") == a))), StringComparer.Ordinal);
        var lastPeriod = arms.ToDictionary(a => a, a => flow.Periods.IndexOf(flow.Periods.Last(p => p.Groups.Any(g => (g.Arm ?? "?") == a))), StringComparer.Ordinal);
        bool FollowUpMissing(string arm, int p) => lastPeriod[arm] == p && (!Gives(arm, "lost_to_follow_up") || !Gives(arm, "discontinued"));

        // Enrolment: assessed, excluded, enrolled/randomised.
        var enrolment = new List<(string[] Lines, string Pointer, string[] Fields)>();
        if (flow.Screened is not null) enrolment.Add(([$"Assessed for eligibility (n={flow.Screened})"], "/flow", ["screened"]));
        if (!flow.ExcludedBeforeAllocation.IsEmpty)
            enrolment.Add(([$"Excluded (n={flow.ExcludedBeforeAllocation.Total()})", .. Reasons(flow.ExcludedBeforeAllocation)], "/flow", ["excluded_before_allocation"]));
        if (flow.Enrolled is not null)
            enrolment.Add(([$"{(report.Design?.Randomised == true ? "Randomised" : "Enrolled")} (n={flow.Enrolled})"], "/flow", ["enrolled"]));
        Box? previous = null;
        int enrolmentTop = y;
        foreach (var (lines, pointer, fields) in enrolment)
        {
            var box = layout.Add(centreX, y, lines, pointer, fields, "enrolment");
            if (previous is not null) layout.Arrow(previous.CentreX, previous.Bottom, box.CentreX, box.Y);
            previous = box;
            y = box.Bottom + Gap;
        }
        if (enrolment.Count > 0) layout.Label("Enrolment", enrolmentTop, y - Gap);
        Box? enrolled = previous;

        // Per period: allocation (first period) or the start of the period, then its follow-up.
        var lastBox = new Dictionary<string, Box>(StringComparer.Ordinal);
        var lastGroup = new Dictionary<string, (FlowGroup Group, string Pointer)>(StringComparer.Ordinal);
        for (int p = 0; p < flow.Periods.Length; p++)
        {
            var period = flow.Periods[p];
            string stage = p == 0 ? "Allocation" : (period.Title ?? period.Id ?? $"Period {p + 1}");
            int rowTop = y, rowBottom = y;
            var starts = new List<(Box Box, string Arm)>();
            for (int g = 0; g < period.Groups.Length; g++)
            {
                var group = period.Groups[g];
                string arm = group.Arm ?? "?";
                string pointer = $"/flow/periods/{p}/groups/{g}";
                string armTitle = titles.GetValueOrDefault(arm, arm);
                var lines = new List<string> { $"{(p == 0 ? "Allocated to" : "Started")} {armTitle} (n={Number(group.Allocated)})" };
                if (group.Received is not null) lines.Add($"Received intervention (n={group.Received})");
                AddReasons(lines, "Did not receive intervention", group, "did_not_receive", group.DidNotReceive);
                bool receivedMissing = firstPeriod[arm] == p && !Gives(arm, "received", "did_not_receive");
                if (receivedMissing) lines.Add("Received intervention: not reported");
                var box = layout.Add(ColumnX(arms.IndexOf(arm)), rowTop, lines, pointer, ["arm", "allocated", "received", "did_not_receive"], receivedMissing ? "allocation stage-missing" : "allocation");
                starts.Add((box, arm));
                rowBottom = Math.Max(rowBottom, box.Bottom);
                lastGroup[arm] = (group, pointer);
            }
            foreach (var (box, arm) in starts)
            {
                if (lastBox.TryGetValue(arm, out var above)) layout.Arrow(above.CentreX, above.Bottom, box.CentreX, box.Y);
                else if (enrolled is not null) layout.Arrow(enrolled.CentreX, enrolled.Bottom, box.CentreX, box.Y);
                lastBox[arm] = box;
            }
            layout.Label(stage, rowTop, rowBottom);
            y = rowBottom + Gap;

            // Follow-up of this period, where the report gives any, or where an arm gives none in any period (drawn in its last).
            if (period.Groups.Any(g => g.States("lost_to_follow_up") || g.States("discontinued") || g.Completed is not null || FollowUpMissing(g.Arm ?? "?", p)))
            {
                rowTop = y;
                rowBottom = y;
                for (int g = 0; g < period.Groups.Length; g++)
                {
                    var group = period.Groups[g];
                    string arm = group.Arm ?? "?";
                    var lines = new List<string>();
                    bool missing = false;
                    AddReasons(lines, "Lost to follow-up", group, "lost_to_follow_up", group.LostToFollowUp);
                    if (lastPeriod[arm] == p && !Gives(arm, "lost_to_follow_up"))
                    {
                        lines.Add("Lost to follow-up: not reported");
                        missing = true;
                    }
                    AddReasons(lines, "Discontinued intervention", group, "discontinued", group.Discontinued);
                    if (lastPeriod[arm] == p && !Gives(arm, "discontinued"))
                    {
                        lines.Add("Discontinued: not reported");
                        missing = true;
                    }
                    if (group.Completed is not null) lines.Add($"Completed (n={group.Completed})");
                    if (lines.Count == 0) lines.Add("Follow-up not reported");
                    var box = layout.Add(ColumnX(arms.IndexOf(arm)), rowTop, lines, $"/flow/periods/{p}/groups/{g}", ["lost_to_follow_up", "discontinued", "completed"], missing ? "follow-up stage-missing" : "follow-up");
                    layout.Arrow(lastBox[arm].CentreX, lastBox[arm].Bottom, box.CentreX, box.Y);
                    lastBox[arm] = box;
                    rowBottom = Math.Max(rowBottom, box.Bottom);
                }
                layout.Label("Follow-up", rowTop, rowBottom);
                y = rowBottom + Gap;
            }
        }

        // Analysis: per arm, from the last group that gives it; "not reported" points at where it belongs.
        if (arms.Count > 0 && flow.Periods.Length > 0)
        {
            int rowTop = y, rowBottom = y;
            foreach (string arm in arms)
            {
                var analysed = flow.Periods.Select((period, p) => (period, p))
                    .SelectMany(x => x.period.Groups.Select((g, i) => (Group: g, Pointer: $"/flow/periods/{x.p}/groups/{i}")))
                    .LastOrDefault(x => x.Group.Arm == arm && x.Group.Analysed is not null);
                var (group, pointer) = analysed.Group is not null ? analysed : lastGroup[arm];
                var lines = new List<string> { group.Analysed is long n ? $"Analysed (n={n})" : "Analysed: not reported" };
                AddReasons(lines, "Excluded from analysis", group, "excluded_from_analysis", group.ExcludedFromAnalysis);
                var box = layout.Add(ColumnX(arms.IndexOf(arm)), rowTop, lines, pointer, ["analysed", "excluded_from_analysis"], group.Analysed is null ? "analysis missing" : "analysis");
                layout.Arrow(lastBox[arm].CentreX, lastBox[arm].Bottom, box.CentreX, box.Y);
                rowBottom = Math.Max(rowBottom, box.Bottom);
            }
            layout.Label("Analysis", rowTop, rowBottom);
            y = rowBottom + Gap;
        }

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"flow\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{width}\" height=\"{y}\" viewBox=\"0 0 {width} {y}\" aria-labelledby=\"flow-title\">");
        svg.Append("<title id=\"flow-title\">Participant flow diagram</title>");
        svg.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" class=\"arrow-head\"/></marker></defs>");
        layout.Render(svg);
        svg.Append("</svg>");
        return new RawHtml(svg.ToString());
    }

    private static string Number(long? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "not reported";

    private static IEnumerable<string> Reasons(IEnumerable<ReasonedCount> counts) =>
        counts.Select(c => $"• {(c.N is long n ? $"{n}: " : string.Empty)}{c.Reason ?? "(no reason given)"}");

    /// <summary>Adds "label (n=…)" and the reasons; a stage stated as none (<c>[]</c> or <c>0</c>) reads n=0, one left out adds nothing.</summary>
    private static void AddReasons(List<string> lines, string label, ModelObject owner, string field, ImmutableArray<ReasonedCount> counts)
    {
        if (counts.IsEmpty)
        {
            if (owner.Has(field)) lines.Add($"{label} (n=0)");
            return;
        }
        lines.Add($"{label} (n={counts.Total()})");
        lines.AddRange(Reasons(counts));
    }

    private static List<string> Wrap(string text)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string piece = word.Length > WrapAt ? word[..(WrapAt - 1)] + "…" : word;
            if (line.Length > 0 && line.Length + piece.Length + 1 > WrapAt)
            {
                lines.Add(line.ToString());
                line.Clear().Append("  ");
            }
            if (line.Length > 0 && !string.IsNullOrWhiteSpace(line.ToString())) line.Append(' ');
            line.Append(piece);
        }
        if (line.Length > 0) lines.Add(line.ToString());
        return lines;
    }

    private sealed class Layout(IReadOnlyCollection<string> findings)
    {
        private readonly List<Box> _boxes = [];
        private readonly StringBuilder _connectors = new();
        private readonly StringBuilder _labels = new();

        public Box Add(int x, int y, IEnumerable<string> text, string pointer, string[] fields, string kind)
        {
            bool marked = fields.Any(f => findings.Any(p => p == $"{pointer}/{f}" || p.StartsWith($"{pointer}/{f}/", StringComparison.Ordinal)));
            var box = new Box(x, y, text.SelectMany(Wrap).ToList(), pointer, kind, marked);
            _boxes.Add(box);
            return box;
        }

        public void Arrow(int x1, int y1, int x2, int y2)
        {
            int mid = y2 - Gap / 2;
            _connectors.Append(CultureInfo.InvariantCulture, $"<path class=\"connector\" d=\"M {x1} {y1} L {x1} {mid} L {x2} {mid} L {x2} {y2 - 2}\" marker-end=\"url(#arrow)\"/>");
        }

        public void Label(string text, int top, int bottom) =>
            _labels.Append(CultureInfo.InvariantCulture, $"<text class=\"stage\" x=\"{Gap / 2}\" y=\"{(top + bottom) / 2 + 4}\">{HtmlText.Escape(text.Length > 14 ? text[..13] + "…" : text)}</text>");

        public void Render(StringBuilder svg)
        {
            svg.Append(_labels).Append(_connectors);
            foreach (var box in _boxes) box.Render(svg);
        }
    }

    private sealed class Box(int x, int y, List<string> lines, string pointer, string kind, bool marked)
    {
        public int Y { get; } = y;

        public int Height => (lines.Count + (marked ? 1 : 0)) * LineHeight + 2 * Padding;

        public int Bottom => Y + Height;

        public int CentreX => x + BoxWidth / 2;

        public void Render(StringBuilder svg)
        {
            string css = marked ? $"box {kind} has-finding" : $"box {kind}";
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"{css}\" data-pointer=\"{HtmlText.Escape(pointer)}\"><rect x=\"{x}\" y=\"{Y}\" width=\"{BoxWidth}\" height=\"{Height}\" rx=\"4\"/>");
            int textY = Y + Padding + LineHeight - 4;
            if (marked)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"finding-mark\" x=\"{x + Padding}\" y=\"{textY}\">⚠ finding</text>");
                textY += LineHeight;
            }
            foreach (string line in lines)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + Padding}\" y=\"{textY}\">{HtmlText.Escape(line)}</text>");
                textY += LineHeight;
            }
            svg.Append("</g>");
        }
    }
}
