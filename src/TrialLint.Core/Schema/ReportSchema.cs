using NJsonSchema;

namespace TrialLint.Schema;

/// <summary>
/// The published report schema (<c>schemas/trial-report.schema.json</c>), embedded in the engine and loaded once
/// per process on first use (see <see cref="SchemaGraphBuilder"/>), so a run that never validates never pays for it.
/// </summary>
public static class ReportSchema
{
    /// <summary>The schema, loaded on first access.</summary>
    public static JsonSchema Instance => EmbeddedSchemas.Get("trial-report.schema.json");

    /// <summary>The schema's JSON text.</summary>
    public static string ReadText() => EmbeddedSchemas.ReadText("trial-report.schema.json");
}
