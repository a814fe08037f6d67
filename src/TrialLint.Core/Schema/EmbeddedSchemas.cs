using System.Collections.Concurrent;
using NJsonSchema;

namespace TrialLint.Schema;

/// <summary>
/// The JSON Schemas embedded in the engine (report, rule, pack, configuration), each loaded once per process on first
/// use into NJsonSchema's model by <see cref="SchemaGraphBuilder"/>.
/// </summary>
public static class EmbeddedSchemas
{
    private static readonly ConcurrentDictionary<string, Lazy<JsonSchema>> Loaded = new(StringComparer.Ordinal);

    /// <summary>Returns the embedded schema <paramref name="fileName"/>.</summary>
    public static JsonSchema Get(string fileName) =>
        Loaded.GetOrAdd(fileName, name => new Lazy<JsonSchema>(() => SchemaGraphBuilder.Build(ReadText(name)))).Value;

    /// <summary>The text of the embedded schema <paramref name="fileName"/>.</summary>
    public static string ReadText(string fileName)
    {
        using var stream = typeof(EmbeddedSchemas).Assembly.GetManifestResourceStream("TrialLint.schemas." + fileName)
            ?? throw new InvalidOperationException($"The schema {fileName} is not embedded in TrialLint.Core.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
