using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TrialLint.Syntax;

/// <summary>
/// Resolves the type of a YAML scalar by the YAML 1.2 core schema: quoted scalars are text, plain ones are null,
/// true/false, integers or floats when they look like one, and text otherwise. Dates stay text (YAML 1.1's
/// timestamp type is not part of 1.2), which is what the report format expects.
/// </summary>
internal static partial class YamlScalarResolver
{
    /// <summary>Resolves the type of a scalar event.</summary>
    public static ScalarType Resolve(Scalar scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        if (!scalar.Tag.IsEmpty)
        {
            string tag = scalar.Tag.Value;
            if (tag.EndsWith(":str", StringComparison.Ordinal)) return ScalarType.String;
        }
        return scalar.Style == ScalarStyle.Plain ? ResolvePlain(scalar.Value) : ScalarType.String;
    }

    /// <summary>Resolves an untagged plain scalar (the fast YAML path has no YamlDotNet event to pass).</summary>
    public static ScalarType ResolvePlain(string v)
    {
        ArgumentNullException.ThrowIfNull(v);
        if (v.Length == 0 || v is "~" or "null" or "Null" or "NULL") return ScalarType.Null;
        if (v is "true" or "True" or "TRUE" or "false" or "False" or "FALSE") return ScalarType.Boolean;
        // Both number patterns start with a sign, a digit or a dot: most text is settled without running them.
        if (v[0] is not ('-' or '+' or '.' or (>= '0' and <= '9'))) return ScalarType.String;
        if (IntegerPattern().IsMatch(v)) return ScalarType.Integer;
        if (FloatPattern().IsMatch(v)) return ScalarType.Float;
        return ScalarType.String;
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
