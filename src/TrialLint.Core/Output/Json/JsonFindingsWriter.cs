using System.Text.Encodings.Web;
using System.Text.Json;
using TrialLint.Diagnostics;
using TrialLint.Engine;

namespace TrialLint.Output.Json;

/// <summary>
/// Writes TrialLint's own JSON findings format (documented in docs/output-formats.md, schema in
/// <c>schemas/findings.schema.json</c>, version 1): per file its packs, findings and the outcome of every rule
/// that ran, then the run's totals. Streams one file at a time.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The caller owns the stream; End flushes the Utf8JsonWriter, which holds no unmanaged resource.")]
public sealed class JsonFindingsWriter : FindingsWriter
{
    /// <summary>The version of the findings format.</summary>
    public const int FormatVersion = 1;

    private readonly Utf8JsonWriter _json;

    /// <summary>Creates a writer on <paramref name="stream"/> (left open).</summary>
    public JsonFindingsWriter(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <inheritdoc/>
    public override void Begin(RunContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _json.WriteStartObject();
        _json.WriteString("$schema", Schema.PublishedSchemas.Findings.Id);
        _json.WriteNumber("version", FormatVersion);
        _json.WriteStartObject("tool");
        _json.WriteString("name", "TrialLint");
        _json.WriteString("version", RunContext.ToolVersion);
        _json.WriteEndObject();
        if (context.Settings is { } settings)
        {
            _json.WriteStartObject("run");
            _json.WriteString("asOf", settings.AsOf);
            _json.WriteString("failLevel", settings.FailLevel.ToString().ToLowerInvariant());
            if (settings.MaxWarnings is int max) _json.WriteNumber("maxWarnings", max);
            else _json.WriteNull("maxWarnings");
            _json.WriteBoolean("quiet", settings.Quiet);
            _json.WriteString("fingerprint", settings.Fingerprint);
            _json.WriteEndObject();
        }
        _json.WriteStartArray("files");
    }

    /// <inheritdoc/>
    public override void Add(FileResult file)
    {
        ArgumentNullException.ThrowIfNull(file);
        _json.WriteStartObject();
        _json.WriteString("path", file.Path);
        // Where an archive entry or NDJSON line is in its file: what 'triallint merge' puts shards back in run order by.
        if (file.Archive is { } archive)
        {
            _json.WriteString("archive", archive);
            _json.WriteString("entry", file.Entry);
            _json.WriteNumber("entryIndex", file.Ordinal);
        }
        else if (file.Ordinal > 0)
        {
            _json.WriteNumber("line", file.Ordinal);
        }
        if (file.Title is { } title) _json.WriteString("title", title);
        if (Summary.RecordFacts.Of(file.Record) is { } facts) WriteRecord(facts);
        _json.WriteStartArray("packs");
        foreach (string pack in file.SelectedPacks.Order(StringComparer.Ordinal)) _json.WriteStringValue(pack);
        _json.WriteEndArray();
        _json.WriteStartArray("findings");
        foreach (var d in file.Diagnostics)
        {
            var loc = d.Location;
            _json.WriteStartObject();
            _json.WriteString("id", d.Id);
            _json.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
            _json.WriteString("category", d.Descriptor.Category);
            _json.WriteString("title", d.Descriptor.Title);
            _json.WriteString("message", d.Message);
            _json.WriteNumber("line", loc.StartLine);
            _json.WriteNumber("column", loc.StartColumn);
            _json.WriteNumber("endLine", loc.EndLine);
            _json.WriteNumber("endColumn", loc.EndColumn);
            _json.WriteString("pointer", loc.Pointer.ToString());
            _json.WriteBoolean("missing", loc.IsMissing);
            _json.WriteStartArray("checklist");
            foreach (string item in d.Descriptor.ChecklistItems) _json.WriteStringValue(item);
            _json.WriteEndArray();
            _json.WriteString("helpUri", d.Descriptor.HelpLinkUri);
            if (d.Suppression is { } suppression)
            {
                _json.WriteStartObject("suppressed");
                _json.WriteString("kind", suppression.Kind switch { Diagnostics.SuppressionKind.InSource => "in-source", Diagnostics.SuppressionKind.External => "configuration", _ => "baseline" });
                _json.WriteString("justification", suppression.Justification);
                _json.WriteEndObject();
            }
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        _json.WriteStartObject("outcomes");
        foreach (var (id, outcome) in file.Outcomes.OrderBy(o => o.Key, StringComparer.Ordinal))
            _json.WriteString(id, outcome switch { RuleOutcome.Passed => "passed", RuleOutcome.Failed => "failed", _ => "not-applicable" });
        _json.WriteEndObject();
        if (file.Studies.Length > 0) WriteStudies(file.Studies);
        _json.WriteEndObject();
        // Written out file by file, so a large run never holds the whole document in memory.
        _json.Flush();
    }

    /// <summary>The ClinicalTrials.gov studies of the file and where their ids are: what finds one study in two shards (TL0033).</summary>
    private void WriteStudies(System.Collections.Immutable.ImmutableArray<StudyId> studies)
    {
        _json.WriteStartArray("studies");
        foreach (var study in studies)
        {
            _json.WriteStartObject();
            _json.WriteString("id", study.Id);
            _json.WriteNumber("line", study.At.StartLine);
            _json.WriteNumber("column", study.At.StartColumn);
            _json.WriteNumber("endLine", study.At.EndLine);
            _json.WriteNumber("endColumn", study.At.EndColumn);
            _json.WriteString("pointer", study.At.Pointer.ToString());
            if (study.At.IsMissing) _json.WriteBoolean("missing", true);
            _json.WriteString("within", study.Within);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
    }

    /// <summary>The registry record's facts the completeness summary reads (<see cref="Summary.RecordFacts"/>).</summary>
    private void WriteRecord(Summary.RecordFacts facts)
    {
        _json.WriteStartObject("record");
        if (facts.Id is { } id) _json.WriteString("id", id);
        if (facts.LeadSponsor is { } sponsor) _json.WriteString("leadSponsor", sponsor);
        if (facts.SponsorClass is { } sponsorClass) _json.WriteString("leadSponsorClass", sponsorClass);
        if (facts.PrimaryCompletion is { } completion) _json.WriteString("primaryCompletion", completion);
        _json.WriteBoolean("hasResults", facts.HasResults);
        _json.WriteBoolean("resultsDue", facts.ResultsDue);
        _json.WriteBoolean("resultsOverdue", facts.ResultsOverdue);
        if (facts.LastUpdated is { } updated) _json.WriteString("lastUpdated", updated);
        _json.WriteEndObject();
    }

    /// <inheritdoc/>
    public override void End(RunSummary summary, int exitCode)
    {
        ArgumentNullException.ThrowIfNull(summary);
        _json.WriteEndArray();
        _json.WriteStartObject("summary");
        _json.WriteNumber("files", summary.Files);
        _json.WriteNumber("errors", summary.Errors);
        _json.WriteNumber("warnings", summary.Warnings);
        _json.WriteNumber("infos", summary.Infos);
        _json.WriteNumber("suppressed", summary.Suppressed);
        _json.WriteNumber("exitCode", exitCode);
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.Flush();
    }
}
