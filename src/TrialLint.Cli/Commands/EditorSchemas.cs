using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrialLint.Output;
using TrialLint.Schema;

namespace TrialLint.Cli.Commands;

/// <summary>
/// What <c>triallint init</c> writes for editors: copies of the report and configuration schemas in
/// <c>.triallint/</c> (TrialLint's files, updated by every <c>init</c>) and the <c>yaml.schemas</c> and
/// <c>json.schemas</c> settings in <c>.vscode/settings.json</c> that point reports at them. The YAML and JSON
/// language servers then complete and check keys with no network; the starter configuration's modeline points at
/// <c>.triallint/config.schema.json</c> the same way.
/// </summary>
internal static class EditorSchemas
{
    /// <summary>The folder, at the repository root, that holds the schema copies.</summary>
    public const string Folder = ".triallint";

    /// <summary>The schema copies init writes, as paths relative to the repository root.</summary>
    public static IReadOnlyList<(PublishedSchema Schema, string RelativePath)> Copies { get; } =
    [
        (PublishedSchemas.Report, $"{Folder}/{PublishedSchemas.Report.FileName}"),
        (PublishedSchemas.Config, $"{Folder}/{PublishedSchemas.Config.FileName}"),
    ];

    /// <summary>The settings file init adds to, relative to the repository root.</summary>
    public const string VsCodeSettings = ".vscode/settings.json";

    private static readonly string[] YamlReports = ["*.trial.yaml", "*.trial.yml"];
    private static readonly string[] JsonReports = ["*.trial.json"];

