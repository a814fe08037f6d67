namespace TrialLint.Output.Summary;

/// <summary><c>-f summary</c>: the HTML page for an output file ending in <c>.html</c> or <c>.htm</c>, else the CSV.</summary>
public static class SummaryFormat
{
    /// <summary>Whether <paramref name="outputPath"/> asks for the HTML page.</summary>
    public static bool IsHtml(string? outputPath) =>
        outputPath is not null && (outputPath.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || outputPath.EndsWith(".htm", StringComparison.OrdinalIgnoreCase));

    /// <summary>Creates the summary writer for <paramref name="options"/>' output path.</summary>
    public static FindingsWriter Create(Stream stream, OutputOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true) { AutoFlush = false };
        return IsHtml(options.OutputPath) ? new CompletenessHtml(text) : new CompletenessCsv(text);
    }
}
