using System.IO.Compression;
using TrialLint.Diagnostics;
using TrialLint.Syntax;

namespace TrialLint.Engine;

/// <summary>
/// Turns the files of a run into the records to lint. A zip archive (ClinicalTrials.gov's bulk download
/// <c>ctg-studies.json.zip</c>, one JSON file per study) is read entry by entry, never extracted to disk; an NDJSON
/// file (<c>.jsonl</c>, <c>.ndjson</c>: one study a line) line by line; every other file is linted whole, as before.
/// Entries and lines are read in order and bounded like files (16 MB, read in chunks, so a forged size cannot make
/// TrialLint inflate more), and only the records in flight are held. With a <see cref="Shard"/>, only the entries and
/// lines of that shard are read; a plain file's shard was decided when the files were listed.
/// </summary>
public static class InputSources
{
    /// <summary>The name endings of files that hold many records: zip archives and NDJSON.</summary>
    public static IReadOnlyList<string> ContainerSuffixes { get; } = [".zip", ".jsonl", ".ndjson"];

    /// <summary>Whether <paramref name="path"/> names a file of many records (an archive or NDJSON), read record by record.</summary>
    public static bool IsContainer(string path) => ContainerSuffixes.Any(s => path.EndsWith(s, StringComparison.OrdinalIgnoreCase));

    /// <summary>The records of <paramref name="files"/>, in order: archives by entry, NDJSON by line, other files whole.</summary>
    public static IEnumerable<InputRecord> Expand(IEnumerable<string> files, Shard? shard = null, long maxBytes = SyntaxLimits.MaxFileBytes)
    {
        ArgumentNullException.ThrowIfNull(files);
        foreach (string file in files)
        {
            IEnumerable<InputRecord> records =
                file.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? ZipEntries(file, shard, maxBytes)
                : IsContainer(file) ? NdjsonLines(file, shard, maxBytes)
                : [InputRecord.ForFile(file)];
            foreach (var record in records) yield return record;
        }
    }

    /// <summary>
    /// About how many records <paramref name="files"/> hold in <paramref name="shard"/>, for a progress display: an
    /// archive's count of entries is read from its end record (folders included, a shard's share estimated), without
    /// reading its table of entries a second time; null when an NDJSON file makes it unknown without reading it all.
    /// </summary>
    public static long? CountRecords(IEnumerable<string> files, Shard? shard = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        long count = 0;
        foreach (string file in files)
        {
            if (!file.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                if (IsContainer(file)) return null;
                count++;
                continue;
            }
            count += ZipEntryCount(file) is long entries ? (shard is null ? entries : (entries + shard.Count - 1) / shard.Count) : 1;
        }
        return count;
    }

    /// <summary>The number of entries a zip archive's end record states (the ZIP64 one when the count needs it), or null.</summary>
    public static long? ZipEntryCount(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            int tail = (int)Math.Min(stream.Length, 22 + 0xFFFF + 20);
            var buffer = new byte[tail];
            stream.Seek(-tail, SeekOrigin.End);
            stream.ReadExactly(buffer);
            for (int i = tail - 22; i >= 0; i--)
            {
                if (BitConverter.ToUInt32(buffer, i) != 0x06054b50) continue;
                long entries = BitConverter.ToUInt16(buffer, i + 10);
                if (entries != 0xFFFF || i < 20 || BitConverter.ToUInt32(buffer, i - 20) != 0x07064b50) return entries;
                // ZIP64: the locator before the end record gives where the ZIP64 end record is; its count is at +32.
                long zip64 = BitConverter.ToInt64(buffer, i - 20 + 8);
                var record = new byte[40];
                stream.Seek(zip64, SeekOrigin.Begin);
                stream.ReadExactly(record);
                return BitConverter.ToUInt32(record, 0) == 0x06064b50 ? BitConverter.ToInt64(record, 32) : null;
            }
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The entries of a zip archive, in the archive's order; folders are skipped.</summary>
    public static IEnumerable<InputRecord> ZipEntries(string path, Shard? shard = null, long maxBytes = SyntaxLimits.MaxFileBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        var archive = OpenArchive(path, out var failure);
        if (archive is null)
        {
            yield return failure!;
            yield break;
        }
        using (archive)
        {
            // Each entry's place in the archive is kept, so the shards of a run can be merged back in the archive's order.
            long index = -1;
            foreach (var entry in archive.Entries)
            {
                index++;
                if (entry.FullName.EndsWith('/')) continue;
                string shown = InputRecord.EntryPath(path, entry.FullName);
                if (shard is not null && !shard.Contains(shown)) continue;
                yield return ReadEntry(path, entry, index, maxBytes);
            }
        }
    }

    private static ZipArchive? OpenArchive(string path, out InputRecord? failure)
    {
        failure = null;
        FileStream? stream = null;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
            return new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (Exception ex) when (ex is InvalidDataException or NotSupportedException)
        {
            stream?.Dispose();
            failure = InputRecord.Failed(path, InputDiagnostics.ArchiveUnreadable, arguments: [("subject", "The archive"), ("reason", $"it is damaged or was cut short ({ex.Message.TrimEnd('.')}); download it again")]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            stream?.Dispose();
            failure = InputRecord.Failed(path, InputDiagnostics.Unreadable, arguments: ("reason", ex is FileNotFoundException or DirectoryNotFoundException ? "the file does not exist" : ex.Message));
        }
        return null;
    }

    private static InputRecord ReadEntry(string archive, ZipArchiveEntry entry, long index, long maxBytes)
    {
        string shown = InputRecord.EntryPath(archive, entry.FullName);
        InputRecord Failed(DiagnosticDescriptor descriptor, params (string, object?)[] arguments) =>
            InputRecord.Failed(shown, descriptor, archive: archive, entry: entry.FullName, ordinal: index, arguments: arguments);
        string tooLarge = $"the entry is larger than {Size(maxBytes)}, the most TrialLint reads";
        // The size the archive states is checked first (nothing inflated), then every chunk read: a forged size
        // cannot make TrialLint inflate more than the limit.
        if (entry.Length > maxBytes) return Failed(InputDiagnostics.TooLarge, ("reason", tooLarge));
        try
        {
            using var stream = entry.Open();
            var buffer = new MemoryStream((int)Math.Min(Math.Max(entry.Length, 0), maxBytes));
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > maxBytes) return Failed(InputDiagnostics.TooLarge, ("reason", tooLarge));
                buffer.Write(chunk, 0, read);
            }
            return InputRecord.ForEntry(archive, entry.FullName, buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray(), index);
        }
        catch (Exception ex) when (ex is InvalidDataException or NotSupportedException or IOException)
        {
            return Failed(InputDiagnostics.ArchiveUnreadable, ("subject", "This entry of the archive"), ("reason", $"its data is damaged ({ex.Message.TrimEnd('.')})"));
        }
    }

