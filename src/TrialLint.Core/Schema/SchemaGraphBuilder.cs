using System.Text.Json;
using NJsonSchema;

namespace TrialLint.Schema;

/// <summary>
/// Builds NJsonSchema's object model of a schema from its JSON text, read with System.Text.Json. NJsonSchema's own
/// reader (<c>JsonSchema.FromJsonAsync</c>) deserializes through Newtonsoft.Json's reflection-based contracts, which a
/// Native AOT build cannot run, and is most of the cost of loading a schema cold. Validation is still NJsonSchema's.
/// </summary>
/// <remarks>
/// Covers the draft-07 keywords TrialLint's schemas use. A keyword NJsonSchema does not validate either
/// (<c>propertyNames</c>) is skipped, as NJsonSchema's reader skips it; any other unknown keyword throws, so a schema
/// change that needs this class extended fails the tests (which compare both readers on thousands of documents).
/// <see cref="FastSchemaCheck"/> reads the same keywords into its own nodes rather than from this graph on purpose:
/// building NJsonSchema's objects loads NJsonSchema, which the fast check exists to avoid for valid reports.
/// </remarks>
public static class SchemaGraphBuilder
{
    /// <summary>Keywords that only document a schema, or that NJsonSchema does not validate.</summary>
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "$comment", "title", "description", "examples", "default", "propertyNames",
    };

    /// <summary>Builds the schema in <paramref name="json"/>.</summary>
    /// <exception cref="NotSupportedException">The schema uses a keyword or a reference this builder does not read.</exception>
    public static JsonSchema Build(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        var root = new JsonSchema();
        var definitions = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        // Definitions are created first so that a $ref anywhere, even to a later definition, finds its target.
        if (document.RootElement.TryGetProperty("definitions", out var defs))
        {
            foreach (var definition in defs.EnumerateObject()) definitions[definition.Name] = new JsonSchema();
        }
        new Reader(root, definitions).Fill(root, document.RootElement);
        return root;
    }

    private sealed class Reader(JsonSchema root, Dictionary<string, JsonSchema> definitions)
    {
        public void Fill(JsonSchema schema, JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.True) return;
            if (element.ValueKind != JsonValueKind.Object) throw new NotSupportedException($"A schema must be an object or true, not {element.ValueKind}.");
            foreach (var keyword in element.EnumerateObject()) Apply(schema, keyword.Name, keyword.Value);
        }

        private T Create<T>(JsonElement element) where T : JsonSchema, new()
        {
            var schema = new T();
            Fill(schema, element);
            return schema;
        }

        private void Apply(JsonSchema schema, string keyword, JsonElement value)
        {
            switch (keyword)
            {
                case "type":
                    schema.Type = value.ValueKind == JsonValueKind.Array
                        ? value.EnumerateArray().Aggregate(JsonObjectType.None, (all, t) => all | TypeOf(t.GetString()))
                        : TypeOf(value.GetString());
                    break;
                case "properties":
                    foreach (var property in value.EnumerateObject()) schema.Properties[property.Name] = Create<JsonSchemaProperty>(property.Value);
                    break;
                case "patternProperties":
                    foreach (var property in value.EnumerateObject()) schema.PatternProperties[property.Name] = Create<JsonSchemaProperty>(property.Value);
                    break;
                case "required":
                    foreach (var name in value.EnumerateArray()) schema.RequiredProperties.Add(name.GetString()!);
                    break;
                case "additionalProperties":
                    if (value.ValueKind == JsonValueKind.False) schema.AllowAdditionalProperties = false;
                    else if (value.ValueKind == JsonValueKind.Object) schema.AdditionalPropertiesSchema = Create<JsonSchema>(value);
                    break;
                case "items":
                    if (value.ValueKind == JsonValueKind.Array) foreach (var item in value.EnumerateArray()) schema.Items.Add(Create<JsonSchema>(item));
                    else schema.Item = Create<JsonSchema>(value);
                    break;
                case "enum":
                    foreach (var item in value.EnumerateArray()) schema.Enumeration.Add(ValueOf(item));
                    break;
                case "allOf":
                    foreach (var item in value.EnumerateArray()) schema.AllOf.Add(Create<JsonSchema>(item));
                    break;
                case "anyOf":
                    foreach (var item in value.EnumerateArray()) schema.AnyOf.Add(Create<JsonSchema>(item));
                    break;
                case "oneOf":
                    foreach (var item in value.EnumerateArray()) schema.OneOf.Add(Create<JsonSchema>(item));
                    break;
                case "not": schema.Not = Create<JsonSchema>(value); break;
                case "pattern": schema.Pattern = value.GetString(); break;
                case "format": schema.Format = value.GetString(); break;
                case "minLength": schema.MinLength = value.GetInt32(); break;
                case "maxLength": schema.MaxLength = value.GetInt32(); break;
                case "minItems": schema.MinItems = value.GetInt32(); break;
                case "maxItems": schema.MaxItems = value.GetInt32(); break;
                case "uniqueItems": schema.UniqueItems = value.GetBoolean(); break;
                case "minimum": schema.Minimum = value.GetDecimal(); break;
                case "maximum": schema.Maximum = value.GetDecimal(); break;
                case "exclusiveMinimum": schema.ExclusiveMinimum = value.GetDecimal(); break;
                case "exclusiveMaximum": schema.ExclusiveMaximum = value.GetDecimal(); break;
                case "$ref": schema.Reference = Resolve(value.GetString()!); break;
                case "definitions":
                    if (!ReferenceEquals(schema, root)) throw new NotSupportedException("'definitions' is read at the top of a schema only.");
                    foreach (var definition in value.EnumerateObject())
                    {
                        Fill(definitions[definition.Name], definition.Value);
                        schema.Definitions[definition.Name] = definitions[definition.Name];
                    }
                    break;
                default:
                    if (!Ignored.Contains(keyword)) throw new NotSupportedException($"The schema keyword '{keyword}' is not supported.");
                    break;
            }
        }

        private JsonSchema Resolve(string reference)
        {
            const string prefix = "#/definitions/";
            if (reference == "#") return root;
            if (reference.StartsWith(prefix, StringComparison.Ordinal) && definitions.TryGetValue(reference[prefix.Length..], out var target)) return target;
            throw new NotSupportedException($"The reference '{reference}' is not supported: use '#' or '#/definitions/NAME'.");
        }

        private static JsonObjectType TypeOf(string? name) => name switch
        {
            "object" => JsonObjectType.Object,
            "array" => JsonObjectType.Array,
            "string" => JsonObjectType.String,
            "number" => JsonObjectType.Number,
            "integer" => JsonObjectType.Integer,
            "boolean" => JsonObjectType.Boolean,
            "null" => JsonObjectType.Null,
            _ => throw new NotSupportedException($"The schema type '{name}' is not a JSON type."),
        };

        // The values NJsonSchema's Newtonsoft-based reader would hold: integers as long, other numbers as double.
        private static object? ValueOf(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number when value.TryGetInt64(out long n) => n,
            JsonValueKind.Number => value.GetDouble(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null => null,
            _ => throw new NotSupportedException($"An enum value of kind {value.ValueKind} is not supported."),
        };
    }
}
