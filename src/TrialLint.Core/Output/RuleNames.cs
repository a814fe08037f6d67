using System.Globalization;
using System.Text;
using TrialLint.Diagnostics;

namespace TrialLint.Output;

/// <summary>Names derived from descriptors for machine formats.</summary>
public static class RuleNames
{
    /// <summary>A PascalCase name from the title: "Harms not reported" → HarmsNotReported (SARIF's rule name).</summary>
    public static string PascalName(DiagnosticDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var sb = new StringBuilder();
        foreach (string word in descriptor.Title.Split([' ', '-', '/', '(', ')', ',', '\'', '"', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!word.All(char.IsLetterOrDigit)) continue;
            sb.Append(char.ToUpper(word[0], CultureInfo.InvariantCulture)).Append(word.AsSpan(1));
        }
        return sb.ToString();
    }

    /// <summary>A stable fingerprint of a finding: rule, file and JSON Pointer (never the line), so it survives unrelated edits.</summary>
    public static string Fingerprint(string ruleId, string repositoryRelativePath, string pointer)
    {
        byte[] hash = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes($"{ruleId}|{repositoryRelativePath}|{pointer}"));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    /// <summary>error, warning or note (SARIF levels).</summary>
    public static string SarifLevel(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };
}
