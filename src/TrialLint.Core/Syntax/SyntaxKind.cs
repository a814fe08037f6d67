namespace TrialLint.Syntax;

/// <summary>The kinds of <see cref="SyntaxNode"/>.</summary>
public enum SyntaxKind
{
    /// <summary>A set of keys and values (a YAML mapping, a JSON object).</summary>
    Mapping,

    /// <summary>A list (a YAML sequence, a JSON array).</summary>
    Sequence,

    /// <summary>A single value: text, number, true/false or null.</summary>
    Scalar,
}
