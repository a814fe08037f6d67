using TrialLint.Text;

namespace TrialLint.Syntax.FastYaml;

/// <summary>A scalar the fast path has read: its value, where it is (quotes and indicators included) and whether it was plain.</summary>
internal readonly record struct ScannedScalar(string Value, int Start, int End, bool IsPlain)
{
    /// <summary>The scalar's span in the source.</summary>
    public TextSpan Span => TextSpan.FromBounds(Start, End);

    /// <summary>The node YamlDotNet's path builds for this scalar: plain scalars are typed by the core schema, the others are text.</summary>
    public ScalarNode ToNode(JsonPointer pointer) =>
        new(Span, pointer, Value, IsPlain ? YamlScalarResolver.ResolvePlain(Value) : ScalarType.String);
}
