using System.Globalization;
using TrialLint.Text;

namespace TrialLint.Syntax;

/// <summary>A single value: text, a number, true/false or null.</summary>
public sealed class ScalarNode : SyntaxNode
{
    /// <summary>Creates a scalar node.</summary>
    public ScalarNode(TextSpan span, JsonPointer pointer, string value, ScalarType type)
        : base(span, pointer)
    {
        Value = value ?? throw new ArgumentNullException(nameof(value));
        Type = type;
    }

    /// <summary>A scalar whose pointer is built from its parent when first asked for (the JSON parser's nodes).</summary>
    internal ScalarNode(TextSpan span, string value, ScalarType type)
        : base(span)
    {
        Value = value;
        Type = type;
    }

    /// <summary>The value as written (for strings, after unescaping).</summary>
    public string Value { get; }

    /// <summary>The resolved type of the value.</summary>
    public ScalarType Type { get; }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Scalar;

    /// <summary>The value as a whole number, if it is one.</summary>
    public long? AsInteger() =>
        Type == ScalarType.Integer && long.TryParse(Value.Replace("_", ""), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n) ? n : null;

    /// <summary>The value as a number, if it is one.</summary>
    public double? AsNumber() =>
        Type is ScalarType.Integer or ScalarType.Float && double.TryParse(Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) ? d : null;

    /// <summary>The value as true/false, if it is one.</summary>
    public bool? AsBoolean() => Type == ScalarType.Boolean ? string.Equals(Value, "true", StringComparison.OrdinalIgnoreCase) : null;

    /// <inheritdoc/>
    public override string Describe() => Type switch
    {
        ScalarType.String => "text",
        ScalarType.Integer => "a whole number",
        ScalarType.Float => "a number",
        ScalarType.Boolean => "true/false",
        _ => "an empty value",
    };
}
