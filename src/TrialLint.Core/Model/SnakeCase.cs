namespace TrialLint.Model;

/// <summary>
/// The names the report format, rule expressions and templates use for model members: the report format's own snake_case keys
/// (<c>NAnalysed</c> → <c>n_analysed</c>, <c>PValue</c> → <c>p_value</c>). Scriban's standard renamer would
/// read <c>NAnalysed</c> as <c>nanalysed</c>; here every capital starts a word.
/// </summary>
public static class SnakeCase
{
    /// <summary>Converts a PascalCase name to snake_case (the model's report keys, <see cref="ReportKey"/>).</summary>
    public static string Rename(string name) => ReportKey.Of(name);
}
