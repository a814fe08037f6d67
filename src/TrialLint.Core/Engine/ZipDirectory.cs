using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace TrialLint.Engine;

/// <summary>One entry of a zip archive, as its central directory (or, in a scan, its local header) states it.</summary>
/// <param name="Name">The entry's name within the archive.</param>
/// <param name="Offset">Where its local header starts in the file.</param>
/// <param name="CompressedSize">The size of its data as stored.</param>
/// <param name="Size">Its size once inflated.</param>
/// <param name="Method">The compression method: 0 stored, 8 deflated; others are not read.</param>
/// <param name="Flags">The general purpose flags: bit 0 encrypted, bit 3 sizes in a data descriptor.</param>
/// <param name="Crc">The CRC-32 of its inflated bytes.</param>
internal readonly record struct ZipEntry(string Name, long Offset, long CompressedSize, long Size, int Method, int Flags, uint Crc);

/// <summary>
/// What the reading of an archive gives, in the archive's order: an entry to read later, or a problem, either at an
/// entry (<see cref="Entry"/> set) or at the archive (<see cref="Entry"/> null).
/// </summary>
internal readonly record struct ZipItem(ZipEntry? Entry, string? Problem, string? ProblemEntry = null);

/// <summary>The bytes of an entry, or why it cannot be read: too large, or damaged (the reason).</summary>
internal readonly record struct ZipRead(byte[]? Bytes, bool TooLarge, string? Damage);

/// <summary>
/// A zip archive read by hand (PKWARE APPNOTE 6.3), so that the bulk download's ~598,000 entries can be inflated in
/// parallel and a download cut short loses nothing before the cut.
/// <list type="bullet">
/// <item>The end record (and the ZIP64 end record and locator, which hold the counts and offsets past 65,535 entries
/// or 4 GB) gives where the central directory is; it is read <b>entry by entry</b> (<see cref="Entries"/>), never
/// whole, so only the entries in flight are in memory.</item>
/// <item>Each entry's data is read later by whichever thread lints it (<see cref="Read"/>): positional reads
/// (<see cref="RandomAccess"/>) on the one file handle of the run are thread-safe, and .NET's
/// <see cref="DeflateStream"/> inflates. <see cref="System.IO.Compression.ZipArchive"/> could not do this: it
/// reads one entry at a time through one stream.</item>
/// <item>When the end record or the central directory is missing or damaged (a download cut short), the local
/// headers are scanned from the start of the file: every complete entry is read, and the entry the file ends
/// inside is a problem at that entry. An entry written with a data descriptor (flag bit 3: its sizes are 0 in its
/// local header, as a writer on a non-seekable stream leaves them) ends where a descriptor signature is followed by
/// the CRC and a compressed size equal to the distance from the data's start: this finds the end without
/// inflating (also for stored entries, which inflating could not end), and a false match would need the 4-byte
/// signature and the exact distance by chance. SharpZipLib's ZipInputStream reads local headers in order too, but
/// inflates on the scanning thread with its own inflater: the scan here only finds where entries are, and the
/// reading stays the same, parallel one in both cases.</item>
/// </list>
/// The file handle is shared by the enumeration and every entry handed out: each holder <see cref="Retain"/>s it and
/// <see cref="Release"/>s it once, and it is closed when the last one lets go (entries still being linted when the
/// enumeration ends keep it open). Not read: encrypted entries, methods other than stored and deflated, archives
/// split over several disks, and data descriptors without their (optional, but always written) signature.
/// </summary>
internal sealed class ZipDirectory
{
    private const uint LocalHeaderSignature = 0x04034b50;
    private const uint CentralHeaderSignature = 0x02014b50;
    private const uint EndSignature = 0x06054b50;
    private const uint Zip64EndSignature = 0x06064b50;
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const uint DescriptorSignature = 0x08074b50;
    private const string CutShort = "it was cut short; download it again";

    private readonly SafeFileHandle _handle;
    private int _holders = 1;
    private byte[]? _scanBuffer;

    private ZipDirectory(SafeFileHandle handle)
    {
        _handle = handle;
        Length = RandomAccess.GetLength(handle);
    }

