using System.Runtime.CompilerServices;

namespace TrialLint.Tests.Infrastructure;

/// <summary>
/// Approved-snapshot assertions in Verify's layout, so moving to Verify.Xunit later is a rename: the approved
/// text lives beside the test as <c>Class.Method.verified.ext</c>; on a mismatch the actual text is written as
/// <c>Class.Method.received.ext</c> and the test fails. To approve, review the received file and rename it.
/// Set TRIALLINT_ACCEPT_SNAPSHOTS=1 to approve every received file in one run.
/// </summary>
public static class Snapshot
{
    /// <summary>Compares <paramref name="actual"/> with the approved snapshot of the calling test.</summary>
    public static void Verify(string actual, string extension = "txt", string? name = null,
        [CallerFilePath] string testFile = "", [CallerMemberName] string testMethod = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        string directory = Path.GetDirectoryName(testFile)!;
        string stem = $"{Path.GetFileNameWithoutExtension(testFile)}.{name ?? testMethod}";
        string verified = Path.Combine(directory, $"{stem}.verified.{extension}");
        string received = Path.Combine(directory, $"{stem}.received.{extension}");
        string normalised = Normalise(actual);

        if (File.Exists(verified) && Normalise(File.ReadAllText(verified)) == normalised)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        if (Environment.GetEnvironmentVariable("TRIALLINT_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verified, normalised);
            return;
        }
        File.WriteAllText(received, normalised);
        string hint = File.Exists(verified) ? "differs from" : "has no";
        Assert.Fail($"Output {hint} approved snapshot {Path.GetFileName(verified)}.\nReceived: {received}\n{FirstDifference(verified, normalised)}");
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n").TrimEnd() + "\n";

    private static string FirstDifference(string verifiedPath, string actual)
    {
        if (!File.Exists(verifiedPath)) return actual.Length > 2000 ? actual[..2000] : actual;
        var expected = Normalise(File.ReadAllText(verifiedPath)).Split('\n');
        var lines = actual.Split('\n');
        for (int i = 0; i < Math.Max(expected.Length, lines.Length); i++)
        {
            string e = i < expected.Length ? expected[i] : "<end>";
            string a = i < lines.Length ? lines[i] : "<end>";
            if (e != a) return $"First difference at line {i + 1}:\n  approved: {e}\n  received: {a}";
        }
        return string.Empty;
    }
}
