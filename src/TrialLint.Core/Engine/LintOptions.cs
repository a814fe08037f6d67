using System.Collections.Frozen;
using TrialLint.Diagnostics;
using TrialLint.Registry;

namespace TrialLint.Engine;

/// <summary>Settings of a lint run that change which findings are produced and how severe they are.</summary>
public sealed class LintOptions
{
    /// <summary>The defaults: every rule at its default severity.</summary>
    public static LintOptions Default { get; } = new();

    /// <summary>Severity per rule id; a rule mapped to null is off.</summary>
    public IReadOnlyDictionary<string, DiagnosticSeverity?> SeverityOverrides { get; init; } = FrozenDictionary<string, DiagnosticSeverity?>.Empty;

    /// <summary>Registry records: the as-of date, and the registration reports are checked against (<c>--registry</c>).</summary>
    public RegistryOptions Registry { get; init; } = RegistryOptions.Default;
}