    /// <summary>The length of the file.</summary>
    public long Length { get; }

    /// <summary>Opens an archive for reading; the caller holds it once (<see cref="Release"/> when done).</summary>
    public static ZipDirectory Open(string path) =>
        new(File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess));

    /// <summary>One more holder of the file handle: an entry handed out to be read later.</summary>
    public void Retain() => Interlocked.Increment(ref _holders);

    /// <summary>A holder lets go of the file handle; the last one closes it.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref _holders) == 0) _handle.Dispose();
    }

    /// <summary>The number of entries the end record states (the ZIP64 one when present), folders included, or null without one.</summary>
    public static long? EntryCount(string path)
    {
        var zip = Open(path);
        try
        {
            return zip.ReadEnd() is { } end ? end.Entries : null;
        }
        finally
        {
            zip.Release();
        }
    }

    /// <summary>Where the central directory is and how many entries it holds, from the end records.</summary>
    private readonly record struct EndRecord(long Entries, long Offset, long Size);

    /// <summary>
    /// The end record, found from the end of the file (after it only its comment, whose length it states), with the
    /// ZIP64 end record when a locator precedes it; null when there is none, or its directory is not inside the file.
    /// </summary>
    private EndRecord? ReadEnd()
    {
        int tail = (int)Math.Min(Length, 22 + 0xFFFF + 20);
        if (tail < 22) return null;
        var buffer = new byte[tail];
        if (ReadFully(buffer, Length - tail) < tail) return null;
        for (int i = tail - 22; i >= 0; i--)
        {
            if (U32(buffer, i) != EndSignature || i + 22 + U16(buffer, i + 20) != tail) continue;
            long position = Length - tail + i;
            var end = new EndRecord(U16(buffer, i + 10), U32(buffer, i + 16), U32(buffer, i + 12));
            if (i >= 20 && U32(buffer, i - 20) == Zip64LocatorSignature)
            {
                // The locator gives where the ZIP64 end record is: entries at +32, directory size at +40, offset at +48.
                long at = (long)BinaryPrimitives.ReadUInt64LittleEndian(buffer.AsSpan(i - 20 + 8));
                var record = new byte[56];
                if (at < 0 || at > position - 56 || ReadFully(record, at) < 56 || U32(record, 0) != Zip64EndSignature) return null;
                end = new EndRecord(I64(record, 32), I64(record, 48), I64(record, 40));
                position = at;
            }
            return end.Offset >= 0 && end.Size >= 0 && end.Entries >= 0 && end.Offset + end.Size <= position ? end : null;
        }
        return null;
    }

    /// <summary>
    /// The entries in the archive's order, from the central directory, streamed; when it is missing or damaged,
    /// from a scan of the local headers, ending with a problem at the archive or at the entry the file ends inside.
    /// </summary>
    public IEnumerable<ZipItem> Entries()
    {
        if (ReadEnd() is not { } end)
        {
            foreach (var item in Scan(-1, 0)) yield return item;
            yield break;
        }
        var reader = new SequentialReader(this, end.Offset, end.Offset + end.Size);
        long read = 0;
        long lastOffset = -1;
        while (read < end.Entries)
        {
            if (!TryReadCentralHeader(reader, out var entry))
            {
                // The directory is damaged after `read` entries: the rest are found by their local headers.
                yield return new ZipItem(null, $"its table of entries is damaged after {read} entries; the entries after them are read from their own headers");
                foreach (var item in Scan(lastOffset, read)) yield return item;
                yield break;
            }
            read++;
            lastOffset = Math.Max(lastOffset, entry.Offset);
            yield return new ZipItem(entry, null);
        }
    }

    private static bool TryReadCentralHeader(SequentialReader reader, out ZipEntry entry)
    {
        entry = default;
        var header = reader.Take(46);
        if (header.Length < 46 || U32(header, 0) != CentralHeaderSignature) return false;
        int flags = U16(header, 8), method = U16(header, 10), nameLength = U16(header, 28), extraLength = U16(header, 30), commentLength = U16(header, 32);
        uint crc = U32(header, 16);
        long compressed = U32(header, 20), size = U32(header, 24), offset = U32(header, 42);
        var rest = reader.Take(nameLength + extraLength + commentLength);
        if (rest.Length < nameLength + extraLength + commentLength) return false;
        string name = Encoding.UTF8.GetString(rest[..nameLength]);
        // The ZIP64 extra field holds, in this order, only the values whose 32-bit field is all ones.
        var zip64 = Zip64Extra(rest.Slice(nameLength, extraLength));
        int at = 0;
        if (size == uint.MaxValue && !TakeLong(zip64, ref at, out size)) return false;
        if (compressed == uint.MaxValue && !TakeLong(zip64, ref at, out compressed)) return false;
        if (offset == uint.MaxValue && !TakeLong(zip64, ref at, out offset)) return false;
        if (size < 0 || compressed < 0 || offset < 0) return false;
        entry = new ZipEntry(name, offset, compressed, size, method, flags, crc);
        return true;
    }

    /// <summary>The data of the ZIP64 extended information field (id 1) among <paramref name="extra"/>, or empty.</summary>
    private static ReadOnlySpan<byte> Zip64Extra(ReadOnlySpan<byte> extra)
    {
        while (extra.Length >= 4)
        {
            int id = U16(extra, 0), length = U16(extra, 2);
            if (4 + length > extra.Length) break;
            if (id == 1) return extra.Slice(4, length);
            extra = extra[(4 + length)..];
        }
        return [];
    }

    private static bool TakeLong(ReadOnlySpan<byte> field, ref int at, out long value)
    {
        value = 0;
        if (at + 8 > field.Length) return false;
        value = I64(field, at);
        at += 8;
        return value >= 0;
    }

    /// <summary>
    /// The entries found by their local headers from the start of the file, those at or before
    /// <paramref name="skipThrough"/> (read already from the directory) walked over; then why the scan stopped.
    /// </summary>
    private IEnumerable<ZipItem> Scan(long skipThrough, long alreadyRead)
    {
        long position = 0;
        long count = alreadyRead;
        string? last = null;
        var header = new byte[30];
        while (true)
        {
            if (position == Length)
            {
                yield return new ZipItem(null, count == 0
                    ? "it is empty, or not a zip archive; download it again"
                    : $"it ends after {count} entries{After(last)}, before its table of entries: {CutShort}");
                yield break;
            }
            int got = ReadFully(header, position);
            uint signature = got >= 4 ? U32(header, 0) : 0;
            if (got >= 4 && signature is CentralHeaderSignature or Zip64EndSignature or EndSignature)
            {
                yield return new ZipItem(null, $"its table of entries is damaged or cut short: its {count} entries were read from their own headers; download it again");
                yield break;
            }
            if (signature != LocalHeaderSignature)
            {
                yield return new ZipItem(null, position == 0 ? "it is not a zip archive (no table of entries, and no entry at its start); download it again"
                    : got < 4 ? $"it ends inside the header of the entry after {count} entries{After(last)}: {CutShort}"
                    : $"its data is damaged after {count} entries{After(last)} (no entry header at byte {position}); download it again");
                yield break;
            }
            string? name = null;
            ZipEntry entry = default;
            long next = 0;
            string? cut = null;
            if (got == 30 && TryReadName(position, header, out name, out var extra))
            {
                int flags = U16(header, 6), method = U16(header, 8);
                long data = position + 30 + U16(header, 26) + U16(header, 28);
                uint crc = U32(header, 14);
                long compressed = U32(header, 18), size = U32(header, 22);
                var zip64 = Zip64Extra(extra);
                int at = 0;
                if (size == uint.MaxValue) TakeLong(zip64, ref at, out size);
                if (compressed == uint.MaxValue) TakeLong(zip64, ref at, out compressed);
                if ((flags & 8) != 0)
                {
                    // Sizes and CRC follow the data, in a data descriptor.
                    if (FindDescriptor(data, !zip64.IsEmpty, out var descriptor, out next))
                        (crc, compressed, size) = descriptor;
                    else
                        cut = "the archive ends inside this entry";
                }
                else if (data + compressed > Length) cut = "the archive ends inside this entry";
                else next = data + compressed;
                entry = new ZipEntry(name, position, compressed, size, method, flags, crc);
            }
            else
            {
                yield return new ZipItem(null, $"it ends inside the header of the entry after {count} entries{After(last)}: {CutShort}");
                yield break;
            }
            if (cut is not null)
            {
                yield return new ZipItem(null, $"{cut}: {CutShort}", name);
                yield break;
            }
            if (position > skipThrough)
            {
                count++;
                yield return new ZipItem(entry, null);
            }
            last = name;
            position = next;
        }
    }

    private static string After(string? name) => name is null ? "" : $" (the last {name})";

    /// <summary>The name and extra field of the local header at <paramref name="position"/>; false when the file ends inside them.</summary>
    private bool TryReadName(long position, byte[] header, out string name, out byte[] extra)
    {
        int nameLength = U16(header, 26), extraLength = U16(header, 28);
        var rest = new byte[nameLength + extraLength];
        name = "";
        extra = [];
        if (ReadFully(rest, position + 30) < rest.Length) return false;
        name = Encoding.UTF8.GetString(rest, 0, nameLength);
        extra = rest[nameLength..];
        return true;
    }

    /// <summary>
    /// The data descriptor after data starting at <paramref name="data"/>: the first descriptor signature followed by a
    /// compressed size equal to its distance from <paramref name="data"/> (8-byte sizes for a ZIP64 entry).
    /// </summary>
    private bool FindDescriptor(long data, bool zip64, out (uint Crc, long Compressed, long Size) descriptor, out long next)
    {
        descriptor = default;
        next = 0;
        int length = zip64 ? 24 : 16;
        var buffer = _scanBuffer ??= new byte[1 << 16];
        // A first window of 16 kB holds most records' data (about 4 kB deflated); larger ones are read 64 kB at a time.
        int window = 1 << 14;
        for (long start = data; start < Length; start += window - (length - 1), window = buffer.Length)
        {
            int got = ReadFully(buffer.AsSpan(0, window), start);
            var span = buffer.AsSpan(0, got);
            for (int i = span.IndexOf("PK\x07\x08"u8); i >= 0 && i + length <= got;)
            {
                long distance = start + i - data;
                long compressed = zip64 ? I64(span, i + 8) : U32(span, i + 8);
                if (compressed == distance)
                {
                    descriptor = (U32(span, i + 4), compressed, zip64 ? I64(span, i + 16) : U32(span, i + 12));
                    next = start + i + length;
                    return true;
                }
                int further = span[(i + 1)..].IndexOf("PK\x07\x08"u8);
                i = further < 0 ? -1 : i + 1 + further;
            }
            if (start + got >= Length) break;
        }
        return false;
    }

    /// <summary>
    /// Reads and inflates one entry, on any thread: its size is checked before inflating (the size stated) and while
    /// inflating (the bytes that come out), then its CRC-32.
    /// </summary>
    public ZipRead Read(in ZipEntry entry, long maxBytes)
    {
        if ((entry.Flags & 1) != 0) return Damaged("it is encrypted, and TrialLint reads no encrypted entries");
        if (entry.Method is not (0 or 8))
            return Damaged($"it is compressed with method {entry.Method}{MethodName(entry.Method)}; TrialLint reads stored and deflated entries only");
        if (entry.Size > maxBytes) return new ZipRead(null, true, null);
        var header = new byte[30];
        if (ReadFully(header, entry.Offset) < 30 || U32(header, 0) != LocalHeaderSignature) return Damaged("its local header is missing or damaged");
        long data = entry.Offset + 30 + U16(header, 26) + U16(header, 28);
        if (data + entry.CompressedSize > Length) return Damaged($"the archive ends inside this entry: {CutShort}");
        byte[] bytes;
        if (entry.Method == 0)
        {
            if (entry.CompressedSize != entry.Size) return Damaged("its stored size differs from its size");
            bytes = new byte[entry.Size];
            if (ReadFully(bytes, data) < bytes.Length) return Damaged($"the archive ends inside this entry: {CutShort}");
        }
        else
        {
            try
            {
                using var inflate = new DeflateStream(new Section(_handle, data, entry.CompressedSize), CompressionMode.Decompress);
                bytes = new byte[entry.Size];
                int read = inflate.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
                if (read < bytes.Length) return Damaged($"its data is damaged (it inflates to {read} bytes, not the {entry.Size} the archive states)");
                // More than the size stated: read on to tell an entry over the limit from a wrong size.
                var chunk = new byte[8192];
                long more = 0;
                while ((read = inflate.Read(chunk)) > 0)
                {
                    more += read;
                    if (entry.Size + more > maxBytes) return new ZipRead(null, true, null);
                }
                if (more > 0) return Damaged($"its data is damaged (it inflates to more than the {entry.Size} bytes the archive states)");
            }
            catch (InvalidDataException ex)
            {
                return Damaged($"its data is damaged ({ex.Message.TrimEnd('.')})");
            }
        }
        uint crc = Crc32.HashToUInt32(bytes);
        return crc == entry.Crc ? new ZipRead(bytes, false, null)
            : Damaged($"its data is damaged (its CRC-32 is {crc:x8}, the archive states {entry.Crc:x8})");
    }

    private static ZipRead Damaged(string reason) => new(null, false, reason);

    private static string MethodName(int method) => method switch
    {
        9 => " (Deflate64)",
        12 => " (bzip2)",
        14 => " (LZMA)",
        93 => " (Zstandard)",
        95 => " (XZ)",
        99 => " (AES encryption)",
        _ => "",
    };

    /// <summary>Reads until <paramref name="buffer"/> is full or the file ends; returns the bytes read.</summary>
    private int ReadFully(Span<byte> buffer, long position)
    {
        int total = 0;
        while (total < buffer.Length && position + total < Length)
        {
            int read = RandomAccess.Read(_handle, buffer[total..], position + total);
            if (read == 0) break;
            total += read;
        }
        return total;
    }

    private static ushort U16(ReadOnlySpan<byte> bytes, int at) => BinaryPrimitives.ReadUInt16LittleEndian(bytes[at..]);

    private static uint U32(ReadOnlySpan<byte> bytes, int at) => BinaryPrimitives.ReadUInt32LittleEndian(bytes[at..]);

    private static long I64(ReadOnlySpan<byte> bytes, int at) => (long)BinaryPrimitives.ReadUInt64LittleEndian(bytes[at..]);

    /// <summary>Reads a range of the file in order through a buffer: the central directory, header by header.</summary>
    private sealed class SequentialReader(ZipDirectory zip, long start, long end)
    {
        private byte[] _buffer = new byte[1 << 16];
        private long _position = start;
        private int _from;
        private int _to;

        /// <summary>The next <paramref name="count"/> bytes (fewer at the end of the range), valid until the next call.</summary>
        public ReadOnlySpan<byte> Take(int count)
        {
            if (_to - _from < count)
            {
                if (count > _buffer.Length) Array.Resize(ref _buffer, count);
                Array.Copy(_buffer, _from, _buffer, 0, _to - _from);
                _to -= _from;
                _from = 0;
                int want = (int)Math.Min(_buffer.Length - _to, end - _position);
                int read = zip.ReadFully(_buffer.AsSpan(_to, want), _position);
                _position += read;
                _to += read;
            }
            int taken = Math.Min(count, _to - _from);
            var span = _buffer.AsSpan(_from, taken);
            _from += taken;
            return span;
        }
    }

    /// <summary>A range of the file as a read-only stream of positional reads: the compressed data of one entry.</summary>
    private sealed class Section(SafeFileHandle handle, long start, long length) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;

        public override long Position
        {
            get => _read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int want = (int)Math.Min(buffer.Length, length - _read);
            if (want <= 0) return 0;
            int read = RandomAccess.Read(handle, buffer[..want], start + _read);
            _read += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
