using System.Collections.Frozen;
using System.Text.RegularExpressions;
using System.Text.Json;
using TrialLint.Syntax;

namespace TrialLint.Schema;

/// <summary>
/// A quick proof that a document is valid against a schema, compiled once from the schema itself. Most reports are
/// valid, and proving it by walking the syntax tree costs a few microseconds where NJsonSchema costs hundreds
/// (it needs its own copy of the document). When the proof fails, or the schema uses a keyword this check does not
/// know, NJsonSchema validates as before and words the errors; so the fast path can only skip work, never change a
/// verdict. A test checks that both agree on every fixture and seed and on thousands of mutants.
/// </summary>
public sealed class FastSchemaCheck
{
    private readonly Node? _root;

    private FastSchemaCheck(Node? root) => _root = root;

    /// <summary>
    /// Compiles the JSON Schema text <paramref name="schemaJson"/> (draft-07, the keywords the published schemas use).
    /// It reads the schema's JSON directly, so proving a report valid never loads NJsonSchema; a keyword it does not
    /// know makes it always defer to NJsonSchema.
    /// </summary>
    public static FastSchemaCheck Compile(string schemaJson)
    {
        ArgumentNullException.ThrowIfNull(schemaJson);
        try
        {
            using var document = JsonDocument.Parse(schemaJson);
            var root = document.RootElement;
            return new FastSchemaCheck(Build(root, root, new Dictionary<string, Node>(StringComparer.Ordinal), "#"));
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

    // Keywords that only describe (no effect on validity), and propertyNames, which NJsonSchema does not check either.
    private static readonly FrozenSet<string> Ignored = new[] { "$schema", "$id", "title", "description", "definitions", "default", "examples", "propertyNames" }.ToFrozenSet(StringComparer.Ordinal);

    private static Node Build(JsonElement schema, JsonElement root, Dictionary<string, Node> byRef, string path)
    {
        if (schema.ValueKind == JsonValueKind.True) return new Node();
        if (schema.ValueKind != JsonValueKind.Object) throw new NotSupportedException();
        if (schema.TryGetProperty("$ref", out var reference))
        {
            string target = reference.GetString()!;
            if (byRef.TryGetValue(target, out var existing)) return existing;
            if (!target.StartsWith("#/definitions/", StringComparison.Ordinal)) throw new NotSupportedException();
            var placeholder = new Node();
            byRef[target] = placeholder;
            var resolved = Build(root.GetProperty("definitions").GetProperty(target["#/definitions/".Length..]), root, byRef, target);
            placeholder.CopyFrom(resolved);
            return placeholder;
        }
        var node = new Node();
        foreach (var keyword in schema.EnumerateObject())
        {
            var value = keyword.Value;
            switch (keyword.Name)
            {
                case "type":
                    node.Types = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(t => t.GetString()!).ToArray() : [value.GetString()!];
                    break;
                case "enum":
                    node.Enum = value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToFrozenSet(StringComparer.Ordinal);
                    node.NumberEnum = value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.Number).Select(v => v.GetDecimal()).ToFrozenSet();
                    node.OtherEnum = value.EnumerateArray().Any(v => v.ValueKind is not (JsonValueKind.String or JsonValueKind.Number));
                    break;
                case "pattern": node.Pattern = new Regex(value.GetString()!, RegexOptions.CultureInvariant); break;
                case "minimum": node.Minimum = value.GetDecimal(); break;
                case "maximum": node.Maximum = value.GetDecimal(); break;
                case "exclusiveMinimum": node.ExclusiveMinimum = value.GetDecimal(); break;
                case "exclusiveMaximum": node.ExclusiveMaximum = value.GetDecimal(); break;
                case "minLength": node.MinLength = value.GetInt32(); break;
                case "minItems": node.MinItems = value.GetInt32(); break;
                case "uniqueItems": node.UniqueItems = value.GetBoolean(); break;
                case "required": node.Required = value.EnumerateArray().Select(v => v.GetString()!).ToArray(); break;
                case "properties":
                    node.Properties = value.EnumerateObject().ToFrozenDictionary(p => p.Name, p => Build(p.Value, root, byRef, $"{path}/properties/{p.Name}"), StringComparer.Ordinal);
                    break;
                case "patternProperties":
                    node.PatternProperties = value.EnumerateObject().Select(p => (new Regex(p.Name, RegexOptions.CultureInvariant), Build(p.Value, root, byRef, path))).ToArray();
                    break;
                case "additionalProperties":
                    if (value.ValueKind == JsonValueKind.False) node.AdditionalAllowed = false;
                    else if (value.ValueKind == JsonValueKind.Object) node.Additional = Build(value, root, byRef, path);
                    break;
                case "items":
                    node.Items = Build(value, root, byRef, $"{path}/items");
                    break;
                case "allOf":
                    node.AllOf = value.EnumerateArray().Select(b => Build(b, root, byRef, path)).ToArray();
                    break;
                case "anyOf":
                    node.AnyOf = value.EnumerateArray().Select(b => Build(b, root, byRef, path)).ToArray();
                    break;
                default:
                    if (!Ignored.Contains(keyword.Name)) throw new NotSupportedException();
                    break;
            }
        }
        return node;
    }

    private sealed class Node
    {
        public Node[] AllOf = [];
        public Node[]? AnyOf;
        public string[]? Types;
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

        private bool HasBounds => Minimum is not null || Maximum is not null || ExclusiveMinimum is not null || ExclusiveMaximum is not null;

        public bool Check(SyntaxNode node)
        {
            foreach (var branch in AllOf) if (!branch.Check(node)) return false;
            // anyOf is proved when one branch is; otherwise NJsonSchema decides.
            if (AnyOf is not null && !AnyOf.Any(branch => branch.Check(node))) return false;
            if (Types is not null && !TypeMatches(node)) return false;
            switch (node)
            {
                case ScalarNode scalar:
                    if (Enum is not null && !EnumContains(scalar)) return false;
                    if (scalar.Type == ScalarType.String)
                    {
                        if (Pattern is not null && !Pattern.IsMatch(scalar.Value)) return false;
                        if (scalar.Value.Length < MinLength) return false;
                    }
                    if (HasBounds && scalar.AsNumber() is double d)
                    {
                        // A number beyond decimal's range is not proved valid here: NJsonSchema decides.
                        if (!InDecimalRange(d)) return false;
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

        private bool TypeMatches(SyntaxNode node)
        {
            foreach (string type in Types!)
            {
                bool match = (type, node) switch
                {
                    ("object", MappingNode) => true,
                    ("array", SequenceNode) => true,
                    ("string", ScalarNode { Type: ScalarType.String }) => true,
                    ("integer", ScalarNode { Type: ScalarType.Integer }) => true,
                    ("number", ScalarNode { Type: ScalarType.Integer or ScalarType.Float }) => true,
                    ("boolean", ScalarNode { Type: ScalarType.Boolean }) => true,
                    ("null", ScalarNode { Type: ScalarType.Null }) => true,
                    _ => false,
                };
                if (match) return true;
            }
            return false;
        }

        /// <summary>Takes over a resolved definition (a $ref placeholder is created before its target is built, for recursion).</summary>
        public void CopyFrom(Node other)
        {
            AllOf = other.AllOf; AnyOf = other.AnyOf; Types = other.Types; Enum = other.Enum; NumberEnum = other.NumberEnum; OtherEnum = other.OtherEnum;
            Pattern = other.Pattern; Minimum = other.Minimum; Maximum = other.Maximum; ExclusiveMinimum = other.ExclusiveMinimum;
            ExclusiveMaximum = other.ExclusiveMaximum; MinLength = other.MinLength; MinItems = other.MinItems; UniqueItems = other.UniqueItems;
            Required = other.Required; Properties = other.Properties; PatternProperties = other.PatternProperties;
            AdditionalAllowed = other.AdditionalAllowed; Additional = other.Additional; Items = other.Items;
        }

        // JSON Schema semantics: text matches text values, numbers match numeric values. Anything else (true, null,
        // objects in an enum) is left to NJsonSchema.
        private bool EnumContains(ScalarNode scalar) => !OtherEnum && scalar.Type switch
        {
            ScalarType.String => Enum!.Contains(scalar.Value),
            ScalarType.Integer or ScalarType.Float => scalar.AsNumber() is double d && InDecimalRange(d) && NumberEnum.Contains((decimal)d),
            _ => false,
        };

        /// <summary>Whether <paramref name="d"/> converts to decimal (about ±7.9e28) without an overflow.</summary>
        private static bool InDecimalRange(double d) => double.IsFinite(d) && Math.Abs(d) < 7.9e28;
    }
}
