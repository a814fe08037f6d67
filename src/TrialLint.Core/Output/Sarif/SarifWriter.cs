using System.Text.Encodings.Web;
using System.Text.Json;
using TrialLint.Diagnostics;
using TrialLint.Engine;
using TrialLint.Rules;

namespace TrialLint.Output.Sarif;

/// <summary>
/// Writes SARIF 2.1.0 with System.Text.Json, streaming one result at a time. Paths are relative to the repository
/// root under <c>%SRCROOT%</c>; columns are UTF-16 code units (SARIF's default); partial fingerprints hash rule,
/// file and JSON Pointer so they survive edits elsewhere in the file; files that could not be read are also
/// reported as tool execution notifications.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The caller owns the stream; End flushes the Utf8JsonWriter, which holds no unmanaged resource.")]
public sealed class SarifWriter : FindingsWriter
{
    /// <summary>The key of TrialLint's partial fingerprint.</summary>
    public const string FingerprintKey = "triallint/v1";

    private readonly Utf8JsonWriter _json;
    private readonly List<Diagnostic> _notifications = [];

    // Archives (zip files) and the entries of them that have results: run.artifacts, each entry nested in its archive
    // by parentIndex (SARIF 2.1.0, 3.24.2-3.24.3). Written at the end; held as one short string per entry with results.
    private readonly List<(string Uri, int ParentIndex)> _artifacts = [];
    private readonly Dictionary<string, int> _archiveIndex = new(StringComparer.Ordinal);
    private RunContext? _context;
    private Dictionary<string, int> _ruleIndex = [];

    /// <summary>Creates a writer on <paramref name="stream"/> (left open).</summary>
    public SarifWriter(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>Whether the run compares against a baseline (results then carry a baselineState).</summary>
    public bool BaselineInUse { get; init; }

    /// <inheritdoc/>
    public override void Begin(RunContext context)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        var descriptors = context.Rules.Descriptors;
        _ruleIndex = descriptors.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        _json.WriteStartObject();
        _json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        _json.WriteString("version", "2.1.0");
        _json.WriteStartArray("runs");
        _json.WriteStartObject();

        _json.WriteStartObject("tool");
        _json.WriteStartObject("driver");
        _json.WriteString("name", "TrialLint");
        _json.WriteString("semanticVersion", RunContext.ToolVersion);
        _json.WriteString("version", RunContext.ToolVersion);
        _json.WriteString("informationUri", RunContext.InformationUri);
        _json.WriteStartArray("rules");
        foreach (var descriptor in descriptors) WriteRule(descriptor, context.Rules);
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.WriteEndObject();

        _json.WriteStartObject("originalUriBaseIds");
        _json.WriteStartObject("%SRCROOT%");
        _json.WriteString("uri", new Uri(context.RepositoryRoot.TrimEnd('/') + "/").AbsoluteUri);
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.WriteString("columnKind", "utf16CodeUnits");
        _json.WriteStartArray("results");
    }