    /// <summary>The schema text init writes: the embedded schema with a <c>$comment</c> naming the version that wrote it.</summary>
    public static string StampedText(PublishedSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        string text = schema.Text.Replace("\r\n", "\n", StringComparison.Ordinal);
        string idLine = $"  \"$id\": \"{schema.Id}\",\n";
        int at = text.IndexOf(idLine, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException($"The embedded {schema.FileName} has no \"$id\": \"{schema.Id}\" line.");
        string comment = $"  \"$comment\": \"Written by 'triallint init' from TrialLint {RunContext.ToolVersion}; 'triallint init' updates it (or 'triallint schema {schema.Name}' prints it). Do not edit: it is replaced.\",\n";
        return text.Insert(at + idLine.Length, comment);
    }

    /// <summary>Writes the schema copies and the VS Code settings under <paramref name="root"/>, saying what it did.</summary>
    public static void Write(string root, TextWriter output, TextWriter error)
    {
        var written = new List<string>();
        foreach (var (schema, relative) in Copies)
        {
            string path = Path.Combine(root, relative);
            string text = StampedText(schema);
            if (File.Exists(path) && File.ReadAllText(path) == text) continue;
            WriteText(path, text);
            written.Add(relative);
        }
        string copies = string.Join(" and ", Copies.Select(c => c.RelativePath));
        output.WriteLine(written.Count == 0
            ? $"{copies} are up to date (TrialLint {RunContext.ToolVersion})."
            : $"Wrote {string.Join(" and ", written)} (TrialLint {RunContext.ToolVersion}); 'triallint init' updates them after an upgrade.");
        WriteVsCodeSettings(root, output, error);
    }

    /// <summary>Adds the <c>yaml.schemas</c> and <c>json.schemas</c> entries to <c>.vscode/settings.json</c>, keeping every other setting.</summary>
    private static void WriteVsCodeSettings(string root, TextWriter output, TextWriter error)
    {
        string path = Path.Combine(root, VsCodeSettings);
        JsonObject settings;
        if (!File.Exists(path))
        {
            settings = [];
        }
        else
        {
            string existing = File.ReadAllText(path);
            JsonNode? lenient;
            try
            {
                lenient = JsonNode.Parse(existing, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            }
            catch (JsonException ex)
            {
                error.WriteLine($"triallint: warning: {VsCodeSettings} is not valid JSON ({ex.Message}); init left it alone. Add these settings for completion in VS Code:");
                error.WriteLine(Snippet());
                return;
            }
            if (lenient is not JsonObject lenientObject)
            {
                error.WriteLine($"triallint: warning: {VsCodeSettings} is not a JSON object; init left it alone. Add these settings for completion in VS Code:");
                error.WriteLine(Snippet());
                return;
            }
            if (HasEntries(lenientObject))
            {
                output.WriteLine($"{VsCodeSettings} already points reports at {Copies[0].RelativePath}.");
                return;
            }
            if (!IsPlainJson(existing))
            {
                // Rewriting would drop the user's comments: say what to add instead.
                output.WriteLine($"{VsCodeSettings} has comments, so init left it alone. Add these settings to it for completion in VS Code:");
                output.WriteLine(Snippet());
                return;
            }
            settings = lenientObject;
        }
        if (!AddEntries(settings))
        {
            error.WriteLine($"triallint: warning: {VsCodeSettings} has yaml.schemas or json.schemas of another shape; init left it alone. Add these settings for completion in VS Code:");
            error.WriteLine(Snippet());
            return;
        }
        WriteText(path, Serialize(settings) + "\n");
        output.WriteLine($"Wrote {VsCodeSettings}: yaml.schemas and json.schemas point *.trial.yaml, *.trial.yml and *.trial.json at {Copies[0].RelativePath}.");
    }

    private static string ReportSchemaSetting => "./" + Copies[0].RelativePath;

    private static string ConfigSchemaSetting => "./" + Copies[1].RelativePath;

    /// <summary>The settings init writes, as a JSON object to merge into <c>.vscode/settings.json</c>.</summary>
    public static string Snippet()
    {
        JsonObject settings = [];
        AddEntries(settings);
        return Serialize(settings);
    }

    private static bool HasEntries(JsonObject settings) =>
        settings["yaml.schemas"] is JsonObject yaml && yaml[ReportSchemaSetting] is not null
        && settings["json.schemas"] is JsonArray json && json.Any(e => e is JsonObject o && o["url"]?.GetValueKind() == JsonValueKind.String && (string?)o["url"] == ReportSchemaSetting);

    private static bool AddEntries(JsonObject settings)
    {
        if (settings["yaml.schemas"] is null) settings["yaml.schemas"] = new JsonObject();
        if (settings["json.schemas"] is null) settings["json.schemas"] = new JsonArray();
        if (settings["yaml.schemas"] is not JsonObject yaml || settings["json.schemas"] is not JsonArray json) return false;
        yaml[ReportSchemaSetting] = new JsonArray([.. YamlReports.Select(p => (JsonNode?)JsonValue.Create(p))]);
        yaml[ConfigSchemaSetting] ??= new JsonArray((JsonNode?)JsonValue.Create(".triallint.yaml"));
        if (!json.Any(e => e is JsonObject o && o["url"]?.GetValueKind() == JsonValueKind.String && (string?)o["url"] == ReportSchemaSetting))
        {
            JsonNode entry = new JsonObject
            {
                ["fileMatch"] = new JsonArray([.. JsonReports.Select(p => (JsonNode?)JsonValue.Create(p))]),
                ["url"] = ReportSchemaSetting,
            };
            json.Add(entry);
        }
        return true;
    }

    private static bool IsPlainJson(string text)
    {
        try
        {
            JsonNode.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Serialize(JsonObject settings)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, IndentSize = 4, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            settings.WriteTo(writer);
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// Points the modeline of a report about to be written to <paramref name="target"/> at the schema copy
    /// <c>init</c> wrote in a folder above it (a relative path), so that editors complete keys with no network;
    /// without a copy the modeline keeps the schema id. The modeline wins over the <c>yaml.schemas</c> setting,
    /// so an id that is not served would leave the report without completion.
    /// </summary>
    public static string PointAtLocalSchema(string yaml, string target)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        string modeline = "# yaml-language-server: $schema=" + PublishedSchemas.Report.Id + "\n";
        if (!yaml.StartsWith(modeline, StringComparison.Ordinal)) return yaml;
        string folder = Path.GetDirectoryName(Path.GetFullPath(target))!;
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            string copy = Path.Combine(dir.FullName, Folder, PublishedSchemas.Report.FileName);
            if (!File.Exists(copy)) continue;
            string relative = Path.GetRelativePath(folder, copy).Replace('\\', '/');
            return "# yaml-language-server: $schema=" + relative + "\n" + yaml[modeline.Length..];
        }
        return yaml;
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> atomically, creating its folder.</summary>
    public static void WriteText(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = AtomicFile.Create(path);
        var writer = new StreamWriter(file.Stream);
        writer.Write(text);
        writer.Flush();
        file.Commit();
    }
}
