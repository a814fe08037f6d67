using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using StreamJsonRpc;

namespace TrialLint.LanguageServer.Protocol;

/// <summary>
/// Metadata for StreamJsonRpc's <see cref="RequestId"/> (a number or a string), which <c>$/cancelRequest</c> carries:
/// with only source-generated metadata as the formatter's resolver, a cancellation could not be read otherwise.
/// </summary>
internal sealed class RequestIdResolver : IJsonTypeInfoResolver
{
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        type == typeof(RequestId) ? JsonMetadataServices.CreateValueInfo<RequestId>(options, new RequestIdConverter()) : null;

    private sealed class RequestIdConverter : JsonConverter<RequestId>
    {
        public override RequestId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.Number => new RequestId(reader.GetInt64()),
            JsonTokenType.String => new RequestId(reader.GetString()),
            JsonTokenType.Null => RequestId.Null,
            _ => throw new JsonException("a request id is a number or a string"),
        };

        public override void Write(Utf8JsonWriter writer, RequestId value, JsonSerializerOptions options)
        {
            if (value.Number is long n) writer.WriteNumberValue(n);
            else if (value.String is { } s) writer.WriteStringValue(s);
            else writer.WriteNullValue();
        }
    }
}
