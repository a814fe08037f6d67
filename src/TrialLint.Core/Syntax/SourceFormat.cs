namespace TrialLint.Syntax;

/// <summary>The notation a report is written in.</summary>
public enum SourceFormat
{
    /// <summary>YAML 1.2 (the core schema).</summary>
    Yaml,

    /// <summary>JSON (RFC 8259).</summary>
    Json,
}
