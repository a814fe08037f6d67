using System.IO.Compression;
using System.Text.Json;
using TrialLint.Cli.Commands;
using TrialLint.Tests.Infrastructure;
using TrialLint.Tests.Registry;

namespace TrialLint.Tests.Cli;

/// <summary>
/// <c>triallint lint ctg-studies.json.zip</c> as a registry curator runs it: located findings in every output, SARIF
/// artifacts nested in their archive (checked by Microsoft's validator), bad entries that fail the run without
/// stopping it, shards that split the archive's entries, folders searched for records when asked, and no progress
/// line when standard error is not a terminal.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class RegistryArchiveCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("triallint-archive-cli-").FullName;

    public RegistryArchiveCliTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "data"));
        RegistryArchiveTests.BuildZip(Path.Combine(_dir, "data", "ctg-studies.json.zip"), RegistryArchiveTests.RealEntries().Take(6));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private CliRunner.Result Lint(params string[] args) => CliRunner.Run(_dir, ["lint", .. args, "--as-of", "2025-06-01", "--no-color"]);

    private static IReadOnlyList<string> Entries => RegistryArchiveTests.RealRecords.Take(6).Select(Path.GetFileName).ToList()!;

    [Fact]
    public void The_console_names_the_archive_and_the_entry_with_line_and_column()
    {
        var run = Lint("data/ctg-studies.json.zip");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"(?m)^data/ctg-studies\.json\.zip/NCT\d{8}\.json:\d+:\d+: (error|warning|info) TL\d{4}: ", run.StdOut);
        Assert.Contains("Linted 6 files", run.StdOut, StringComparison.Ordinal);
        // Not a terminal: no progress line.
        Assert.DoesNotContain("records ·", run.StdErr, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Sarif_nests_each_entry_in_its_archive_and_passes_the_validator()
    {
        string? tool = ExternalTools.SarifMultitool(out string reason);
        var (text, run) = OutputFiles.Lint("sarif", _dir, "data/ctg-studies.json.zip", "--as-of", "2025-06-01");
        Assert.Equal(1, run.ExitCode);

        using var document = JsonDocument.Parse(text);
        var theRun = document.RootElement.GetProperty("runs")[0];
        var artifacts = theRun.GetProperty("artifacts").EnumerateArray().ToList();
        Assert.Equal("data/ctg-studies.json.zip", artifacts[0].GetProperty("location").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", artifacts[0].GetProperty("location").GetProperty("uriBaseId").GetString());
        Assert.False(artifacts[0].TryGetProperty("parentIndex", out _));
        Assert.All(artifacts.Skip(1), a => Assert.Equal(0, a.GetProperty("parentIndex").GetInt32()));
        Assert.All(artifacts.Skip(1), a => Assert.False(a.GetProperty("location").TryGetProperty("uriBaseId", out _)));
        foreach (var result in theRun.GetProperty("results").EnumerateArray())
        {
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
            int index = location.GetProperty("index").GetInt32();
            Assert.True(index > 0);
            Assert.Equal(artifacts[index].GetProperty("location").GetProperty("uri").GetString(), location.GetProperty("uri").GetString());
            Assert.Contains(location.GetProperty("uri").GetString(), Entries);
        }

        ExternalTools.Require(tool, reason);
        string sarif = Path.Combine(_dir, "run.sarif");
        File.WriteAllText(sarif, text);
        string log = Path.Combine(_dir, "validation", "validation.sarif");
        Directory.CreateDirectory(Path.GetDirectoryName(log)!);
        string output = ExternalTools.ValidateSarif(tool!, sarif, log);
        Assert.True(File.Exists(log), $"the validator wrote no log: {output}");
        using var validation = JsonDocument.Parse(File.ReadAllText(log));
        var problems = validation.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => !r.TryGetProperty("level", out var level) || level.GetString() is "error" or "warning")
            .Select(r => $"{r.GetProperty("ruleId").GetString()}: {r.GetProperty("message").GetRawText()}")
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Json_junit_and_github_outputs_show_where_in_the_archive()
    {
        var (json, _) = OutputFiles.Lint("json", _dir, "data/ctg-studies.json.zip", "--as-of", "2025-06-01");
        using var document = JsonDocument.Parse(json);
        var paths = document.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()).ToList();
        Assert.Equal(Entries.Select(e => $"data/ctg-studies.json.zip/{e}"), paths);

        var (junit, _) = OutputFiles.Lint("junit", _dir, "data/ctg-studies.json.zip", "--as-of", "2025-06-01");
        Assert.Contains($"name=\"data/ctg-studies.json.zip/{Entries[0]}\"", junit, StringComparison.Ordinal);

        var (github, _) = OutputFiles.Lint("github", _dir, "data/ctg-studies.json.zip", "--as-of", "2025-06-01");
        Assert.Matches(@"(?m)^::(error|warning|notice) file=data/ctg-studies\.json\.zip,title=TL\d{4} [^:]*::NCT\d{8}\.json:\d+:\d+: ", github);
        Assert.DoesNotContain(",line=", github, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_entry_fails_the_run_and_the_other_entries_are_reported()
    {
        string zip = Path.Combine(_dir, "data", "bad.zip");
        RegistryArchiveTests.BuildZip(zip, [("NCT99999901.json", "not json at all"u8.ToArray()), .. RegistryArchiveTests.RealEntries().Take(1)]);

        var run = Lint("data/bad.zip", "--fail-level", "error");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"(?m)^data/bad\.zip/NCT99999901\.json:1:\d+: error TL0011: ", run.StdOut);
        Assert.Contains($"data/bad.zip/{Entries[0]}:", run.StdOut, StringComparison.Ordinal);
        Assert.Empty(run.StdErr);
    }

    [Fact]
    public void A_truncated_archive_fails_the_run_at_the_cut_entry_after_linting_the_others()
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(_dir, "data", "ctg-studies.json.zip"));
        File.WriteAllBytes(Path.Combine(_dir, "data", "cut.zip"), bytes[..(bytes.Length * 2 / 3)]);

        var run = Lint("data/cut.zip");

        // The entries before the cut are linted; the entry the file ends inside is the one TL0032.
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"data/cut.zip/{Entries[0]}:", run.StdOut, StringComparison.Ordinal);
        var cut = Assert.Single(run.StdOut.Split('\n'), l => l.Contains("TL0032", StringComparison.Ordinal));
        Assert.Matches(@"^data/cut\.zip/NCT\d{8}\.json:1:1: error TL0032: This entry of the archive cannot be read: the archive ends inside this entry: it was cut short; download it again$", cut);
        Assert.DoesNotContain("   at ", run.StdOut + run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Shards_of_an_archive_and_a_folder_are_disjoint_and_together_equal_the_whole_run()
    {
        string folder = Path.Combine(_dir, "records");
        Directory.CreateDirectory(folder);
        foreach (string file in RegistryArchiveTests.RealRecords.Skip(6)) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        string[] inputs = ["data/ctg-studies.json.zip", "records/*.json"];

        static List<string> Findings(string json)
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.GetProperty("files").EnumerateArray()
                .SelectMany(f => f.GetProperty("findings").EnumerateArray().Select(d => $"{f.GetProperty("path").GetString()} {d.GetProperty("id").GetString()} {d.GetProperty("line").GetInt32()} {d.GetProperty("message").GetString()}")
                    .Append($"{f.GetProperty("path").GetString()} (file)"))
                .ToList();
        }

        var whole = Findings(OutputFiles.Lint("json", _dir, [.. inputs, "--as-of", "2025-06-01"]).Text);
        var shards = Enumerable.Range(1, 4).Select(i => Findings(OutputFiles.Lint("json", _dir, [.. inputs, "--as-of", "2025-06-01", "--shard", $"{i}/4"]).Text)).ToList();

        Assert.Equal(whole.Order(StringComparer.Ordinal), shards.SelectMany(s => s).Order(StringComparer.Ordinal));
        var files = shards.Select(s => s.Where(f => f.EndsWith(" (file)", StringComparison.Ordinal)).ToHashSet()).ToList();
        Assert.Equal(RegistryArchiveTests.RealRecords.Count, files.Sum(f => f.Count));
        // The archive's entries are split among the shards, not given whole to one.
        Assert.True(files.Count(f => f.Any(p => p.StartsWith("data/ctg-studies.json.zip/", StringComparison.Ordinal))) >= 2);
    }

    [Fact]
    public void Folders_are_searched_for_records_only_when_asked()
    {
        string folder = Path.Combine(_dir, "records");
        Directory.CreateDirectory(folder);
        File.Copy(RegistryArchiveTests.RealRecords[0], Path.Combine(folder, Path.GetFileName(RegistryArchiveTests.RealRecords[0])));
        File.Copy(Path.Combine(_dir, "data", "ctg-studies.json.zip"), Path.Combine(folder, "ctg-studies.json.zip"));

        var plain = Lint("records");
        Assert.Equal(2, plain.ExitCode);
        Assert.Contains("add --registry-records", plain.StdErr, StringComparison.Ordinal);

        var asked = Lint("records", "--registry-records");
        Assert.Contains("Linted 7 files", asked.StdOut, StringComparison.Ordinal);
        Assert.Contains("records/ctg-studies.json.zip/", asked.StdOut, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(_dir, ".triallint.yaml"), "registryRecords: true\n");
        var configured = Lint("records");
        Assert.Contains("Linted 7 files", configured.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void The_progress_line_says_records_rate_elapsed_and_time_left()
    {
        Assert.Equal("1,234 of 9,910 records · 411/s · 0:03 elapsed · 0:21 left", ProgressLine.Format(1234, 9910, TimeSpan.FromSeconds(3)));
        Assert.Equal("50 records · 25/s · 0:02 elapsed", ProgressLine.Format(50, null, TimeSpan.FromSeconds(2)));
        Assert.Equal("600,000 records · 3,333/s · 3:00 elapsed", ProgressLine.Format(600_000, 598_000, TimeSpan.FromMinutes(3)));
        Assert.Null(ProgressLine.Create(new StringWriter(), quiet: false, () => 1));
        Assert.Null(ProgressLine.Create(Console.Error, quiet: true, () => 1));
    }
}
