namespace TrialLint.Diagnostics;

/// <summary>How a finding was silenced. Suppressed findings are kept and shown as such, never dropped.</summary>
public enum SuppressionKind
{
    /// <summary>A <c># triallint-disable…</c> comment in the report.</summary>
    InSource,

    /// <summary>An override in <c>.triallint.yaml</c>.</summary>
    External,

    /// <summary>An entry of the baseline file (known debt).</summary>
    Baseline,
}

/// <summary>Why a finding is silenced, with the reason given for it.</summary>
/// <param name="Kind">Where the suppression comes from.</param>
/// <param name="Justification">The reason written with it.</param>
public sealed record Suppression(SuppressionKind Kind, string Justification);
