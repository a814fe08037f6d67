using NJsonSchema;

namespace TrialLint.Schema;

/// <summary>
/// The published report schema (<c>schemas/trial-report.schema.json</c>), embedded in the engine and loaded once
/// per process on first use: loading costs about 100 ms, so a run that never validates never pays it.
/// </summary>
public static class ReportSchema
{
    private static readonly Lazy<JsonSchema> Lazy = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The schema, loaded on first access.</summary>
    public static JsonSchema Instance => Lazy.Value;

    /// <summary>The schema's JSON text.</summary>
    public static string ReadText()
    {
        using var stream = typeof(ReportSchema).Assembly.GetManifestResourceStream("TrialLint.schemas.trial-report.schema.json")
            ?? throw new InvalidOperationException("The report schema is not embedded in TrialLint.Core.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static JsonSchema Load() => JsonSchema.FromJsonAsync(ReadText()).GetAwaiter().GetResult();
}
