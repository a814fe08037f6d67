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
    public static ScalarType Resolve(Scalar scalar)
    {
        if (!scalar.Tag.IsEmpty)
        {
            string tag = scalar.Tag.Value;
            if (tag.EndsWith(":str", StringComparison.Ordinal)) return ScalarType.String;
        }
        if (scalar.Style != ScalarStyle.Plain) return ScalarType.String;
        string v = scalar.Value;
        if (v.Length == 0 || v is "~" or "null" or "Null" or "NULL") return ScalarType.Null;
        if (v is "true" or "True" or "TRUE" or "false" or "False" or "FALSE") return ScalarType.Boolean;
        if (IntegerPattern().IsMatch(v)) return ScalarType.Integer;
        if (FloatPattern().IsMatch(v)) return ScalarType.Float;
        return ScalarType.String;
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