    /// <summary>The non-blank lines of an NDJSON file, each with its line number.</summary>
    public static IEnumerable<InputRecord> NdjsonLines(string path, Shard? shard = null, long maxBytes = SyntaxLimits.MaxFileBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        FileStream? stream = null;
        InputRecord? failure = null;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            failure = InputRecord.Failed(path, InputDiagnostics.Unreadable, arguments: ("reason", ex is FileNotFoundException or DirectoryNotFoundException ? "the file does not exist" : ex.Message));
        }
        if (failure is not null)
        {
            yield return failure;
            yield break;
        }
        using (stream)
        {
            var line = new MemoryStream();
            var chunk = new byte[1 << 16];
            int number = 1;
            bool tooLarge = false;
            int read;
            while (true)
            {
                read = ReadChunk(stream!, chunk, out var readFailure);
                if (readFailure is not null)
                {
                    yield return InputRecord.Failed(path, InputDiagnostics.Unreadable, number, ordinal: number, arguments: ("reason", readFailure));
                    yield break;
                }
                if (read == 0) break;
                int start = 0;
                for (int i = 0; i < read; i++)
                {
                    if (chunk[i] != (byte)'\n') continue;
                    if (!tooLarge) line.Write(chunk, start, i - start);
                    if (Finish(path, number, line, tooLarge, shard, maxBytes) is { } record) yield return record;
                    line.SetLength(0);
                    tooLarge = false;
                    number++;
                    start = i + 1;
                }
                if (!tooLarge)
                {
                    line.Write(chunk, start, read - start);
                    if (line.Length > maxBytes)
                    {
                        // Past the limit the rest of the line is skipped, not held.
                        tooLarge = true;
                        line.SetLength(0);
                    }
                }
            }
            if (Finish(path, number, line, tooLarge, shard, maxBytes) is { } last) yield return last;
        }
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes / 1024} kB";

    private static int ReadChunk(Stream stream, byte[] chunk, out string? failure)
    {
        failure = null;
        try
        {
            return stream.Read(chunk, 0, chunk.Length);
        }
        catch (IOException ex)
        {
            failure = ex.Message;
            return 0;
        }
    }

    private static InputRecord? Finish(string path, int number, MemoryStream line, bool tooLarge, Shard? shard, long maxBytes)
    {
        if (shard is not null && !shard.Contains($"{path}:{number}")) return null;
        if (tooLarge || line.Length > maxBytes)
            return InputRecord.Failed(path, InputDiagnostics.TooLarge, number, ordinal: number, arguments: ("reason", $"line {number} is longer than {Size(maxBytes)}, the most TrialLint reads of one record"));
        var bytes = line.GetBuffer().AsSpan(0, (int)line.Length);
        // Blank lines (and a final newline) hold no record.
        if (bytes.Trim("\r\t "u8).IsEmpty) return null;
        return InputRecord.ForLine(path, number, bytes.ToArray());
    }
}
