using System.Reflection;
using Scriban.Runtime;

namespace TrialLint.Rules;

/// <summary>
/// The names rule expressions and templates use for model members: the report format's own snake_case keys
/// (<c>NAnalysed</c> → <c>n_analysed</c>, <c>PValue</c> → <c>p_value</c>). Scriban's standard renamer would
/// read <c>NAnalysed</c> as <c>nanalysed</c>; here every capital starts a word.
/// </summary>
public static class SnakeCase
{
    /// <summary>The renamer to give Scriban.</summary>
    public static MemberRenamerDelegate Renamer { get; } = member => Rename(member.Name);

    /// <summary>Converts a PascalCase name to snake_case (the model's report keys, <see cref="Model.ReportKey"/>).</summary>
    public static string Rename(string name) => Model.ReportKey.Of(name);
}
