using TrialLint.Diagnostics;
using TrialLint.Syntax;

namespace TrialLint.Engine;

/// <summary>
/// Turns the files of a run into the records to lint. A zip archive (ClinicalTrials.gov's bulk download
/// <c>ctg-studies.json.zip</c>, one JSON file per study) is read entry by entry, never extracted to disk; an NDJSON
/// file (<c>.jsonl</c>, <c>.ndjson</c>: one study a line) line by line; every other file is linted whole, as before.
/// Entries are listed in the archive's order and read (inflated) by the threads that lint them; lines are read in
/// order. Both are bounded like files (16 MB, checked before and while inflating, so a forged size cannot make
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
            return ZipDirectory.EntryCount(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or System.Security.SecurityException)
        {
            return null;
        }
    }

    /// <summary>
    /// The entries of a zip archive, in the archive's order; folders are skipped. Each entry is read (inflated) when it
    /// is linted, by the thread that lints it (<see cref="InputRecord.Read"/>), so entries inflate in parallel; the
    /// enumeration only streams the archive's table of entries (<see cref="ZipDirectory"/>). When the table is missing
    /// (a download cut short), every complete entry before the cut is still read, and the cut is a finding.
    /// </summary>
    public static IEnumerable<InputRecord> ZipEntries(string path, Shard? shard = null, long maxBytes = SyntaxLimits.MaxFileBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ZipDirectory? zip = null;
        InputRecord? failure = null;
        try
        {
            zip = ZipDirectory.Open(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            failure = InputRecord.Failed(path, InputDiagnostics.Unreadable, arguments: ("reason", ex is FileNotFoundException or DirectoryNotFoundException ? "the file does not exist" : ex.Message));
        }
        if (zip is null)
        {
            yield return failure!;
            yield break;
        }
        try
        {
            // Each entry's place in the archive is kept, so the shards of a run can be merged back in the archive's order.
            long index = -1;
            foreach (var item in zip.Entries())
            {
                index++;
                if (item.Entry is not { } entry)
                {
                    // A problem at an entry is in the shard of that entry; one at the archive is in every shard.
                    if (item.ProblemEntry is { } cut)
                    {
                        if (shard is null || shard.Contains(InputRecord.EntryPath(path, cut)))
                            yield return InputRecord.Failed(InputRecord.EntryPath(path, cut), InputDiagnostics.ArchiveUnreadable, archive: path, entry: cut, ordinal: index,
                                arguments: [("subject", "This entry of the archive"), ("reason", item.Problem)]);
                    }
                    else yield return InputRecord.Failed(path, InputDiagnostics.ArchiveUnreadable, arguments: [("subject", "The archive"), ("reason", item.Problem)]);
                    continue;
                }
                if (entry.Name.EndsWith('/')) continue;
                string shown = InputRecord.EntryPath(path, entry.Name);
                if (shard is not null && !shard.Contains(shown)) continue;
                zip.Retain();
                yield return InputRecord.ForEntry(path, entry.Name, new PendingEntry(zip, path, entry, index, maxBytes).Read, index);
            }
        }
        finally
        {
            zip.Release();
        }
    }

    /// <summary>An entry handed out to be read by the thread that lints it; it lets go of the archive's file handle when first read.</summary>
    private sealed class PendingEntry(ZipDirectory zip, string archive, ZipEntry entry, long index, long maxBytes)
    {
        private int _released;

        public InputRecord Read()
        {
            string shown = InputRecord.EntryPath(archive, entry.Name);
            InputRecord Failed(DiagnosticDescriptor descriptor, params (string, object?)[] arguments) =>
                InputRecord.Failed(shown, descriptor, archive: archive, entry: entry.Name, ordinal: index, arguments: arguments);
            try
            {
                var read = zip.Read(entry, maxBytes);
                if (read.TooLarge) return Failed(InputDiagnostics.TooLarge, ("reason", $"the entry is larger than {Size(maxBytes)}, the most TrialLint reads"));
                if (read.Damage is { } damage) return Failed(InputDiagnostics.ArchiveUnreadable, ("subject", "This entry of the archive"), ("reason", damage));
                return InputRecord.ForEntry(archive, entry.Name, read.Bytes!, index);
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException or UnauthorizedAccessException)
            {
                return Failed(InputDiagnostics.Unreadable, ("reason", ex.Message));
            }
            finally
            {
                if (Interlocked.Exchange(ref _released, 1) == 0) zip.Release();
            }
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
