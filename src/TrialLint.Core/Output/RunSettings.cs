using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TrialLint.Diagnostics;
using TrialLint.Rules;

namespace TrialLint.Output;

/// <summary>
/// What decided a run's findings and exit code besides the files: the date records were judged on, the fail level,
/// the warning limit, <c>--quiet</c>, and a fingerprint of the rules and configuration. The findings JSON records
/// them (<c>run</c>) so that <c>triallint merge</c> can refuse shard outputs of different runs and give the exit code
/// a single run would have.
/// </summary>
/// <param name="AsOf">The date registry records were judged on (YYYY-MM-DD).</param>
/// <param name="FailLevel">The lowest severity that fails the run.</param>
/// <param name="MaxWarnings">The warning limit, or null.</param>
/// <param name="Quiet">Whether the outputs show errors only.</param>
/// <param name="Fingerprint">A hash of the rules (every descriptor and pack) and of the configuration and baseline files.</param>
public sealed record RunSettings(string AsOf, DiagnosticSeverity FailLevel, int? MaxWarnings, bool Quiet, string Fingerprint)
{
    /// <summary>
    /// The fingerprint of a run's rules and configuration: SHA-256 over every rule descriptor (id, severity, whether
    /// enabled, title, message, checklist items), every pack and its rules, and the text of the configuration and
    /// baseline files (null when there is none).
    /// </summary>
    public static string FingerprintOf(RuleSet rules, string? configurationText, string? baselineText)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var text = new StringBuilder();
        foreach (var d in rules.Descriptors.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"rule\0{d.Id}\0{d.DefaultSeverity}\0{d.IsEnabledByDefault}\0{d.Title}\0{d.MessageFormat}\0{string.Join(',', d.ChecklistItems)}\0{string.Join(',', rules.PacksOf(d.Id))}\n");
        }
        foreach (var pack in rules.Packs.OrderBy(p => p.Id, StringComparer.Ordinal)) text.Append(CultureInfo.InvariantCulture, $"pack\0{pack.Id}\n");
        text.Append("configuration\0").Append(configurationText ?? "\u0001none").Append('\n');
        text.Append("baseline\0").Append(baselineText ?? "\u0001none").Append('\n');
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