    /// <inheritdoc/>
    public override void Add(FileResult file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var context = _context ?? throw new InvalidOperationException("Begin was not called.");
        string uri = context.RepositoryRelative(file.Path);
        int entryIndex = file.Archive is { } archive && file.Entry is { } entry && file.Diagnostics.Length > 0 ? EntryArtifact(context.RepositoryRelative(archive), entry) : -1;
        foreach (var diagnostic in file.Diagnostics)
        {
            if (diagnostic.Descriptor == InputDiagnostics.Unreadable) _notifications.Add(diagnostic);
            var loc = diagnostic.Location;
            _json.WriteStartObject();
            _json.WriteString("ruleId", diagnostic.Id);
            if (_ruleIndex.TryGetValue(diagnostic.Id, out int index)) _json.WriteNumber("ruleIndex", index);
            _json.WriteString("level", RuleNames.SarifLevel(diagnostic.Severity));
            _json.WriteStartObject("message");
            _json.WriteString("text", diagnostic.Message);
            _json.WriteEndObject();
            _json.WriteStartArray("locations");
            _json.WriteStartObject();
            if (entryIndex >= 0) WriteNestedLocation(entryIndex, loc);
            else WritePhysicalLocation(uri, loc);
            if (!loc.Pointer.IsRoot)
            {
                _json.WriteStartArray("logicalLocations");
                _json.WriteStartObject();
                _json.WriteString("fullyQualifiedName", loc.Pointer.ToString());
                _json.WriteString("kind", "member");
                _json.WriteEndObject();
                _json.WriteEndArray();
            }
            _json.WriteEndObject();
            _json.WriteEndArray();
            if (diagnostic.Suppression is { } suppression)
            {
                _json.WriteStartArray("suppressions");
                _json.WriteStartObject();
                _json.WriteString("kind", suppression.Kind == SuppressionKind.InSource ? "inSource" : "external");
                _json.WriteString("status", "accepted");
                _json.WriteString("justification", suppression.Justification);
                _json.WriteEndObject();
                _json.WriteEndArray();
            }
            if (BaselineInUse) _json.WriteString("baselineState", diagnostic.Suppression?.Kind == SuppressionKind.Baseline ? "unchanged" : "new");
            _json.WriteStartObject("partialFingerprints");
            _json.WriteString(FingerprintKey, RuleNames.Fingerprint(diagnostic.Id, uri, loc.Pointer.ToString()));
            _json.WriteEndObject();
            _json.WriteStartObject("properties");
            _json.WriteString("jsonPointer", loc.Pointer.ToString());
            if (loc.IsMissing) _json.WriteBoolean("missing", true);
            _json.WriteEndObject();
            _json.WriteEndObject();
        }
        // Written out file by file, so a large run never holds the whole document in memory.
        _json.Flush();
    }

    /// <inheritdoc/>
    public override void End(RunSummary summary, int exitCode)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var context = _context ?? throw new InvalidOperationException("Begin was not called.");
        _json.WriteEndArray(); // results
        _json.WriteStartArray("invocations");
        _json.WriteStartObject();
        _json.WriteBoolean("executionSuccessful", exitCode is 0 or 1);
        _json.WriteNumber("exitCode", exitCode);
        _json.WriteStartArray("toolExecutionNotifications");
        foreach (var diagnostic in _notifications)
        {
            _json.WriteStartObject();
            _json.WriteString("level", "error");
            _json.WriteStartObject("message");
            _json.WriteString("text", diagnostic.Message);
            _json.WriteEndObject();
            _json.WriteStartArray("locations");
            _json.WriteStartObject();
            WritePhysicalLocation(context.RepositoryRelative(diagnostic.Location.Path), diagnostic.Location);
            _json.WriteEndObject();
            _json.WriteEndArray();
            _json.WriteStartObject("descriptor");
            _json.WriteString("id", diagnostic.Id);
            _json.WriteEndObject();
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.WriteEndArray(); // invocations
        if (_artifacts.Count > 0) WriteArtifacts();
        _json.WriteEndObject(); // run
        _json.WriteEndArray(); // runs
        _json.WriteEndObject();
        _json.Flush();
    }

