namespace TrialLint.Text;

/// <summary>
/// Reads an input file (a report, a registry record, a configuration) without trusting what the file system says
/// about it. A pipe or a device (a FIFO named <c>x.trial.yaml</c>, a link to <c>/dev/zero</c>) reports a size of 0
/// and would block or never end if opened: a file that reports 0 bytes is not opened and reads as empty. Everything
/// else is read in chunks and stops one byte past the limit, whatever size was reported, so a file that grows while
/// it is read cannot exhaust memory either.
/// </summary>
public static class InputFile
{
    /// <summary>What reading a file gave.</summary>
    public enum Outcome
    {
        /// <summary>The bytes were read.</summary>
        Read,

        /// <summary>The file holds more than the limit.</summary>
        TooLarge,
    }

    /// <summary>
    /// Reads at most <paramref name="maxBytes"/> bytes of <paramref name="path"/>. Throws what the file system
    /// throws (<see cref="IOException"/>, <see cref="UnauthorizedAccessException"/>) for a file that cannot be read.
    /// </summary>
    public static Outcome Read(string path, long maxBytes, out byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        bytes = [];
        var info = new FileInfo(path);
        if (!info.Exists) throw new FileNotFoundException("the file does not exist", path);
        // A link reports its own length: judge the file it leads to (when there is one: /dev/stdin leads to "pipe:[n]").
        if (info.LinkTarget is not null && File.ResolveLinkTarget(path, returnFinalTarget: true) is FileInfo { Exists: true } target) info = target;
        // Pipes, sockets and devices report 0 bytes, and so do empty files: neither is opened.
        if (info.Length == 0) return Outcome.Read;
        if (info.Length > maxBytes) return Outcome.TooLarge;

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        var buffer = new MemoryStream((int)Math.Min(info.Length, maxBytes));
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes) return Outcome.TooLarge;
            buffer.Write(chunk, 0, read);
        }
        bytes = buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
        return Outcome.Read;
    }

    /// <summary>
    /// The text of <paramref name="path"/> for showing excerpts of findings (UTF-8, a byte-order mark dropped), or
    /// null when it cannot be read or holds more than <paramref name="maxBytes"/>.
    /// </summary>
    public static SourceText? TryReadSource(string path, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            if (Read(path, maxBytes, out byte[] bytes) != Outcome.Read) return null;
            using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return new SourceText(path, reader.ReadToEnd());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return null;
        }
    }
}
