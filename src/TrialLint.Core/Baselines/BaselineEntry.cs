using System.Text.Json.Serialization;

namespace TrialLint.Baselines;

/// <summary>
/// One known finding: which file, which rule, where in the report (JSON Pointer) and a hash of the value it is
/// about. Never the line number, so edits that move lines do not break the baseline; editing the value itself does.
/// </summary>
/// <param name="File">The report, relative to the baseline file's folder, with forward slashes.</param>
/// <param name="RuleId">The rule id.</param>
/// <param name="Pointer">The JSON Pointer of what the finding is about.</param>
/// <param name="ValueHash">First 16 hex digits of the SHA-256 of the offending value's text ("" when it is missing).</param>
/// <param name="Message">The message when the entry was recorded, for people reading the file.</param>
public sealed record BaselineEntry(string File, string RuleId, string Pointer, string ValueHash, string Message)
{
    /// <summary>The identity entries are matched on (the message is not part of it).</summary>
    [JsonIgnore]
    public (string, string, string, string) Key => (File, RuleId, Pointer, ValueHash);
}