    private void WriteRule(DiagnosticDescriptor descriptor, RuleSet rules)
    {
        _json.WriteStartObject();
        _json.WriteString("id", descriptor.Id);
        _json.WriteString("name", RuleNames.PascalName(descriptor));
        _json.WriteStartObject("shortDescription");
        _json.WriteString("text", descriptor.Title);
        _json.WriteEndObject();
        _json.WriteStartObject("fullDescription");
        _json.WriteString("text", descriptor.Description);
        _json.WriteEndObject();
        _json.WriteStartObject("help");
        _json.WriteString("text", $"{descriptor.Description} See {descriptor.HelpLinkUri}");
        _json.WriteString("markdown", RuleDocs.PageFor(descriptor, rules.PacksOf(descriptor.Id)));
        _json.WriteEndObject();
        _json.WriteString("helpUri", descriptor.HelpLinkUri);
        _json.WriteStartObject("defaultConfiguration");
        _json.WriteString("level", RuleNames.SarifLevel(descriptor.DefaultSeverity));
        _json.WriteBoolean("enabled", descriptor.IsEnabledByDefault);
        _json.WriteEndObject();
        _json.WriteStartObject("properties");
        _json.WriteString("category", descriptor.Category);
        _json.WriteStartArray("tags");
        _json.WriteStringValue(descriptor.Category);
        foreach (string item in descriptor.ChecklistItems) _json.WriteStringValue(item);
        _json.WriteEndArray();
        _json.WriteStartArray("packs");
        foreach (string pack in rules.PacksOf(descriptor.Id)) _json.WriteStringValue(pack);
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    /// <summary>The index in run.artifacts of an archive's entry (and, the first time, of the archive).</summary>
    private int EntryArtifact(string archiveUri, string entry)
    {
        if (!_archiveIndex.TryGetValue(archiveUri, out int parent))
        {
            parent = _artifacts.Count;
            _archiveIndex[archiveUri] = parent;
            _artifacts.Add((archiveUri, -1));
        }
        _artifacts.Add((EntryUri(entry), parent));
        return _artifacts.Count - 1;
    }

    /// <summary>
    /// An entry's path within its archive, as the archive names it: a relative-path reference. SARIF 2.1.0 (3.24.2)
    /// showed it with a leading "/", but 3.4.4 (errata) and the validator's SARIF1004 forbid a relative reference that
    /// begins with a slash, and the 2.2 text says an archive member is named as the archive names it.
    /// </summary>
    private static string EntryUri(string entry) => Uri.EscapeDataString(entry.TrimStart('/')).Replace("%2F", "/", StringComparison.Ordinal);

    private void WriteArtifacts()
    {
        _json.WriteStartArray("artifacts");
        foreach (var (uri, parent) in _artifacts)
        {
            _json.WriteStartObject();
            if (parent < 0)
            {
                WriteArtifactLocation(uri);
                _json.WriteString("mimeType", "application/zip");
            }
            else
            {
                // A nested artifact's location is its path within the parent, with no uriBaseId (3.4.4).
                _json.WriteStartObject("location");
                _json.WriteString("uri", uri);
                _json.WriteEndObject();
                _json.WriteNumber("parentIndex", parent);
                _json.WriteString("mimeType", "application/json");
            }
            _json.WriteStartArray("roles");
            _json.WriteStringValue("analysisTarget");
            _json.WriteEndArray();
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
    }

    private void WriteNestedLocation(int index, Location loc)
    {
        _json.WriteStartObject("physicalLocation");
        _json.WriteStartObject("artifactLocation");
        _json.WriteString("uri", _artifacts[index].Uri);
        _json.WriteNumber("index", index);
        _json.WriteEndObject();
        WriteRegion(loc);
        _json.WriteEndObject();
    }

    private void WriteArtifactLocation(string uri, string name = "location")
    {
        _json.WriteStartObject(name);
        if (Path.IsPathRooted(uri))
        {
            _json.WriteString("uri", new Uri(uri).AbsoluteUri);
        }
        else
        {
            _json.WriteString("uri", Uri.EscapeDataString(uri).Replace("%2F", "/", StringComparison.Ordinal));
            _json.WriteString("uriBaseId", "%SRCROOT%");
        }
        _json.WriteEndObject();
    }

    private void WritePhysicalLocation(string uri, Location loc)
    {
        _json.WriteStartObject("physicalLocation");
        // A file outside the repository keeps its absolute address.
        WriteArtifactLocation(uri, "artifactLocation");
        WriteRegion(loc);
        _json.WriteEndObject();
    }

    private void WriteRegion(Location loc)
    {
        _json.WriteStartObject("region");
        _json.WriteNumber("startLine", loc.StartLine);
        _json.WriteNumber("startColumn", loc.StartColumn);
        // SARIF regions are non-empty and end after they start; a zero-width span covers one column.
        int endLine = Math.Max(loc.EndLine, loc.StartLine);
        int endColumn = endLine == loc.StartLine ? Math.Max(loc.EndColumn, loc.StartColumn + 1) : Math.Max(loc.EndColumn, 1);
        _json.WriteNumber("endLine", endLine);
        _json.WriteNumber("endColumn", endColumn);
        _json.WriteEndObject();
    }
}
