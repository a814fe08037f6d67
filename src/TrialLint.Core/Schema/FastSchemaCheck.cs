using System.Collections.Frozen;
using System.Text.RegularExpressions;
using NJsonSchema;
using TrialLint.Syntax;

namespace TrialLint.Schema;

/// <summary>
/// A quick proof that a document is valid against a schema, compiled once from the schema itself. Most reports are
/// valid, and proving it by walking the syntax tree costs a few microseconds where NJsonSchema costs hundreds
/// (it needs its own copy of the document). When the proof fails, or the schema uses a keyword this check does not
/// know, NJsonSchema validates as before and words the errors; so the fast path can only skip work, never change a
/// verdict. A test checks that both agree on a generated corpus and on every fixture.
/// </summary>
public sealed class FastSchemaCheck
{
    private readonly Node? _root;

    private FastSchemaCheck(Node? root) => _root = root;

    /// <summary>Compiles <paramref name="schema"/>; keywords it does not know make it always defer to NJsonSchema.</summary>
    public static FastSchemaCheck Compile(JsonSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        try
        {
            return new FastSchemaCheck(Build(schema, new Dictionary<JsonSchema, Node>()));
        }
        catch (NotSupportedException)
        {
            return new FastSchemaCheck(null);
        }
    }

    /// <summary>True when <paramref name="node"/> is certainly valid; false when NJsonSchema must look.</summary>
    public bool ProvesValid(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return _root is not null && _root.Check(node);
    }

    private static Node Build(JsonSchema schema, Dictionary<JsonSchema, Node> built)
    {
        var actual = schema.ActualSchema;
        if (built.TryGetValue(actual, out var done)) return done;
        if (actual.AnyOf.Count > 0 || actual.OneOf.Count > 0 || actual.Not is not null
            || actual.MultipleOf is not null || actual.MaxLength is not null || actual.MaxItems > 0 || actual.UniqueItems && actual.Type != JsonObjectType.Array)
            throw new NotSupportedException();

        var node = new Node();
        built[actual] = node;
        // allOf: every branch must hold (the report schema wraps $refs in allOf to give them a description).
        node.AllOf = actual.AllOf.Select(s => Build(s, built)).ToArray();
        node.Type = actual.Type;
        if (actual.Enumeration.Count > 0)
        {
            node.Enum = actual.Enumeration.OfType<string>().ToFrozenSet(StringComparer.Ordinal);
            node.NumberEnum = actual.Enumeration.Where(v => v is int or long or double or decimal).Select(v => Convert.ToDecimal(v, System.Globalization.CultureInfo.InvariantCulture)).ToFrozenSet();
            node.OtherEnum = actual.Enumeration.Any(v => v is not (string or int or long or double or decimal));
        }
        node.Pattern = actual.Pattern is { } p ? new Regex(p, RegexOptions.CultureInvariant) : null;
        node.Minimum = actual.Minimum;
        node.Maximum = actual.Maximum;
        node.ExclusiveMinimum = actual.ExclusiveMinimum ?? (actual.IsExclusiveMinimum ? actual.Minimum : null);
        node.ExclusiveMaximum = actual.ExclusiveMaximum ?? (actual.IsExclusiveMaximum ? actual.Maximum : null);
        node.MinLength = actual.MinLength ?? 0;
        node.MinItems = actual.MinItems;
        node.UniqueItems = actual.UniqueItems;
        node.Required = actual.RequiredProperties.ToArray();
        node.Properties = actual.ActualProperties.ToFrozenDictionary(kv => kv.Key, kv => Build(kv.Value, built), StringComparer.Ordinal);
        node.PatternProperties = actual.PatternProperties.Select(kv => (new Regex(kv.Key, RegexOptions.CultureInvariant), Build(kv.Value, built))).ToArray();
        node.AdditionalAllowed = actual.AllowAdditionalProperties && actual.AdditionalPropertiesSchema is null;
        node.Additional = actual.AdditionalPropertiesSchema is { } additional ? Build(additional, built) : null;
        node.Items = actual.Item is { } item ? Build(item, built) : null;
        return node;
    }

