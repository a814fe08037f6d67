using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using TrialLint.Diagnostics;
using TrialLint.Engine;
using TrialLint.Model;
using TrialLint.Output.Summary;
using TrialLint.Text;

namespace TrialLint.Output.Json;

/// <summary>
/// Reads a findings JSON file (<c>triallint lint -f json</c>, <see cref="JsonFindingsWriter"/>) back into the run's
/// settings and one <see cref="FileResult"/> per file: what <c>triallint merge</c> joins. A result read back has no
/// source text or syntax tree; its report holds only the title and the record's facts (<see cref="RecordFacts"/>);
/// its findings keep their rule, severity, message, location and suppression, so the JSON, SARIF and summary
/// writers write them as the run that produced them did.
/// </summary>
public static class FindingsJsonReader
{
    /// <summary>A findings JSON file read back.</summary>
    /// <param name="ToolVersion">The version of TrialLint that wrote it.</param>
    /// <param name="Settings">The run's settings.</param>
    /// <param name="Files">The files, in the order written.</param>
    /// <param name="ExitCode">The run's exit code.</param>
    public sealed record Output(string ToolVersion, RunSettings Settings, IReadOnlyList<FileResult> Files, int ExitCode);

    /// <summary>Reads <paramref name="json"/>; an <see cref="InvalidDataException"/> says what is wrong and where.</summary>
    public static Output Read(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"not JSON ({ex.Message})", ex);
        }
        using (document)
        {
            try
            {
                return Read(document.RootElement);
            }
            catch (Exception ex) when (ex is InvalidOperationException or KeyNotFoundException or FormatException or ArgumentException)
            {
                throw new InvalidDataException($"not TrialLint findings JSON as 'lint -f json' writes it: {ex.Message}", ex);
            }
        }
    }

    private static Output Read(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("runs", out _))
            throw new InvalidDataException("it is SARIF, which has no rule outcomes or record facts to rebuild the totals and the summary from; merge the findings JSON of the same runs ('lint -f json')");
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("tool", out var tool) || tool.GetProperty("name").GetString() != "TrialLint")
            throw new InvalidDataException("not TrialLint findings JSON (no \"tool\": {\"name\": \"TrialLint\"}); give the files 'triallint lint -f json' wrote");
        if (root.GetProperty("version").GetInt32() != JsonFindingsWriter.FormatVersion)
            throw new InvalidDataException($"findings JSON version {root.GetProperty("version").GetInt32()}, this TrialLint reads version {JsonFindingsWriter.FormatVersion}");
        string toolVersion = tool.GetProperty("version").GetString() ?? "";
        if (!root.TryGetProperty("run", out var run))
            throw new InvalidDataException("it has no \"run\" settings (as-of date, fail level, rule fingerprint), so it cannot be checked against the other outputs; lint again with this TrialLint");
        var settings = new RunSettings(
            run.GetProperty("asOf").GetString() ?? "",
            Enum.Parse<DiagnosticSeverity>(run.GetProperty("failLevel").GetString() ?? "", ignoreCase: true),
            run.GetProperty("maxWarnings").ValueKind == JsonValueKind.Null ? null : run.GetProperty("maxWarnings").GetInt32(),
            run.GetProperty("quiet").GetBoolean(),
            run.GetProperty("fingerprint").GetString() ?? "");
        var descriptors = new Dictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);
        var files = new List<FileResult>();
        foreach (var file in root.GetProperty("files").EnumerateArray()) files.Add(ReadFile(file, descriptors));
        int exitCode = root.GetProperty("summary").GetProperty("exitCode").GetInt32();
        return new Output(toolVersion, settings, files, exitCode);
    }

    private static FileResult ReadFile(JsonElement file, Dictionary<string, DiagnosticDescriptor> descriptors)
    {
        string path = file.GetProperty("path").GetString() ?? throw new InvalidDataException("a file without a path");
        string? title = file.TryGetProperty("title", out var t) ? t.GetString() : null;
        RegistryRecord? record = null;
        if (file.TryGetProperty("record", out var r))
        {
            record = new RecordFacts(Text(r, "id"), Text(r, "leadSponsor"), Text(r, "leadSponsorClass"), Text(r, "primaryCompletion"),
                r.GetProperty("hasResults").GetBoolean(), r.GetProperty("resultsDue").GetBoolean(), r.GetProperty("resultsOverdue").GetBoolean(), Text(r, "lastUpdated")).ToRecord();
        }
        var report = title is null && record is null ? null : new TrialReport { Title = title, Record = record };
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var f in file.GetProperty("findings").EnumerateArray())
        {
            var severity = Enum.Parse<DiagnosticSeverity>(f.GetProperty("severity").GetString() ?? "", ignoreCase: true);
            var descriptor = Descriptor(f, severity, descriptors);
            var location = new Location(path, f.GetProperty("line").GetInt32(), f.GetProperty("column").GetInt32(), f.GetProperty("endLine").GetInt32(),
                f.GetProperty("endColumn").GetInt32(), JsonPointer.Parse(f.GetProperty("pointer").GetString() ?? ""), f.GetProperty("missing").GetBoolean());
            var diagnostic = Diagnostic.Create(descriptor, location, ("message", f.GetProperty("message").GetString()));
            if (f.TryGetProperty("suppressed", out var s))
            {
                var kind = s.GetProperty("kind").GetString() switch
                {
                    "in-source" => SuppressionKind.InSource,
                    "configuration" => SuppressionKind.External,
                    "baseline" => SuppressionKind.Baseline,
                    var other => throw new FormatException($"unknown suppression kind '{other}'"),
                };
                diagnostic = diagnostic.WithSuppression(new Suppression(kind, s.GetProperty("justification").GetString() ?? ""));
            }
            diagnostics.Add(diagnostic);
        }
        var outcomes = new Dictionary<string, RuleOutcome>(StringComparer.Ordinal);
        foreach (var o in file.GetProperty("outcomes").EnumerateObject())
        {
            outcomes[o.Name] = o.Value.GetString() switch
            {
                "passed" => RuleOutcome.Passed,
                "failed" => RuleOutcome.Failed,
                "not-applicable" => RuleOutcome.NotApplicable,
                var other => throw new FormatException($"unknown rule outcome '{other}'"),
            };
        }
        var packs = file.GetProperty("packs").EnumerateArray().Select(p => p.GetString() ?? "").ToFrozenSet(StringComparer.Ordinal);
        return new FileResult(path, null, null, report, diagnostics.ToImmutable()) { Outcomes = outcomes.ToFrozenDictionary(StringComparer.Ordinal), SelectedPacks = packs };
    }

    /// <summary>The descriptor of a finding as written (one per rule, title and severity), its message taken as written.</summary>
    private static DiagnosticDescriptor Descriptor(JsonElement finding, DiagnosticSeverity severity, Dictionary<string, DiagnosticDescriptor> cache)
    {
        string id = finding.GetProperty("id").GetString() ?? "";
        string title = finding.GetProperty("title").GetString() ?? "";
        string category = finding.GetProperty("category").GetString() ?? "";
        string help = finding.GetProperty("helpUri").GetString() ?? "";
        var checklist = finding.GetProperty("checklist").EnumerateArray().Select(c => c.GetString() ?? "").ToList();
        string key = string.Join('\0', [id, title, category, help, severity.ToString(), .. checklist]);
        if (!cache.TryGetValue(key, out var descriptor))
            cache[key] = descriptor = new DiagnosticDescriptor(id, title, "{message}", category, severity, title, checklist, helpLinkUri: help);
        return descriptor;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
