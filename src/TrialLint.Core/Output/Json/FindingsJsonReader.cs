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

    /// <summary>Reads <paramref name="json"/> whole; an <see cref="InvalidDataException"/> says what is wrong and where.</summary>
    public static Output Read(Stream json)
    {
        // The caller owns the stream: the reader is read to the end, not disposed.
        var reader = Open(json);
        var files = new List<FileResult>();
        while (reader.Next() is { } file) files.Add(file);
        return new Output(reader.ToolVersion, reader.Settings, files, reader.ExitCode);
    }

    /// <summary>
    /// Reads the head of <paramref name="json"/> (tool, version, run settings) and returns a reader of its files, one at
    /// a time, so a shard of the whole registry is never held whole. An <see cref="InvalidDataException"/> says what is
    /// wrong and where (here or in <see cref="Reader.Next"/>). Disposing the reader disposes the stream.
    /// </summary>
    public static Reader Open(Stream json) => new(json ?? throw new ArgumentNullException(nameof(json)));

    /// <summary>
    /// A findings JSON file read as a stream: the head when opened, then each entry of <c>files</c> with
    /// <see cref="Next"/> (parsed alone, as a <see cref="JsonDocument"/> of that entry), then the summary's exit code.
    /// Holds one file entry and a read buffer, whatever the number of files.
    /// </summary>
    public sealed class Reader : IDisposable
    {
        private readonly Stream _stream;
        private readonly Dictionary<string, DiagnosticDescriptor> _descriptors = new(StringComparer.Ordinal);
        private byte[] _buffer = new byte[1 << 16];
        private int _start;
        private int _end;
        private bool _final;
        private JsonReaderState _state = new(new JsonReaderOptions { MaxDepth = 64 });
        private long _line = 1;
        private long _tokenLine = 1;
        private long _lines = 1;
        private int? _exitCode;

        internal Reader(Stream stream)
        {
            _stream = stream;
            string? toolName = null, toolVersion = null;
            int? version = null;
            RunSettings? settings = null;
            bool files = false;
            Expect(Token(out _), JsonTokenType.StartObject, "not TrialLint findings JSON (not a JSON object); give the files 'triallint lint -f json' wrote");
            while (!files)
            {
                var token = Token(out string? name);
                if (token == JsonTokenType.EndObject) break;
                if (name == "runs")
                    throw new InvalidDataException("it is SARIF, which has no rule outcomes or record facts to rebuild the totals and the summary from; merge the findings JSON of the same runs ('lint -f json')");
                if (name == "files")
                {
                    files = true;
                    break;
                }
                Token(out _, out var value);
                using (value)
                {
                    Content(() =>
                    {
                        switch (name)
                        {
                            case "tool":
                                toolName = value!.RootElement.GetProperty("name").GetString();
                                toolVersion = value.RootElement.GetProperty("version").GetString() ?? "";
                                break;
                            case "version":
                                version = value!.RootElement.ValueKind == JsonValueKind.Number && value.RootElement.TryGetInt32(out int v) ? v : -1;
                                break;
                            case "run":
                                settings = ReadSettings(value!.RootElement);
                                break;
                        }
                    }, "its head");
                }
            }
            if (toolName != "TrialLint")
                throw new InvalidDataException("not TrialLint findings JSON (no \"tool\": {\"name\": \"TrialLint\"} before its files); give the files 'triallint lint -f json' wrote");
            if (version != JsonFindingsWriter.FormatVersion)
                throw new InvalidDataException($"findings JSON version {version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"}, this TrialLint reads version {JsonFindingsWriter.FormatVersion}");
            if (settings is null)
                throw new InvalidDataException("it has no \"run\" settings (as-of date, fail level, rule fingerprint) before its files, so it cannot be checked against the other outputs; lint again with this TrialLint");
            if (!files)
                throw new InvalidDataException("it has no \"files\" list");
            Expect(Token(out _), JsonTokenType.StartArray, "its \"files\" is not a list");
            ToolVersion = toolVersion ?? "";
            Settings = settings;
        }

        /// <summary>The version of TrialLint that wrote the file.</summary>
        public string ToolVersion { get; }

        /// <summary>The run's settings.</summary>
        public RunSettings Settings { get; }

        /// <summary>How many files have been read.</summary>
        public int Count { get; private set; }

        /// <summary>The run's exit code, read from the summary once <see cref="Next"/> has returned null.</summary>
        public int ExitCode => _exitCode ?? throw new InvalidOperationException("the files have not all been read");

        /// <summary>The next file in the order written, or null after the last (the summary is then read).</summary>
        public FileResult? Next()
        {
            if (_exitCode is not null) return null;
            var token = Token(out _, out var value);
            long line = _tokenLine;
            if (token == JsonTokenType.EndArray)
            {
                ReadSummary();
                return null;
            }
            using (value)
            {
                if (token != JsonTokenType.StartObject) throw new InvalidDataException($"line {line}: an entry of \"files\" is not an object");
                Count++;
                return Content(() => ReadFile(value!.RootElement, _descriptors), $"file {Count} of its \"files\" (line {line})");
            }
        }

        private void ReadSummary()
        {
            while (true)
            {
                var token = Token(out string? name);
                if (token == JsonTokenType.EndObject) break;
                Token(out _, out var value);
                using (value)
                {
                    if (name == "summary") _exitCode = Content(() => value!.RootElement.GetProperty("exitCode").GetInt32(), "its \"summary\"");
                }
            }
            if (_exitCode is null) throw new InvalidDataException("it has no \"summary\" after its files");
        }

        private static RunSettings ReadSettings(JsonElement run) => new(
            run.GetProperty("asOf").GetString() ?? "",
            Enum.Parse<DiagnosticSeverity>(run.GetProperty("failLevel").GetString() ?? "", ignoreCase: true),
            run.GetProperty("maxWarnings").ValueKind == JsonValueKind.Null ? null : run.GetProperty("maxWarnings").GetInt32(),
            run.GetProperty("quiet").GetBoolean(),
            run.GetProperty("fingerprint").GetString() ?? "");

        /// <summary>Reads what <paramref name="where"/> holds, a missing or mistyped field said in words.</summary>
        private static T Content<T>(Func<T> read, string where)
        {
            try
            {
                return read();
            }
            catch (Exception ex) when (ex is InvalidOperationException or KeyNotFoundException or FormatException or ArgumentException)
            {
                throw new InvalidDataException($"not TrialLint findings JSON as 'lint -f json' writes it: {where}: {ex.Message}", ex);
            }
        }

        private static void Content(Action read, string where) => Content(() => { read(); return 0; }, where);

        private static void Expect(JsonTokenType token, JsonTokenType expected, string message)
        {
            if (token != expected) throw new InvalidDataException(message);
        }

        /// <summary>The next token alone (a property's name in <paramref name="name"/>; the start of an object or list, not the whole of it).</summary>
        private JsonTokenType Token(out string? name) => Token(out name, out _, whole: false);

        /// <summary>
        /// The next token: a property's name (in <paramref name="name"/>), the end of an object or a list, or a value,
        /// read whole into <paramref name="value"/>. Reads more of the stream until the token or value is complete.
        /// </summary>
        private JsonTokenType Token(out string? name, out JsonDocument? value) => Token(out name, out value, whole: true);

        private JsonTokenType Token(out string? name, out JsonDocument? value, bool whole)
        {
            while (true)
            {
                var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
                name = null;
                value = null;
                bool complete;
                try
                {
                    complete = reader.Read();
                    if (complete && whole && reader.TokenType is not (JsonTokenType.PropertyName or JsonTokenType.EndObject or JsonTokenType.EndArray))
                        complete = JsonDocument.TryParseValue(ref reader, out value);
                    if (complete && reader.TokenType == JsonTokenType.PropertyName) name = reader.GetString();
                }
                catch (JsonException ex)
                {
                    throw Broken(ex);
                }
                if (complete)
                {
                    _tokenLine = _line + _buffer.AsSpan(_start, (int)reader.TokenStartIndex).Count((byte)'\n');
                    Advance((int)reader.BytesConsumed);
                    _state = reader.CurrentState;
                    return value is null ? reader.TokenType : value.RootElement.ValueKind switch
                    {
                        JsonValueKind.Object => JsonTokenType.StartObject,
                        JsonValueKind.Array => JsonTokenType.StartArray,
                        JsonValueKind.String => JsonTokenType.String,
                        JsonValueKind.Number => JsonTokenType.Number,
                        JsonValueKind.True => JsonTokenType.True,
                        JsonValueKind.False => JsonTokenType.False,
                        _ => JsonTokenType.Null,
                    };
                }
                if (_final) throw Truncated();
                Fill();
            }
        }

        /// <summary>A syntax error: where it is, and whether the file only stops short (a shard run cut off, a copy incomplete).</summary>
        private InvalidDataException Broken(JsonException ex)
        {
            if (_final)
            {
                // The same bytes read as not yet complete: no error means the JSON is only cut short.
                var again = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), isFinalBlock: false, _state);
                try
                {
                    while (again.Read()) { }
                    return Truncated();
                }
                catch (JsonException)
                {
                    // A real syntax error: said below.
                }
            }
            long line = (ex.LineNumber ?? 0) + 1;
            return new InvalidDataException($"not JSON at line {line}, column {(ex.BytePositionInLine ?? 0) + 1} ({ex.Message.Split(" LineNumber:")[0].Split(" Path:")[0].TrimEnd()})", ex);
        }

        private InvalidDataException Truncated() =>
            new($"not JSON: it stops at line {_lines} before its findings JSON ends (was the lint run that wrote it stopped, or the copy cut short?); lint that shard again");

        private void Advance(int consumed)
        {
            _line += _buffer.AsSpan(_start, consumed).Count((byte)'\n');
            _start += consumed;
        }

        private void Fill()
        {
            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }
            // A file entry larger than the buffer (a record with many findings) grows it.
            if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
            int read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            _lines += _buffer.AsSpan(_end, read).Count((byte)'\n');
            _end += read;
            if (read == 0) _final = true;
        }

        /// <inheritdoc/>
        public void Dispose() => _stream.Dispose();
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
        // Where an archive entry or NDJSON line is in its file, and the studies it holds: written since merge
        // restores run order and finds one study in two shards; older outputs have neither (files then go by path).
        string? archive = Text(file, "archive");
        long ordinal = file.TryGetProperty(archive is null ? "line" : "entryIndex", out var place) ? place.GetInt64() : 0;
        var studies = ImmutableArray<StudyId>.Empty;
        if (file.TryGetProperty("studies", out var listed))
        {
            studies = [.. listed.EnumerateArray().Select(study => new StudyId(study.GetProperty("id").GetString() ?? "",
                new Location(path, study.GetProperty("line").GetInt32(), study.GetProperty("column").GetInt32(), study.GetProperty("endLine").GetInt32(),
                    study.GetProperty("endColumn").GetInt32(), JsonPointer.Parse(study.GetProperty("pointer").GetString() ?? ""),
                    study.TryGetProperty("missing", out var m) && m.GetBoolean()),
                Text(study, "within") ?? ""))];
        }
        return new FileResult(path, null, null, report, diagnostics.ToImmutable())
        {
            Outcomes = outcomes.ToFrozenDictionary(StringComparer.Ordinal),
            SelectedPacks = packs,
            Archive = archive,
            Entry = archive is null ? null : Text(file, "entry"),
            Ordinal = ordinal,
            Studies = studies,
        };
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