    private sealed class Node
    {
        public Node[] AllOf = [];
        public JsonObjectType Type;
        public FrozenSet<string>? Enum;
        public FrozenSet<decimal> NumberEnum = FrozenSet<decimal>.Empty;
        public bool OtherEnum;
        public Regex? Pattern;
        public decimal? Minimum, Maximum, ExclusiveMinimum, ExclusiveMaximum;
        public int MinLength, MinItems;
        public bool UniqueItems;
        public string[] Required = [];
        public FrozenDictionary<string, Node> Properties = FrozenDictionary<string, Node>.Empty;
        public (Regex Pattern, Node Schema)[] PatternProperties = [];
        public bool AdditionalAllowed = true;
        public Node? Additional;
        public Node? Items;

        public bool Check(SyntaxNode node)
        {
            foreach (var branch in AllOf) if (!branch.Check(node)) return false;
            if (Type != JsonObjectType.None && !TypeMatches(node)) return false;
            switch (node)
            {
                case ScalarNode scalar:
                    if (Enum is not null && !EnumContains(scalar)) return false;
                    if (scalar.Type == ScalarType.String)
                    {
                        if (Pattern is not null && !Pattern.IsMatch(scalar.Value)) return false;
                        if (scalar.Value.Length < MinLength) return false;
                    }
                    if (scalar.AsNumber() is double d && scalar.Type is ScalarType.Integer or ScalarType.Float)
                    {
                        decimal value = (decimal)d;
                        if (value < Minimum || value > Maximum) return false;
                        if (ExclusiveMinimum is { } emin && value <= emin) return false;
                        if (ExclusiveMaximum is { } emax && value >= emax) return false;
                    }
                    return true;
                case SequenceNode sequence:
                    if (Enum is not null) return false;
                    if (sequence.Items.Count < MinItems) return false;
                    if (Items is not null) foreach (var item in sequence.Items) if (!Items.Check(item)) return false;
                    // Uniqueness is only judged for scalars; anything else goes to NJsonSchema.
                    if (UniqueItems && (sequence.Items.Any(i => i is not ScalarNode) || sequence.Items.OfType<ScalarNode>().Select(s => s.Value).Distinct().Count() != sequence.Items.Count)) return false;
                    return true;
                case MappingNode mapping:
                    if (Enum is not null) return false;
                    foreach (string required in Required) if (mapping.GetProperty(required) is null) return false;
                    foreach (var property in mapping.Properties)
                    {
                        if (Properties.TryGetValue(property.Name, out var schema))
                        {
                            if (!schema.Check(property.Value)) return false;
                            continue;
                        }
                        bool matched = false;
                        foreach (var (pattern, patternSchema) in PatternProperties)
                        {
                            if (!pattern.IsMatch(property.Name)) continue;
                            matched = true;
                            if (!patternSchema.Check(property.Value)) return false;
                        }
                        if (matched) continue;
                        if (Additional is not null) { if (!Additional.Check(property.Value)) return false; continue; }
                        if (!AdditionalAllowed) return false;
                    }
                    return true;
                default:
                    return false;
            }
        }

        private bool TypeMatches(SyntaxNode node) => node switch
        {
            MappingNode => Type.HasFlag(JsonObjectType.Object),
            SequenceNode => Type.HasFlag(JsonObjectType.Array),
            ScalarNode { Type: ScalarType.String } => Type.HasFlag(JsonObjectType.String),
            ScalarNode { Type: ScalarType.Integer } => Type.HasFlag(JsonObjectType.Integer) || Type.HasFlag(JsonObjectType.Number),
            ScalarNode { Type: ScalarType.Float } => Type.HasFlag(JsonObjectType.Number),
            ScalarNode { Type: ScalarType.Boolean } => Type.HasFlag(JsonObjectType.Boolean),
            ScalarNode { Type: ScalarType.Null } => Type.HasFlag(JsonObjectType.Null),
            _ => false,
        };

        // JSON Schema semantics: text matches text values, numbers match numeric values. Anything else (true, null,
        // objects in an enum) is left to NJsonSchema.
        private bool EnumContains(ScalarNode scalar) => !OtherEnum && scalar.Type switch
        {
            ScalarType.String => Enum!.Contains(scalar.Value),
            ScalarType.Integer or ScalarType.Float => scalar.AsNumber() is double d && NumberEnum.Contains((decimal)d),
            _ => false,
        };
    }
}
