using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace TrialLint.Output;

/// <summary>
/// Writes a file through a temporary file in the same folder and moves it into place when complete, so a run that
/// fails half-way never leaves a half-written report where the old one was. The temporary file is removed when the
/// write fails; a run that is killed cannot remove it, so its name carries the writing process's id
/// (<c>.out.sarif.triallint-1234-&lt;guid&gt;.tmp</c>) and the next write of the same file removes those whose process is
/// gone.
/// </summary>
public sealed partial class AtomicFile : IDisposable
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
        // A link is written through: the file it leads to is replaced and the link stays a link.
        if (new FileInfo(full).LinkTarget is not null && File.ResolveLinkTarget(full, returnFinalTarget: true) is { } target) full = target.FullName;
        string directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"the folder '{directory}' does not exist");
        if (Directory.Exists(full)) throw new IOException($"'{path}' is a folder; give the name of a file to write");
        if (File.Exists(full) && !IsRegularFile(full))
            return new AtomicFile(full, null, new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite));
        RemoveStale(directory, Path.GetFileName(full));
        string temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.triallint-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
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
    /// Removes the temporary files of <paramref name="name"/> that killed runs left in <paramref name="directory"/>:
    /// those of a process that no longer runs, any older than a day (the process id may have been reused), and those of
    /// older versions (no process id) older than an hour. A file another running write owns is kept.
    /// </summary>
    internal static void RemoveStale(string directory, string name)
    {
        string prefix = $".{name}.";
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateFiles(directory, ".*.tmp").Where(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal)).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }
        foreach (string file in candidates)
        {
            string middle = Path.GetFileName(file)[prefix.Length..^".tmp".Length];
            try
            {
                var age = DateTime.UtcNow - File.GetLastWriteTimeUtc(file);
                bool stale = OwnedTemporary().Match(middle) is { Success: true } owned
                    ? age > TimeSpan.FromDays(1) || !IsRunning(int.Parse(owned.Groups["pid"].Value, CultureInfo.InvariantCulture))
                    : LegacyTemporary().IsMatch(middle) && age > TimeSpan.FromHours(1);
                if (stale) File.Delete(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or OverflowException)
            {
                // Another run removed it first, or it cannot be removed: leave it.
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false;
        }
        catch (Exception ex) when (ex is PlatformNotSupportedException or NotSupportedException or System.ComponentModel.Win32Exception)
        {
            return true;
        }
    }

    [GeneratedRegex(@"^triallint-(?<pid>[0-9]{1,9})-[0-9a-f]{32}$")]
    private static partial Regex OwnedTemporary();

    [GeneratedRegex(@"^[0-9a-f]{32}$")]
    private static partial Regex LegacyTemporary();

    /// <summary>
    /// Whether <paramref name="path"/> (a full path) is an ordinary file, which is replaced by renaming. Devices
    /// (/dev/stdout, /dev/null, /dev/full) are written in place: renaming over one would replace the device node.
    /// .NET does not expose the file type, so everything under /dev and /proc counts as a device.
    /// </summary>
    private static bool IsRegularFile(string path) =>
        OperatingSystem.IsWindows()
        || !(path.StartsWith("/dev/", StringComparison.Ordinal) || path.StartsWith("/proc/", StringComparison.Ordinal));
}
