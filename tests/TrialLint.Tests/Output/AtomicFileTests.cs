using System.Diagnostics;
using TrialLint.Cli;
using TrialLint.Output;
using TrialLint.Tests.Gate;

namespace TrialLint.Tests.Output;

/// <summary>
/// Temporary files of atomic writes never pile up: a failed write removes its own, and the temporary files killed
/// runs left (336 after an audit's killed runs) are removed by the next write of the same file.
/// </summary>
public sealed class AtomicFileTests : IDisposable
{
    private readonly GateFixture _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_next_run_removes_the_temporary_files_of_killed_runs_and_keeps_those_still_being_written()
    {
        _dir.Write("r.trial.yaml", GateFixture.OneWarning);
        string killed = _dir.Write($".out.json.triallint-{DeadProcessId()}-{Guid.NewGuid():N}.tmp", "{\"half");
        string olderVersion = _dir.Write($".out.json.{Guid.NewGuid():N}.tmp", "{\"half");
        File.SetLastWriteTimeUtc(olderVersion, DateTime.UtcNow.AddHours(-2));
        string running = _dir.Write($".out.json.triallint-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp", "{\"being written");
        string otherFile = _dir.Write($".other.json.triallint-{DeadProcessId()}-{Guid.NewGuid():N}.tmp", "{\"half");

        var result = _dir.Run("lint", "r.trial.yaml", "-f", "json", "-o", "out.json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.False(File.Exists(killed));
        Assert.False(File.Exists(olderVersion));
        Assert.True(File.Exists(running));
        Assert.True(File.Exists(otherFile));
        Assert.True(File.Exists(Path.Combine(_dir.Root, "out.json")));
        Assert.Equal(2, Directory.GetFiles(_dir.Root, ".*.tmp").Length);
    }

    [Fact]
    public void A_write_that_is_not_committed_leaves_no_temporary_file()
    {
        string target = Path.Combine(_dir.Root, "out.sarif");

        using (var file = AtomicFile.Create(target))
        {
            file.Stream.WriteByte((byte)'{');
            Assert.Single(Directory.GetFiles(_dir.Root, ".out.sarif.triallint-*.tmp"));
        }

        Assert.Empty(Directory.GetFiles(_dir.Root, "*.tmp"));
        Assert.False(File.Exists(target));
    }

    /// <summary>A process id no process has now.</summary>
    private static int DeadProcessId()
    {
        for (int pid = 4_190_000; ; pid--)
        {
            try
            {
                using var process = Process.GetProcessById(pid);
            }
            catch (ArgumentException)
            {
                return pid;
            }
        }
    }
}
