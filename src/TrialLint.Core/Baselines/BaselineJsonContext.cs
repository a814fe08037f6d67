using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrialLint.Baselines;

/// <summary>
/// Reads and writes baseline files with serialization code generated at build time (no reflection, so it also runs
/// in a Native AOT build).
/// </summary>
[JsonSerializable(typeof(BaselineFile.Data))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext
{
    /// <summary>
    /// Indented camelCase JSON. A baseline is a file people read in code review, never embedded in HTML, so messages
    /// keep their apostrophes and accents instead of \u escapes.
    /// </summary>
    public static BaselineJsonContext Instance { get; } = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
