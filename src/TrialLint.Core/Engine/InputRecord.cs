using System.Collections.Immutable;
using TrialLint.Diagnostics;

namespace TrialLint.Engine;

/// <summary>
/// One thing to lint, as <see cref="InputSources"/> finds it: a file or an entry of a zip archive (read when it is
/// linted, in parallel: <see cref="Read"/>), a line of an NDJSON file (read in order by the enumeration), each bounded
/// like a file, or a finding in place of an input that could not be read. Only the records in flight hold their bytes.
/// </summary>
public sealed class InputRecord
{
    private InputRecord(string path) => Path = path;

    /// <summary>The path shown in findings: the file, <c>archive.zip/entry.json</c>, or the NDJSON file.</summary>
    public string Path { get; }

    /// <summary>The archive's path when the record is an entry of one.</summary>
    public string? Archive { get; private init; }

    /// <summary>The entry's name within <see cref="Archive"/>.</summary>
    public string? Entry { get; private init; }

    /// <summary>The line of the file the record starts on (an NDJSON line); 1 for a whole file or entry.</summary>
    public int FirstLine { get; private init; } = 1;

    /// <summary>The entry's place in the archive's order of entries (from 0), or the line of an NDJSON file; 0 for a file of its own.</summary>
    public long Ordinal { get; private init; }

    /// <summary>The bytes, read already; null for a file or an archive entry read when linted.</summary>
    public byte[]? Bytes { get; private init; }

    /// <summary>Reads an archive entry when it is linted: the record with its bytes, or the finding why they cannot be read.</summary>
    private Func<InputRecord>? _read;

    /// <summary>The finding reported instead of linting, when the record could not be read.</summary>
    public Diagnostic? Failure { get; private init; }

    /// <summary>A file of its own, read when it is linted.</summary>
    public static InputRecord ForFile(string path) => new(path ?? throw new ArgumentNullException(nameof(path)));

    /// <summary>An entry of <paramref name="archive"/>, read.</summary>
    public static InputRecord ForEntry(string archive, string entry, byte[] bytes, long index = 0) =>
        new(EntryPath(archive, entry)) { Archive = archive, Entry = entry, Bytes = bytes, Ordinal = index };

    /// <summary>An entry of <paramref name="archive"/> to be read when it is linted, by <paramref name="read"/> (<see cref="Read"/>).</summary>
    public static InputRecord ForEntry(string archive, string entry, Func<InputRecord> read, long index = 0) =>
        new(EntryPath(archive, entry)) { Archive = archive, Entry = entry, Ordinal = index, _read = read ?? throw new ArgumentNullException(nameof(read)) };

    /// <summary>
    /// The record ready to lint: an archive entry not read yet is read now, on the calling thread (its bytes, or a
    /// finding at it); every other record is itself. An entry is read once: its archive's file handle may be closed
    /// after that.
    /// </summary>
    public InputRecord Read() => _read is null ? this : _read();

    /// <summary>One line of an NDJSON file, read.</summary>
    public static InputRecord ForLine(string path, int line, byte[] bytes) => new(path) { FirstLine = line, Bytes = bytes, Ordinal = line };

    /// <summary>A finding about a file, an archive, an entry or a line in place of linting it (<paramref name="ordinal"/>: see <see cref="Ordinal"/>).</summary>
    public static InputRecord Failed(string path, DiagnosticDescriptor descriptor, int line = 1, string? archive = null, string? entry = null, long ordinal = 0, params (string Name, object? Value)[] arguments)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var location = new Location(path, line, 1, line, 1, Text.JsonPointer.Root);
        return new InputRecord(path) { Archive = archive, Entry = entry, FirstLine = line, Ordinal = ordinal, Failure = Diagnostic.Create(descriptor, location, arguments) };
    }

    /// <summary>The path shown for an entry: the archive's path and the entry's name joined by '/'.</summary>
    public static string EntryPath(string archive, string entry) => archive + "/" + entry.TrimStart('/');

    /// <summary>
    /// The result of linting this record as the user sees it: tied to its archive, and for a line of an NDJSON file
    /// placed on that line (its findings and its studies' ids). A one-line record's excerpt would be the whole record,
    /// so it keeps no source text.
    /// </summary>
    internal FileResult Place(FileResult result)
    {
        if (Bytes is not null && Archive is null)
        {
            int shift = FirstLine - 1;
            Location Move(Location at) => at with { StartLine = at.StartLine + shift, EndLine = at.EndLine + shift };
            var moved = shift == 0 ? result.Diagnostics : result.Diagnostics.Select(d => d.WithLocation(Move(d.Location))).ToImmutableArray();
            var studies = shift == 0 ? result.Studies : result.Studies.Select(s => s with { At = Move(s.At) }).ToImmutableArray();
            return result.Copy(null, moved, ordinal: Ordinal, studies: studies);
        }
        return Archive is null && Ordinal == 0 ? result : result.Copy(result.Source, result.Diagnostics, archive: Archive, entry: Entry, ordinal: Ordinal);
    }
}
