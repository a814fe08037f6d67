namespace TrialLint.Output;

/// <summary>
/// Writes a file through a temporary file in the same folder and moves it into place when complete, so a run that
/// fails half-way never leaves a half-written report where the old one was.
/// </summary>
public sealed class AtomicFile : IDisposable
{
    private readonly string _path;
    // Null when the target is a device or a pipe (/dev/stdout, a FIFO): written in place, never replaced.
    private readonly string? _temporary;
    private bool _committed;

    private AtomicFile(string path, string? temporary, FileStream stream)
    {
        _path = path;
        _temporary = temporary;
        Stream = stream;
    }

    /// <summary>The stream to write to.</summary>
    public FileStream Stream { get; }

    /// <summary>Opens a temporary file next to <paramref name="path"/>. Throws IOException or UnauthorizedAccessException when the folder cannot be written.</summary>
    public static AtomicFile Create(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string full = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"the folder '{directory}' does not exist");
        if (Directory.Exists(full)) throw new IOException($"'{path}' is a folder; give the name of a file to write");
        if (File.Exists(full) && !IsRegularFile(full))
            return new AtomicFile(full, null, new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite));
        string temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        return new AtomicFile(full, temporary, stream);
    }

    /// <summary>Flushes and moves the file into place.</summary>
    public void Commit()
    {
        Stream.Flush(flushToDisk: _temporary is not null);
        Stream.Dispose();
        if (_temporary is not null) File.Move(_temporary, _path, overwrite: true);
        _committed = true;
    }

    /// <summary>Removes the temporary file unless it was committed.</summary>
    public void Dispose()
    {
        try
        {
            Stream.Dispose();
        }
        catch (IOException) when (!_committed)
        {
            // The write already failed (a full disk): what is still buffered is discarded with the temporary file.
        }
        if (!_committed && _temporary is not null && File.Exists(_temporary)) File.Delete(_temporary);
    }

    /// <summary>
    /// Whether <paramref name="path"/> (a full path) is an ordinary file, which is replaced by renaming. Devices
    /// (/dev/stdout, /dev/null, /dev/full) are written in place: renaming over one would replace the device node.
    /// .NET does not expose the file type, so everything under /dev and /proc counts as a device.
    /// </summary>
    private static bool IsRegularFile(string path) =>
        OperatingSystem.IsWindows()
        || !(path.StartsWith("/dev/", StringComparison.Ordinal) || path.StartsWith("/proc/", StringComparison.Ordinal));
}
