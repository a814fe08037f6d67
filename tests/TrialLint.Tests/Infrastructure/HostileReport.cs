using System.Text;
using System.Text.Json;
using NJsonSchema;
using TrialLint.Schema;

namespace TrialLint.Tests.Infrastructure;

/// <summary>
/// A report with hostile content in every string field the report format has: script elements, event-handler
/// attributes, a closing style tag, javascript: URLs and control characters. Built by walking the published schema,
/// so a field added to the format is covered without touching the test.
/// </summary>
public static class HostileReport
{
    /// <summary>Sets a marker on the page if any of it ever runs in a browser.</summary>
    public const string Marker = "data-pwned";

    /// <summary>The payload put in every text field.</summary>
    public const string Payload =
        "<script>document.documentElement.setAttribute('data-pwned','script')</script>" +
        "\"onerror=\"document.documentElement.setAttribute('data-pwned','attr')\" " +
        "'><img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">" +
        "</style></svg><svg onload=\"document.documentElement.setAttribute('data-pwned','svg')\">" +
        "[link](javascript:alert(1)) %0A::error::injected\r\n::warning::injected " +
        "\u0001\u0007\u001b[31m | end";

    /// <summary>The payload for URL fields.</summary>
    public const string UrlPayload = "javascript:document.documentElement.setAttribute('data-pwned','url')";

    /// <summary>The hostile report as JSON (<c>*.trial.json</c>).</summary>
    public static string Json()
    {
        var schema = ReportSchema.Instance;
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            WriteObject(writer, schema, depth: 0);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteObject(Utf8JsonWriter writer, JsonSchema schema, int depth)
    {
        writer.WriteStartObject();
        foreach (var (name, property) in schema.ActualSchema.ActualProperties)
        {
            if (name == "$schema") continue;
            writer.WritePropertyName(name);
            if (name == "format_version") writer.WriteNumberValue(1);
            else if (name == "packs") { writer.WriteStartArray(); writer.WriteEndArray(); }
            else WriteValue(writer, property.ActualSchema, name, depth + 1);
        }
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, JsonSchema schema, string name, int depth)
    {
        var actual = schema.ActualSchema;
        // allOf-wrapped references: use the referenced schema.
        if (actual.AllOf.Count > 0 && actual.Type == JsonObjectType.None) actual = actual.AllOf.First().ActualSchema;
        if (actual.Type.HasFlag(JsonObjectType.Object) || actual.ActualProperties.Count > 0)
        {
            WriteObject(writer, actual, depth);
        }
        else if (actual.Type.HasFlag(JsonObjectType.Array))
        {
            writer.WriteStartArray();
            if (actual.Item is { } item && depth < 12) WriteValue(writer, item, name, depth + 1);
            writer.WriteEndArray();
        }
        else if (actual.Type.HasFlag(JsonObjectType.Integer) || actual.Type.HasFlag(JsonObjectType.Number))
        {
            writer.WriteNumberValue(1);
        }
        else if (actual.Type.HasFlag(JsonObjectType.Boolean))
        {
            writer.WriteBooleanValue(true);
        }
        else
        {
            writer.WriteStringValue(name.Contains("url", StringComparison.Ordinal) ? UrlPayload : Payload);
        }
    }
}
