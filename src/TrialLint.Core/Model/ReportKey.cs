using System.Text;

namespace TrialLint.Model;

/// <summary>
/// The report-format key of a model member: its name in snake_case, every capital starting a word
/// (<c>NAnalysed</c> → <c>n_analysed</c>, <c>PValueText</c> → <c>p_value_text</c>). The binder reads each key under
/// this name, and rule expressions and the YAML writer use the same names.
/// </summary>
public static class ReportKey
{
    /// <summary>Converts a PascalCase member name to its snake_case key.</summary>
    public static string Of(string memberName)
    {
        ArgumentNullException.ThrowIfNull(memberName);
        var sb = new StringBuilder(memberName.Length + 4);
        for (int i = 0; i < memberName.Length; i++)
        {
            char c = memberName[i];
            if (char.IsUpper(c))
            {
                if (i > 0) sb.Append('_');
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
