using System.Text;

namespace TrialLint.Tests.Accuracy;

/// <summary>One finding on a real record, as the reviewed table lists it.</summary>
/// <param name="Record">The record's NCT id (its file name without <c>.json</c>).</param>
/// <param name="Line">The line the finding points at.</param>
/// <param name="Rule">The rule id.</param>
/// <param name="Severity">error, warning or info.</param>
/// <param name="Message">The message TrialLint prints.</param>
/// <param name="Verdict">true, false, debatable, or unjudged for a finding nobody has read yet.</param>
/// <param name="Reason">Why the reviewer judged it so, in one line.</param>
public sealed record ReviewedFinding(string Record, int Line, string Rule, string Severity, string Message, string Verdict, string Reason)
{
    /// <summary>What TrialLint says, without the review: two rows with the same key are the same finding.</summary>
    public string Key => $"{Record}:{Line} {Rule} {Severity} {Message}";
}

/// <summary>
/// tests/Accuracy/FINDINGS.md: every finding TrialLint makes on the records in tests/Accuracy/records, one table row
/// each, with a reviewer's verdict. The rows are read and written here, so the file and the test agree on the format.
/// </summary>
public static class ReviewedTable
{
    /// <summary>The verdicts a row may carry.</summary>
    public static readonly IReadOnlySet<string> Verdicts = new HashSet<string>(StringComparer.Ordinal) { "true", "false", "debatable", "unjudged" };

    private const string Header = "| record | line | rule | severity | verdict | finding | reason |";

    /// <summary>Reads the rows of the table in <paramref name="markdown"/> (everything else in the file is prose).</summary>
    public static IReadOnlyList<ReviewedFinding> Parse(string markdown)
    {
        var rows = new List<ReviewedFinding>();
        bool inTable = false;
        foreach (string raw in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            string line = raw.Trim();
            if (line == Header) { inTable = true; continue; }
            if (!inTable) continue;
            if (!line.StartsWith('|')) { inTable = false; continue; }
            if (line.StartsWith("|---", StringComparison.Ordinal)) continue;
            var cells = SplitRow(line);
            if (cells.Count != 7) throw new FormatException($"FINDINGS.md: a row needs 7 cells, this has {cells.Count}: {line}");
            rows.Add(new ReviewedFinding(cells[0], int.Parse(cells[1], System.Globalization.CultureInfo.InvariantCulture),
                cells[2], cells[3], cells[5], cells[4], cells[6]));
        }
        return rows;
    }

    /// <summary>
    /// The table for <paramref name="findings"/>, in record and line order, keeping the verdict and reason of every
    /// finding that <paramref name="reviewed"/> already judged (same record, line, rule, severity and message); a
    /// finding that is new is <c>unjudged</c>; one whose message or severity changed is <c>unjudged</c> with the old
    /// verdict in its reason, to re-read.
    /// </summary>
    public static IReadOnlyList<ReviewedFinding> Merge(IEnumerable<ReviewedFinding> findings, IEnumerable<ReviewedFinding> reviewed)
    {
        var judged = new Dictionary<string, ReviewedFinding>(StringComparer.Ordinal);
        var atPlace = new Dictionary<string, ReviewedFinding>(StringComparer.Ordinal);
        foreach (var row in reviewed)
        {
            judged.TryAdd(row.Key, row);
            if (row.Verdict != "unjudged") atPlace.TryAdd(Place(row), row);
        }
        return findings
            .Select(f => judged.TryGetValue(f.Key, out var old) ? f with { Verdict = old.Verdict, Reason = old.Reason }
                : atPlace.TryGetValue(Place(f), out var before) ? f with { Verdict = "unjudged", Reason = $"(the finding changed; it was judged {before.Verdict}: {before.Reason})" }
                : f with { Verdict = "unjudged", Reason = "" })
            .OrderBy(f => f.Record, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Rule, StringComparer.Ordinal).ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Writes <paramref name="rows"/> as the table, replacing the table in <paramref name="markdown"/> (or appending it).</summary>
    public static string Write(string markdown, IReadOnlyList<ReviewedFinding> rows)
    {
        var table = new StringBuilder();
        table.Append(Header).Append('\n').Append("|---|---|---|---|---|---|---|\n");
        foreach (var r in rows)
            table.Append("| ").Append(r.Record).Append(" | ").Append(r.Line).Append(" | ").Append(r.Rule).Append(" | ").Append(r.Severity)
                .Append(" | ").Append(r.Verdict).Append(" | ").Append(Escape(r.Message)).Append(" | ").Append(Escape(r.Reason)).Append(" |\n");

        var lines = markdown.Replace("\r\n", "\n").Split('\n').ToList();
        int start = lines.FindIndex(l => l.Trim() == Header);
        if (start < 0) return markdown.TrimEnd() + "\n\n" + table;
        int end = start + 1;
        while (end < lines.Count && lines[end].TrimStart().StartsWith('|')) end++;
        string before = string.Join('\n', lines.Take(start));
        string after = string.Join('\n', lines.Skip(end));
        return before + (before.Length > 0 ? "\n" : "") + table + after;
    }

    private static string Place(ReviewedFinding row) => $"{row.Record}:{row.Line} {row.Rule}";

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("|", "\\|").Replace("\n", " ").Replace("\r", " ");

    /// <summary>Splits a Markdown table row on its unescaped pipes and unescapes the cells.</summary>
    private static List<string> SplitRow(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        for (int i = 1; i < line.Length; i++)
        {
            char c = line[i];
            if (c == '\\' && i + 1 < line.Length && (line[i + 1] == '|' || line[i + 1] == '\\')) { cell.Append(line[++i]); continue; }
            if (c == '|') { cells.Add(cell.ToString().Trim()); cell.Clear(); continue; }
            cell.Append(c);
        }
        return cells;
    }
}
