using System.Globalization;
using TrialLint.Engine;

namespace TrialLint.Output.Summary;

/// <summary>
/// <c>-f summary</c> to a CSV file (or standard output): the completeness table in long ("tidy") form, one count a
/// row, for R (<c>read.csv</c>) and pandas (<c>read_csv</c>). Columns: <c>lead_sponsor</c>, <c>sponsor_class</c>,
/// <c>primary_completion_year</c>, <c>measure</c>, <c>rule</c>, <c>severity</c>, <c>count</c>; an empty cell is a value
/// the record does not give (or a measure not about a rule or severity). RFC 4180: comma-separated, fields with a
/// comma, quote or line break quoted, LF line ends, UTF-8 without a byte-order mark. Documented in
/// docs/output-formats.md.
/// </summary>
public sealed class CompletenessCsv : FindingsWriter
{
    /// <summary>The header line.</summary>
    public const string Header = "lead_sponsor,sponsor_class,primary_completion_year,measure,rule,severity,count";

    private readonly TextWriter _out;
    private readonly CompletenessTable _table = new();

    /// <summary>Creates a writer on <paramref name="output"/>.</summary>
    public CompletenessCsv(TextWriter output) => _out = output ?? throw new ArgumentNullException(nameof(output));

    /// <inheritdoc/>
    public override void Add(FileResult file) => _table.Add(file);

    /// <inheritdoc/>
    public override void End(RunSummary summary, int exitCode)
    {
        Write(_table, _out);
        _out.Flush();
    }

    /// <summary>Writes <paramref name="table"/> as CSV.</summary>
    public static void Write(CompletenessTable table, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Header);
        output.Write('\n');
        foreach (var row in table.Rows())
        {
            output.Write(Field(row.Group.Sponsor));
            output.Write(',');
            output.Write(Field(row.Group.Class));
            output.Write(',');
            output.Write(row.YearText);
            output.Write(',');
            output.Write(row.Measure);
            output.Write(',');
            output.Write(row.Rule ?? "");
            output.Write(',');
            output.Write(row.Severity ?? "");
            output.Write(',');
            output.Write(row.Count.ToString(CultureInfo.InvariantCulture));
            output.Write('\n');
        }
    }

    /// <summary>A CSV field: quoted (quotes doubled) when it holds a comma, a quote or a line break.</summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
