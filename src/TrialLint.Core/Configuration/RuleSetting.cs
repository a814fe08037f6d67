using TrialLint.Diagnostics;

namespace TrialLint.Configuration;

/// <summary>A configured rule setting: a severity, or off.</summary>
/// <param name="Severity">The severity, or null when the rule is off.</param>
public readonly record struct RuleSetting(DiagnosticSeverity? Severity)
{
    /// <summary>The rule is turned off.</summary>
    public static RuleSetting Off => new(null);

    /// <summary>Whether the rule is off.</summary>
    public bool IsOff => Severity is null;

    /// <summary>Parses error, warning, info or off.</summary>
    public static RuleSetting Parse(string text) => text switch
    {
        "off" => Off,
        "error" => new(DiagnosticSeverity.Error),
        "warning" => new(DiagnosticSeverity.Warning),
        _ => new(DiagnosticSeverity.Info),
    };
}
