using System.Text.Json.Nodes;
using TrialLint.Engine;
using TrialLint.Tests.Infrastructure;
using TrialLint.Tests.Registry;

namespace TrialLint.Tests.Cli;

/// <summary>
/// <c>triallint merge</c>: the 15 registry records linted in 4 shards and merged give what one run gives (findings
/// JSON, SARIF and the summary CSV byte for byte, and the exit code), also for an archive whose entries are not in
/// name order and holds one study twice in two shards (TL0033), and for NDJSON; outputs of different runs, a file in
/// two shards, a shard given twice, a shard cut short or a file that is not findings JSON are refused with exit code 2
/// and a message.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class MergeCommandTests : IDisposable
{
    private const string Records = "tests/TrialLint.Tests/Registry/Records";
    private readonly string _dir = Directory.CreateTempSubdirectory("triallint-merge-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string[] RecordFiles() =>
        [.. Directory.GetFiles(RepoPaths.Combine(Records), "NCT*.json").Select(f => $"{Records}/{Path.GetFileName(f)}").Order(StringComparer.Ordinal)];

    private string Out(string name) => Path.Combine(_dir, name);

    /// <summary>Lints the records in 4 parts (every 4th file, so each part spans the list) with the same settings.</summary>
    private string[] LintInShards(params string[] options) => LintInShards(RecordFiles(), options);

    private string[] LintInShards(string[] files, params string[] options)
    {
        var shards = new List<string>();
        for (int i = 0; i < 4; i++)
        {
            string shard = Out($"shard{i + 1}.json");
            var part = files.Where((_, j) => j % 4 == i).ToArray();
            CliRunner.Run(null, ["lint", .. part, .. options, "-f", "json", "-o", shard]);
            shards.Add(shard);
        }
        return [.. shards];
    }

    [Fact]
    public void Four_shards_merged_equal_one_run()
    {
        Assert.Equal(15, RecordFiles().Length);
        var one = CliRunner.Run(null, ["lint", .. RecordFiles(), "--as-of", "2026-12-01", "-f", "json", "-o", Out("one.json"), "-f", "sarif", "-o", Out("one.sarif"), "-f", "summary", "-o", Out("one.csv")]);
        var shards = LintInShards("--as-of", "2026-12-01");

        // The shards in another order: the merge lists files as a run does, by path.
        var merge = CliRunner.Run(null, ["merge", shards[2], shards[0], shards[3], shards[1], "-o", Out("all.json"), "-o", Out("all.sarif"), "-o", Out("all.csv")]);

        Assert.Equal(1, one.ExitCode);
        Assert.Equal(one.ExitCode, merge.ExitCode);
        Assert.Equal(File.ReadAllText(Out("one.json")), File.ReadAllText(Out("all.json")));
        Assert.Equal(File.ReadAllText(Out("one.sarif")), File.ReadAllText(Out("all.sarif")));
        Assert.Equal(File.ReadAllText(Out("one.csv")), File.ReadAllText(Out("all.csv")));
        Assert.Contains("merged 4 outputs: 15 files", merge.StdErr);
    }

    [Fact]
    public void The_shards_of_lint_shard_merged_equal_one_run()
    {
        string glob = $"{Records}/NCT*.json";
        var one = CliRunner.Run(null, "lint", glob, "--as-of", "2026-12-01", "-f", "json", "-o", Out("one.json"));
        var shards = Enumerable.Range(1, 4).Select(i =>
        {
            CliRunner.Run(null, "lint", glob, "--as-of", "2026-12-01", "--shard", $"{i}/4", "-f", "json", "-o", Out($"part{i}.json"));
            return Out($"part{i}.json");
        }).ToArray();

        var merge = CliRunner.Run(null, ["merge", .. shards, "-o", Out("all.json")]);

        Assert.Equal(one.ExitCode, merge.ExitCode);
        Assert.Equal(File.ReadAllText(Out("one.json")), File.ReadAllText(Out("all.json")));
    }

    [Fact]
    public void The_warning_limit_counts_the_warnings_of_every_shard()
    {
        // The records but the first (which has errors) have 9 warnings, no shard more than 4: one run passes 5 warnings
        // and fails, every shard passes, and the merge fails as the one run does.
        var files = RecordFiles()[1..];
        var one = CliRunner.Run(null, ["lint", .. files, "--as-of", "2026-12-01", "--max-warnings", "5", "-f", "json", "-o", Out("one.json")]);
        var shards = LintInShards(files, "--as-of", "2026-12-01", "--max-warnings", "5");
        var merge = CliRunner.Run(null, ["merge", .. shards, "-o", Out("all.json")]);

        Assert.Equal(1, one.ExitCode);
        Assert.Equal(1, merge.ExitCode);
        Assert.Equal(File.ReadAllText(Out("one.json")), File.ReadAllText(Out("all.json")));
        Assert.All(shards, shard => Assert.Contains("\"exitCode\": 0", File.ReadAllText(shard)));
    }

    [Fact]
    public void The_merged_json_goes_to_standard_output_without_an_output_file()
    {
        var shards = LintInShards("--as-of", "2026-12-01");

        var merge = CliRunner.Run(null, ["merge", .. shards]);

        Assert.StartsWith("{", merge.StdOut, StringComparison.Ordinal);
        Assert.Contains("\"files\": 15", merge.StdOut);
    }

    [Fact]
    public void Outputs_of_different_runs_are_refused()
    {
        var files = RecordFiles();
        CliRunner.Run(null, "lint", files[0], "--as-of", "2026-12-01", "-f", "json", "-o", Out("a.json"));
        CliRunner.Run(null, "lint", files[1], "--as-of", "2026-11-01", "-f", "json", "-o", Out("b.json"));
        CliRunner.Run(null, "lint", files[2], "--as-of", "2026-12-01", "--fail-level", "warning", "-f", "json", "-o", Out("c.json"));

        var asOf = CliRunner.Run(null, "merge", Out("a.json"), Out("b.json"), "-o", Out("all.json"));
        var failLevel = CliRunner.Run(null, "merge", Out("a.json"), Out("c.json"), "-o", Out("all.json"));

        Assert.Equal(2, asOf.ExitCode);
        Assert.Contains("come from different runs: records judged as of 2026-12-01 and 2026-11-01", asOf.StdErr);
        Assert.Equal(2, failLevel.ExitCode);
        Assert.Contains("come from different runs: fail level error and warning", failLevel.StdErr);
        Assert.False(File.Exists(Out("all.json")));
    }

    [Fact]
    public void Outputs_of_different_rules_are_refused()
    {
        var files = RecordFiles();
        File.WriteAllText(Out(".triallint.yaml"), "rules:\n  TL0504: off\n");
        CliRunner.Run(null, "lint", files[0], "--as-of", "2026-12-01", "-f", "json", "-o", Out("a.json"));
        CliRunner.Run(null, "lint", files[1], "--as-of", "2026-12-01", "--config", Out(".triallint.yaml"), "-f", "json", "-o", Out("b.json"));

        var merge = CliRunner.Run(null, "merge", Out("a.json"), Out("b.json"));

        Assert.Equal(2, merge.ExitCode);
        Assert.Contains("different rules, configuration or baseline", merge.StdErr);
        Assert.Empty(merge.StdOut);
    }

    [Fact]
    public void A_file_in_two_shards_is_refused()
    {
        var files = RecordFiles();
        CliRunner.Run(null, "lint", files[0], files[1], "--as-of", "2026-12-01", "-f", "json", "-o", Out("a.json"));
        CliRunner.Run(null, "lint", files[1], "--as-of", "2026-12-01", "-f", "json", "-o", Out("b.json"));

        var merge = CliRunner.Run(null, "merge", Out("a.json"), Out("b.json"));

        Assert.Equal(2, merge.ExitCode);
        Assert.Contains($"'{files[1]}' is in both", merge.StdErr);
    }

    [Fact]
    public void Inputs_that_are_not_findings_json_are_refused_with_a_reason()
    {
        var files = RecordFiles();
        CliRunner.Run(null, "lint", files[0], "--as-of", "2026-12-01", "-f", "sarif", "-o", Out("a.sarif"));
        File.WriteAllText(Out("broken.json"), "{\"tool\": ");

        var sarif = CliRunner.Run(null, "merge", Out("a.sarif"));
        var broken = CliRunner.Run(null, "merge", Out("broken.json"));
        var missing = CliRunner.Run(null, "merge", Out("missing.json"));
        var unknown = CliRunner.Run(null, "merge", Out("a.sarif"), "-o", Out("all.txt"));

        Assert.Equal([2, 2, 2, 2], new[] { sarif.ExitCode, broken.ExitCode, missing.ExitCode, unknown.ExitCode });
        Assert.Contains("it is SARIF, which has no rule outcomes or record facts", sarif.StdErr);
        Assert.Contains("cannot be merged: not JSON", broken.StdErr);
        Assert.Contains("the file does not exist", missing.StdErr);
        Assert.Contains("cannot tell the format of", unknown.StdErr);
        Assert.DoesNotContain("   at ", sarif.StdErr + broken.StdErr + missing.StdErr, StringComparison.Ordinal);
    }
    /// <summary>The shards of <c>lint INPUT --shard I/4</c>, each as findings JSON.</summary>
    private string[] LintShards(string input, string name)
    {
        return [.. Enumerable.Range(1, 4).Select(i =>
        {
            CliRunner.Run(null, "lint", input, "--as-of", "2026-12-01", "--shard", $"{i}/4", "-f", "json", "-o", Out($"{name}{i}.json"));
            return Out($"{name}{i}.json");
        })];
    }

    /// <summary>An entry name for a copy of <paramref name="original"/> that falls in another of 4 shards (shards go by a hash of the name).</summary>
    private static string CopyInAnotherShard(string archive, string original) =>
        Enumerable.Range(1, 100).Select(i => $"copy-{i}.json").First(name => Shard.Of($"{archive}/{name}", 4) != Shard.Of($"{archive}/{original}", 4));

    [Fact]
    public void An_archive_merged_from_shards_keeps_its_entry_order_and_finds_a_study_in_two_shards()
    {
        // The entries in reverse name order (a run reads an archive in its own order, not by name), and the first record
        // again at the end under a name whose shard differs: no shard sees both copies, the one run does (TL0033).
        string zip = Out("ctg-studies.json.zip");
        var entries = RegistryArchiveTests.RealEntries().Reverse().ToList();
        var (firstName, firstBytes) = entries[0];
        entries.Add((CopyInAnotherShard(zip, firstName), firstBytes));
        RegistryArchiveTests.BuildZip(zip, entries);

        var one = CliRunner.Run(null, "lint", zip, "--as-of", "2026-12-01", "-f", "json", "-o", Out("one.json"), "-f", "sarif", "-o", Out("one.sarif"), "-f", "summary", "-o", Out("one.csv"));
        var shards = LintShards(zip, "zip");
        var merge = CliRunner.Run(null, ["merge", shards[3], shards[1], shards[0], shards[2], "-o", Out("all.json"), "-o", Out("all.sarif"), "-o", Out("all.csv")]);

        string oneJson = File.ReadAllText(Out("one.json"));
        Assert.Single(JsonNode.Parse(oneJson)!["files"]!.AsArray().SelectMany(f => f!["findings"]!.AsArray()), f => (string?)f!["id"] == "TL0033");
        Assert.All(shards, shard => Assert.DoesNotContain("TL0033", File.ReadAllText(shard), StringComparison.Ordinal));
        var paths = JsonNode.Parse(oneJson)!["files"]!.AsArray().Select(f => (string)f!["path"]!).ToList();
        Assert.NotEqual(paths.Order(StringComparer.Ordinal), paths);
        Assert.Equal(one.ExitCode, merge.ExitCode);
        Assert.Equal(oneJson, File.ReadAllText(Out("all.json")));
        Assert.Equal(File.ReadAllText(Out("one.sarif")), File.ReadAllText(Out("all.sarif")));
        Assert.Equal(File.ReadAllText(Out("one.csv")), File.ReadAllText(Out("all.csv")));
    }

    [Fact]
    public void Ndjson_merged_from_shards_equals_one_run_with_its_lines_in_order()
    {
        // Twelve lines (line 10 sorts before line 2 as text), the first study again on the last line.
        var lines = RegistryArchiveTests.RealRecords.Take(11).Select(f => JsonNode.Parse(File.ReadAllText(f))!.ToJsonString()).ToList();
        lines.Add(lines[0]);
        string ndjson = Out("studies.jsonl");
        File.WriteAllText(ndjson, string.Join('\n', lines) + "\n");

        var one = CliRunner.Run(null, "lint", ndjson, "--as-of", "2026-12-01", "-f", "json", "-o", Out("one.json"));
        var merge = CliRunner.Run(null, ["merge", .. LintShards(ndjson, "lines"), "-o", Out("all.json")]);

        Assert.Contains("\"TL0033\"", File.ReadAllText(Out("one.json")), StringComparison.Ordinal);
        Assert.Equal(one.ExitCode, merge.ExitCode);
        Assert.Equal(File.ReadAllText(Out("one.json")), File.ReadAllText(Out("all.json")));
        Assert.Contains("merged 4 outputs: 12 files", merge.StdErr);
    }

    [Fact]
    public void A_shard_cut_short_broken_given_twice_or_of_another_version_is_refused_with_a_reason()
    {
        var shards = LintInShards("--as-of", "2026-12-01");
        string text = File.ReadAllText(shards[1]);
        File.WriteAllText(Out("cut.json"), text[..(text.Length / 2)]);
        string version = JsonNode.Parse(text)!["tool"]!["version"]!.GetValue<string>();
        File.WriteAllText(Out("other-tool.json"), text.Replace($"\"version\": \"{version}\"", "\"version\": \"0.9.0\"", StringComparison.Ordinal));
        File.WriteAllText(Out("other-format.json"), text.Replace("\"version\": 1,", "\"version\": 2,", StringComparison.Ordinal));
        // A stray brace where the second file's findings start: a syntax error, said at its line and column.
        int second = text.IndexOf("\"findings\": [", text.IndexOf("\"findings\": [", StringComparison.Ordinal) + 1, StringComparison.Ordinal);
        File.WriteAllText(Out("syntax.json"), text.Insert(second + "\"findings\": [".Length, "}"));
        int syntaxLine = text[..second].Count(c => c == '\n') + 1;

        var cut = CliRunner.Run(null, "merge", shards[0], Out("cut.json"), "-o", Out("all.json"));
        var twice = CliRunner.Run(null, "merge", shards[0], shards[2], shards[0], "-o", Out("all.json"));
        var tool = CliRunner.Run(null, "merge", shards[0], Out("other-tool.json"), "-o", Out("all.json"));
        var format = CliRunner.Run(null, "merge", Out("other-format.json"), "-o", Out("all.json"));
        var syntax = CliRunner.Run(null, "merge", shards[0], Out("syntax.json"), "-o", Out("all.json"));

        Assert.Equal([2, 2, 2, 2, 2], new[] { cut.ExitCode, twice.ExitCode, tool.ExitCode, format.ExitCode, syntax.ExitCode });
        Assert.Contains($"syntax.json' cannot be merged: not JSON at line {syntaxLine}, column ", syntax.StdErr);
        Assert.Matches(@"'.*cut\.json' cannot be merged: not JSON: it stops at line \d+ before its findings JSON ends", cut.StdErr);
        Assert.Contains($"'{shards[0]}' is given twice", twice.StdErr);
        Assert.Contains($"come from different runs: TrialLint {version} and 0.9.0", tool.StdErr);
        Assert.Contains("findings JSON version 2, this TrialLint reads version 1", format.StdErr);
        Assert.DoesNotContain("   at ", cut.StdErr + twice.StdErr + tool.StdErr + format.StdErr + syntax.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(Out("all.json")));
    }
}
