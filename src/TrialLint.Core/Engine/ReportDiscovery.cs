using Microsoft.Extensions.FileSystemGlobbing;

namespace TrialLint.Engine;

/// <summary>
/// Expands the paths a user gives into report files: a file is taken as named, a folder is searched recursively
/// for <c>*.trial.yaml</c>, <c>*.trial.yml</c> and <c>*.trial.json</c>, and a glob (<c>reports/**/*.yaml</c>) is
/// matched with Microsoft.Extensions.FileSystemGlobbing. The result is sorted and free of duplicates, so runs and
/// shards are deterministic.
/// </summary>
public static class ReportDiscovery
{
    /// <summary>The name endings of report files found in folders.</summary>
    public static IReadOnlyList<string> ReportSuffixes { get; } = [".trial.yaml", ".trial.yml", ".trial.json"];

    private static readonly string[] SkippedFolders = [".git", "node_modules", "bin", "obj"];

    /// <summary>
    /// The name endings of registry record files found in folders when asked (<c>--registry-records</c>): JSON records
    /// and pages, NDJSON files and zip archives of records.
    /// </summary>
    public static IReadOnlyList<string> RecordSuffixes { get; } = [".json", ".jsonl", ".ndjson", ".zip"];

    /// <summary>
    /// Expands <paramref name="inputs"/>; inputs that match nothing are returned in <c>Missing</c>. With
    /// <paramref name="registryRecords"/>, folders are also searched for registry records (<see cref="RecordSuffixes"/>).
    /// </summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) Expand(IEnumerable<string> inputs, string? baseDirectory = null, bool registryRecords = false)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        baseDirectory ??= Directory.GetCurrentDirectory();
        // Keyed by full path, so one file named two ways ("a.yaml", "./a.yaml", "/abs/a.yaml") is linted once.
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var missing = new List<string>();
        void Add(string path) => files.TryAdd(Path.GetFullPath(Path.Combine(baseDirectory, path)), Display(path, baseDirectory));
        foreach (string input in inputs)
        {
            string full = Path.Combine(baseDirectory, input);
            if (File.Exists(full))
            {
                Add(input);
            }
            else if (Directory.Exists(full))
            {
                foreach (string file in FindReports(full, registryRecords)) Add(file);
            }
            else if (input.AsSpan().IndexOfAny("*?[") >= 0)
            {
                int before = files.Count;
                foreach (string file in Glob(input, baseDirectory)) Add(file);
                if (files.Count == before) missing.Add(input);
            }
            else
            {
                missing.Add(input);
            }
        }
        return (files.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), missing);
    }

    /// <summary>Whether a file name is a report file name.</summary>
    public static bool IsReportFile(string path) =>
        ReportSuffixes.Any(s => path.EndsWith(s, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> FindReports(string directory, bool registryRecords)
    {
        // Each folder is searched once, by where it really is: a link back up the tree ("up -> ..") is not followed
        // again, so a loop of links neither repeats reports nor makes the walk grow without end.
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(directory);
        while (pending.Count > 0)
        {
            string dir = pending.Pop();
            if (!visited.Add(RealPath(dir))) continue;
            IEnumerable<string> entries;
            try
            {
                entries = Directory.EnumerateFileSystemEntries(dir).ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            foreach (string entry in entries)
            {
                if (Directory.Exists(entry))
                {
                    if (!SkippedFolders.Contains(Path.GetFileName(entry), StringComparer.OrdinalIgnoreCase)) pending.Push(entry);
                }
                else if (IsReportFile(entry) || (registryRecords && RecordSuffixes.Any(s => entry.EndsWith(s, StringComparison.OrdinalIgnoreCase))))
                {
                    yield return entry;
                }
            }
        }
    }

    /// <summary>
    /// The folder's path with every link on the way resolved, so two names of one folder compare equal. .NET has no
    /// realpath: resolve link by link from the root.
    /// </summary>
    private static string RealPath(string directory, int depth = 0)
    {
        string full = Path.GetFullPath(directory);
        string root = Path.GetPathRoot(full) ?? "/";
        string real = root;
        foreach (string part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            string next = Path.Combine(real, part);
            try
            {
                // A link's target may itself pass through links: resolve it the same way, at most 40 deep, as the
                // kernel allows; a deeper chain is taken as named.
                if (depth < 40 && new DirectoryInfo(next).LinkTarget is { } target)
                    next = RealPath(Path.Combine(real, target), depth + 1);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // An unreadable link is kept as named.
            }
            real = next;
        }
        return real;
    }

    private static IEnumerable<string> Glob(string pattern, string baseDirectory)
    {
        // The folder part before the first wildcard is the root of the search; the rest is the pattern.
        string normalised = pattern.Replace('\\', '/');
        int wildcard = normalised.AsSpan().IndexOfAny("*?[");
        int slash = normalised.LastIndexOf('/', wildcard);
        string root = slash < 0 ? "." : normalised[..slash];
        string rest = slash < 0 ? normalised : normalised[(slash + 1)..];
        string rootFull = Path.GetFullPath(Path.Combine(baseDirectory, root));
        if (!Directory.Exists(rootFull)) return [];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(rest);
        return matcher.GetResultsInFullPath(rootFull).Select(f => Path.GetRelativePath(baseDirectory, f));
    }

    /// <summary>Files below the base folder are shown relative to it; others by their full path.</summary>
    private static string Display(string path, string baseDirectory)
    {
        string full = Path.GetFullPath(Path.Combine(baseDirectory, path));
        string relative = Path.GetRelativePath(baseDirectory, full);
        string shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return shown.Replace('\\', '/');
    }
}
