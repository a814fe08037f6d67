namespace TrialLint.Syntax;

/// <summary>
/// The resolved type of a scalar. YAML plain scalars follow the YAML 1.2 core schema (so an unquoted
/// <c>2011-06-01</c> stays text, unlike YAML 1.1); quoted scalars are always text.
/// </summary>
public enum ScalarType
{
    /// <summary>Text.</summary>
    String,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A number with a fraction or exponent.</summary>
    Float,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>null, ~ or an empty value.</summary>
    Null,
}
