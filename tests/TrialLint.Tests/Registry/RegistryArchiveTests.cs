using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using TrialLint.Engine;
using TrialLint.Output;
using TrialLint.Output.Json;
using TrialLint.Output.Summary;
using TrialLint.Registry;
using TrialLint.Rules;

namespace TrialLint.Tests.Registry;

/// <summary>
/// Records at registry scale: the bulk download's zip read entry by entry, NDJSON line by line, pages of studies,
/// each linted with the same findings as the same records as files of their own; bad archives, entries and lines
/// are each a located finding and the run goes on. The records are the real ones in Records/real/ (from
/// ../shared/data/ctgov-real, ClinicalTrials.gov public data; see Records/README.md).
/// </summary>
public sealed class RegistryArchiveTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("triallint-archive-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string RealFolder => Path.Combine(RegistryRecords.Folder, "real");

    internal static IReadOnlyList<string> RealRecords => Directory.EnumerateFiles(RealFolder, "NCT*.json").Order(StringComparer.Ordinal).ToList();

    /// <summary>A zip like ctg-studies.json.zip: one deflated JSON file per study, named by its NCT id, at the root.</summary>
    internal static string BuildZip(string path, IEnumerable<(string Name, byte[] Bytes)> entries)
    {
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, bytes) in entries)
        {
            using var stream = archive.CreateEntry(name, CompressionLevel.Fastest).Open();
            stream.Write(bytes);
        }
        return path;
    }

    internal static IEnumerable<(string Name, byte[] Bytes)> RealEntries() => RealRecords.Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)));

    private static List<FileResult> LintAll(params string[] files) => RegistryRecords.Engine.LintInputs(InputSources.Expand(files), new DuplicateStudies()).ToList();

    private static IEnumerable<string> Shape(FileResult result, bool withColumns = true) =>
        result.Diagnostics.Select(d => $"{d.Id} {d.Location.StartLine}{(withColumns ? ":" + d.Location.StartColumn : "")} {d.Location.Pointer} {d.Message}");

    [Fact]
    public void A_zip_of_records_lints_with_the_same_findings_as_the_records_as_files()
    {
        string zip = BuildZip(Path.Combine(_dir, "ctg-studies.json.zip"), RealEntries());

        var fromZip = LintAll(zip);
        var fromFiles = LintAll([.. RealRecords]);

        Assert.Equal(RealRecords.Count, fromZip.Count);
        Assert.True(fromFiles.Sum(r => r.Diagnostics.Length) > 20, "the records should give findings to compare");
        for (int i = 0; i < fromZip.Count; i++)
        {
            string name = Path.GetFileName(fromFiles[i].Path);
            Assert.Equal($"{zip}/{name}", fromZip[i].Path);
            Assert.Equal(zip, fromZip[i].Archive);
            Assert.Equal(name, fromZip[i].Entry);
            Assert.Equal(Shape(fromFiles[i]), Shape(fromZip[i]));
            Assert.All(fromZip[i].Diagnostics, d => Assert.Equal($"{zip}/{name}", d.Location.Path));
            Assert.Equal(fromFiles[i].Outcomes, fromZip[i].Outcomes);
        }
    }

    [Fact]
    public void A_run_that_writes_only_findings_lets_each_model_go_and_writes_the_same_json_and_summary()
    {
        // Holding the tree and model of every result waiting to be written made the garbage collector copy them
        // again and again on the registry benchmark; json, sarif and the summary need only the title and the record's facts.
        string zip = BuildZip(Path.Combine(_dir, "ctg-studies.json.zip"), RealEntries().Concat(RealEntries().Take(1).Select(e => ("copy-" + e.Name, e.Bytes))));
        var light = new LintEngine(RuleSet.BuiltIn, new LintOptions { Registry = new RegistryOptions { AsOf = RegistryRecords.AsOf }, KeepModel = false });

        var kept = RegistryRecords.Engine.LintInputs(InputSources.Expand([zip]), new DuplicateStudies()).ToList();
        var dropped = light.LintInputs(InputSources.Expand([zip]), new DuplicateStudies()).ToList();

        Assert.All(kept, r => Assert.NotNull(r.Report));
        Assert.All(dropped, r => Assert.Null(r.Tree));
        Assert.All(dropped, r => Assert.Null(r.Report));
        Assert.All(dropped, r => Assert.NotNull(r.Record));
        // The study linted twice is still found twice, from the ids read while its tree was at hand.
        Assert.Contains(dropped[^1].Diagnostics, d => d.Id == "TL0033");
        Assert.Equal(Write(kept, s => new JsonFindingsWriter(s)), Write(dropped, s => new JsonFindingsWriter(s)));
        Assert.Equal(Write(kept, s => SummaryFormat.Create(s, new OutputOptions(false, null))), Write(dropped, s => SummaryFormat.Create(s, new OutputOptions(false, null))));

        string Write(List<FileResult> results, Func<Stream, FindingsWriter> create)
        {
            using var stream = new MemoryStream();
            var writer = create(stream);
            var summary = new RunSummary();
            writer.Begin(new RunContext(RuleSet.BuiltIn, _dir, _dir));
            foreach (var result in results)
            {
                summary.Add(result.Diagnostics);
                writer.Add(result);
            }
            writer.End(summary, 1);
            return Encoding.UTF8.GetString(stream.ToArray());
        }
    }

    [Fact]
    public void Ndjson_lines_lint_with_the_same_findings_each_on_its_line_of_the_file()
    {
        // One study a line, as exports write them; a blank line between two records is skipped.
        var lines = RealRecords.Select(f => JsonNode.Parse(File.ReadAllText(f))!.ToJsonString()).ToList();
        string ndjson = Path.Combine(_dir, "studies.jsonl");
        File.WriteAllText(ndjson, string.Join("\n", lines.Take(3)) + "\n\n" + string.Join("\n", lines.Skip(3)) + "\n");

        var fromLines = LintAll(ndjson);
        var fromFiles = LintAll([.. RealRecords]);

        Assert.Equal(lines.Count, fromLines.Count);
        for (int i = 0; i < fromLines.Count; i++)
        {
            int line = i < 3 ? i + 1 : i + 2;
            Assert.Equal(ndjson, fromLines[i].Path);
            Assert.Null(fromLines[i].Archive);
            Assert.Equal(fromFiles[i].Diagnostics.Select(d => $"{d.Id} {d.Location.Pointer} {d.Message}"), fromLines[i].Diagnostics.Select(d => $"{d.Id} {d.Location.Pointer} {d.Message}"));
            Assert.All(fromLines[i].Diagnostics, d => Assert.Equal(line, d.Location.StartLine));
        }
    }

    [Fact]
    public void A_page_of_studies_lints_with_the_same_findings_below_each_study()
    {
        var studies = new JsonArray([.. RealRecords.Take(4).Select(f => JsonNode.Parse(File.ReadAllText(f)))]);
        string page = Path.Combine(_dir, "page.json");
        File.WriteAllText(page, new JsonObject { ["studies"] = studies }.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));

        var result = Assert.Single(LintAll(page));
        var fromFiles = LintAll([.. RealRecords.Take(4)]);

        var expected = fromFiles.SelectMany((r, i) => r.Diagnostics.Select(d => $"{d.Id} /studies/{i}{d.Location.Pointer} {d.Message}")).Order(StringComparer.Ordinal);
        var actual = result.Diagnostics.Select(d => $"{d.Id} {d.Location.Pointer} {d.Message}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Bad_entries_are_each_a_finding_at_the_entry_and_the_other_entries_are_still_checked()
    {
        var record = JsonNode.Parse(File.ReadAllText(RealRecords[0]))!.AsObject();
        string firstId = Path.GetFileNameWithoutExtension(RealRecords[0]);
        var withoutProtocol = record.DeepClone().AsObject();
        withoutProtocol.Remove("protocolSection");
        string zip = BuildZip(Path.Combine(_dir, "bad.zip"),
        [
            (Path.GetFileName(RealRecords[0]), File.ReadAllBytes(RealRecords[0])),
            ("NCT99999901.json", "<html><body>503 Service Unavailable</body></html>"u8.ToArray()),
            ("NCT99999902.json", Encoding.UTF8.GetBytes(withoutProtocol.ToJsonString())),
            ("copy/" + Path.GetFileName(RealRecords[0]), File.ReadAllBytes(RealRecords[0])),
            (Path.GetFileName(RealRecords[1]), File.ReadAllBytes(RealRecords[1])),
        ]);

        var results = LintAll(zip);

        Assert.Equal(5, results.Count);
        Assert.DoesNotContain(results, r => r.HasInternalError);
        Assert.Contains(results[1].Diagnostics, d => d.Id == "TL0011" && d.Location.Path == $"{zip}/NCT99999901.json");
        var noProtocol = Assert.Single(results[2].Diagnostics);
        Assert.Equal("TL0028", noProtocol.Id);
        Assert.Equal("/protocolSection", noProtocol.Location.Pointer.ToString());
        var duplicate = Assert.Single(results[3].Diagnostics, d => d.Id == "TL0033");
        Assert.Equal($"{zip}/copy/{firstId}.json", duplicate.Location.Path);
        Assert.Equal("/protocolSection/identificationModule/nctId", duplicate.Location.Pointer.ToString());
        Assert.Contains($"{firstId} is also the study of {zip}/{firstId}.json", duplicate.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(results[0].Diagnostics, d => d.Id == "TL0033");
        // The entry after the bad ones is checked as usual.
        Assert.Equal(Shape(LintAll(RealRecords[1])[0]), Shape(results[4]));
    }

    [Fact]
    public void The_same_study_twice_in_a_page_or_in_two_lines_is_found()
    {
        string text = JsonNode.Parse(File.ReadAllText(RealRecords[2]))!.ToJsonString();
        string id = Path.GetFileNameWithoutExtension(RealRecords[2]);
        string page = Path.Combine(_dir, "page.json");
        File.WriteAllText(page, $"{{\"studies\": [{text},\n{text}]}}");
        string ndjson = Path.Combine(_dir, "two.ndjson");
        File.WriteAllText(ndjson, text + "\n" + text + "\n");

        var inPage = Assert.Single(LintAll(page)[0].Diagnostics, d => d.Id == "TL0033");
        Assert.Equal($"/studies/1/protocolSection/identificationModule/nctId", inPage.Location.Pointer.ToString());
        Assert.Equal(2, inPage.Location.StartLine);
        Assert.Contains($"{id} is also the study of {page} (/studies/0)", inPage.Message, StringComparison.Ordinal);

        var lines = LintAll(ndjson);
        Assert.DoesNotContain(lines[0].Diagnostics, d => d.Id == "TL0033");
        var inLines = Assert.Single(lines[1].Diagnostics, d => d.Id == "TL0033");
        Assert.Equal(2, inLines.Location.StartLine);
    }

    [Fact]
    public void An_entry_over_16_MB_is_refused_without_inflating_it_and_the_run_goes_on()
    {
        // 17 MB of spaces compress to a few kB: the archive is small, the entry is not.
        var huge = new byte[17 * 1024 * 1024];
        Array.Fill(huge, (byte)' ');
        huge[0] = (byte)'{';
        huge[^1] = (byte)'}';
        string zip = BuildZip(Path.Combine(_dir, "huge.zip"), [("NCT99999903.json", huge), (Path.GetFileName(RealRecords[0]), File.ReadAllBytes(RealRecords[0]))]);
        Assert.True(new FileInfo(zip).Length < 1024 * 1024);

        var results = LintAll(zip);

        var tooLarge = Assert.Single(results[0].Diagnostics);
        Assert.Equal("TL0004", tooLarge.Id);
        Assert.Equal($"{zip}/NCT99999903.json", tooLarge.Location.Path);
        Assert.Contains("larger than 16 MB", tooLarge.Message, StringComparison.Ordinal);
        Assert.Equal(Shape(LintAll(RealRecords[0])[0]), Shape(results[1]));
    }

    [Fact]
    public void A_line_over_the_limit_is_refused_at_its_line_and_the_next_lines_are_read()
    {
        string ndjson = Path.Combine(_dir, "long.jsonl");
        string record = JsonNode.Parse(File.ReadAllText(RealRecords[0]))!.ToJsonString();
        Assert.True(record.Length < 100_000);
        File.WriteAllText(ndjson, "{\"x\": \"" + new string('a', 300_000) + "\"}\n" + record + "\n");

        var records = InputSources.NdjsonLines(ndjson, maxBytes: 100 * 1024).ToList();

        Assert.Equal(2, records.Count);
        Assert.Equal("TL0004", records[0].Failure?.Id);
        Assert.Equal(1, records[0].Failure!.Location.StartLine);
        Assert.Contains("line 1 is longer than 100 kB", records[0].Failure!.Message, StringComparison.Ordinal);
        Assert.Null(records[1].Failure);
        Assert.Equal(2, records[1].FirstLine);
    }

    /// <summary>A zip like <see cref="BuildZip"/>, with where each entry's data ends in the file; on a non-seekable stream ZipArchive writes data descriptors (flag bit 3).</summary>
    private static long[] BuildZipWithEnds(string path, IEnumerable<(string Name, byte[] Bytes)> entries, bool seekable = true, CompressionLevel level = CompressionLevel.Fastest)
    {
        var ends = new List<long>();
        using var file = new FileStream(path, FileMode.Create);
        Stream target = seekable ? file : new NonSeekable(file);
        using (var archive = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using (var stream = archive.CreateEntry(name, level).Open()) stream.Write(bytes);
                ends.Add(file.Position);
            }
        }
        return [.. ends];
    }

    /// <summary>Writes through to a file but says it cannot seek, as a network stream or a pipe would.</summary>
    private sealed class NonSeekable(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }

    /// <summary>The first <paramref name="count"/> results are those of the real records as files, each at its entry.</summary>
    private static void AssertSameAsFiles(string zip, IReadOnlyList<FileResult> results, int count)
    {
        var fromFiles = LintAll([.. RealRecords.Take(count)]);
        for (int i = 0; i < count; i++)
        {
            string name = Path.GetFileName(fromFiles[i].Path);
            Assert.Equal($"{zip}/{name}", results[i].Path);
            Assert.Equal(Shape(fromFiles[i]), Shape(results[i]));
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_truncated_archive_lints_every_entry_before_the_cut_and_the_cut_entry_is_a_finding(bool seekable)
    {
        // A download cut short has no table of entries at its end: the entries are found by their local headers.
        // Written on a non-seekable stream, every entry's sizes follow its data (a data descriptor, flag bit 3).
        string whole = Path.Combine(_dir, "whole.zip");
        long[] ends = BuildZipWithEnds(whole, RealEntries(), seekable);
        byte[] bytes = File.ReadAllBytes(whole);
        Assert.Equal(seekable ? 0 : 8, bytes[6] & 8);
        int j = RealRecords.Count / 2;
        string cut = Path.Combine(_dir, "ctg-studies.json.zip");
        File.WriteAllBytes(cut, bytes[..(int)((ends[j - 1] + ends[j]) / 2)]);

        var results = LintAll(cut);

        Assert.Equal(j + 1, results.Count);
        AssertSameAsFiles(cut, results, j);
        var d = Assert.Single(results[j].Diagnostics);
        Assert.Equal("TL0032", d.Id);
        Assert.Equal($"{cut}/{Path.GetFileName(RealRecords[j])}", d.Location.Path);
        Assert.Equal("This entry of the archive cannot be read: the archive ends inside this entry: it was cut short; download it again", d.Message);
    }

    [Fact]
    public void An_archive_cut_between_entries_or_inside_its_table_is_a_finding_at_the_archive_after_its_entries()
    {
        string whole = Path.Combine(_dir, "whole.zip");
        long[] ends = BuildZipWithEnds(whole, RealEntries());
        byte[] bytes = File.ReadAllBytes(whole);
        int j = RealRecords.Count / 2;
        string between = Path.Combine(_dir, "between.zip");
        File.WriteAllBytes(between, bytes[..(int)ends[j - 1]]);
        string inTable = Path.Combine(_dir, "in-table.zip");
        File.WriteAllBytes(inTable, bytes[..^30]);

        var first = LintAll(between);
        var all = LintAll(inTable);

        Assert.Equal(j + 1, first.Count);
        AssertSameAsFiles(between, first, j);
        var d = Assert.Single(first[j].Diagnostics);
        Assert.Equal(("TL0032", between), (d.Id, d.Location.Path));
        Assert.Equal($"The archive cannot be read: it ends after {j} entries (the last {Path.GetFileName(RealRecords[j - 1])}), before its table of entries: it was cut short; download it again", d.Message);
        Assert.Equal(RealRecords.Count + 1, all.Count);
        AssertSameAsFiles(inTable, all, RealRecords.Count);
        Assert.Equal($"The archive cannot be read: its table of entries is damaged or cut short: its {RealRecords.Count} entries were read from their own headers; download it again", Assert.Single(all[^1].Diagnostics).Message);
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_one_finding_at_the_archive()
    {
        string notZip = Path.Combine(_dir, "ctg-studies.json.zip");
        File.WriteAllText(notZip, "<html><body>404 Not Found</body></html>");

        var d = Assert.Single(Assert.Single(LintAll(notZip)).Diagnostics);

        Assert.Equal(("TL0032", notZip), (d.Id, d.Location.Path));
        Assert.StartsWith("The archive cannot be read: it is not a zip archive", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_descriptors_stored_entries_and_a_zip64_archive_read_the_same_as_files()
    {
        string described = Path.Combine(_dir, "described.zip");
        BuildZipWithEnds(described, RealEntries(), seekable: false);
        string stored = Path.Combine(_dir, "stored.zip");
        BuildZipWithEnds(stored, RealEntries(), level: CompressionLevel.NoCompression);
        Assert.Equal(0, File.ReadAllBytes(stored)[8]);
        // Written by Python's zipfile in ZIP64 form throughout: Records/zip64/make-zip64.py.
        string zip64 = Path.Combine(RegistryRecords.Folder, "zip64", "real-3.zip");

        var fromDescribed = LintAll(described);
        var fromStored = LintAll(stored);
        var fromZip64 = LintAll(zip64);

        Assert.Equal(RealRecords.Count, fromDescribed.Count);
        AssertSameAsFiles(described, fromDescribed, RealRecords.Count);
        Assert.Equal(RealRecords.Count, fromStored.Count);
        AssertSameAsFiles(stored, fromStored, RealRecords.Count);
        Assert.Equal(3, fromZip64.Count);
        AssertSameAsFiles(zip64, fromZip64, 3);
        Assert.Equal(3, InputSources.ZipEntryCount(zip64));
    }

    /// <summary>The offset of the central directory header of entry <paramref name="index"/> of an archive without ZIP64 records or comment.</summary>
    private static int CentralHeader(byte[] zip, int index)
    {
        int at = BitConverter.ToInt32(zip, zip.Length - 22 + 16);
        for (int i = 0; i < index; i++) at += 46 + BitConverter.ToUInt16(zip, at + 28) + BitConverter.ToUInt16(zip, at + 30) + BitConverter.ToUInt16(zip, at + 32);
        return at;
    }

    [Fact]
    public void A_crc_mismatch_an_unknown_method_and_an_encrypted_entry_are_each_a_finding_at_the_entry()
    {
        string zip = BuildZip(Path.Combine(_dir, "odd.zip"), RealEntries().Take(4));
        byte[] bytes = File.ReadAllBytes(zip);
        bytes[CentralHeader(bytes, 0) + 16] ^= 0xFF;
        // bzip2 (method 12), as another zip tool may write: in the central directory and the local header.
        int second = CentralHeader(bytes, 1);
        bytes[second + 10] = 12;
        bytes[BitConverter.ToInt32(bytes, second + 42) + 8] = 12;
        bytes[CentralHeader(bytes, 2) + 8] |= 1;
        File.WriteAllBytes(zip, bytes);

        var results = LintAll(zip);

        Assert.Equal(4, results.Count);
        string[] messages = [.. results.Take(3).Select(r => Assert.Single(r.Diagnostics)).Select(d => $"{d.Id} {d.Location.Path} {d.Message}")];
        string Name(int i) => $"{zip}/{Path.GetFileName(RealRecords[i])}";
        Assert.StartsWith($"TL0032 {Name(0)} This entry of the archive cannot be read: its data is damaged (its CRC-32 is ", messages[0], StringComparison.Ordinal);
        Assert.Equal($"TL0032 {Name(1)} This entry of the archive cannot be read: it is compressed with method 12 (bzip2); TrialLint reads stored and deflated entries only", messages[1]);
        Assert.Equal($"TL0032 {Name(2)} This entry of the archive cannot be read: it is encrypted, and TrialLint reads no encrypted entries", messages[2]);
        Assert.Equal(Shape(LintAll(RealRecords[3])[0]), Shape(results[3]));
    }

    [Fact]
    public void An_entry_that_states_a_small_size_but_inflates_past_16_MB_is_stopped_while_inflating()
    {
        var huge = new byte[17 * 1024 * 1024];
        Array.Fill(huge, (byte)' ');
        string zip = BuildZip(Path.Combine(_dir, "forged.zip"), [("NCT99999904.json", huge), (Path.GetFileName(RealRecords[0]), File.ReadAllBytes(RealRecords[0]))]);
        byte[] bytes = File.ReadAllBytes(zip);
        // The central directory says 1,000 bytes; the data inflates to 17 MB.
        BitConverter.TryWriteBytes(bytes.AsSpan(CentralHeader(bytes, 0) + 24), 1000);
        File.WriteAllBytes(zip, bytes);

        var results = LintAll(zip);

        var tooLarge = Assert.Single(results[0].Diagnostics);
        Assert.Equal(("TL0004", $"{zip}/NCT99999904.json"), (tooLarge.Id, tooLarge.Location.Path));
        Assert.Contains("larger than 16 MB", tooLarge.Message, StringComparison.Ordinal);
        Assert.Equal(Shape(LintAll(RealRecords[0])[0]), Shape(results[1]));
    }

    [Fact]
    public void Entries_read_in_parallel_are_the_bytes_read_one_by_one()
    {
        // Each entry is read by the thread that lints it, through positional reads of one file handle.
        string zip = BuildZip(Path.Combine(_dir, "parallel.zip"), Enumerable.Range(0, 20).SelectMany(_ => RealEntries()).Select((e, i) => ($"{i:D3}-{e.Name}", e.Bytes)));
        var expected = Enumerable.Range(0, 20).SelectMany(_ => RealRecords).Select(File.ReadAllBytes).ToList();

        var serial = InputSources.Expand([zip]).Select(r => r.Read().Bytes!).ToList();
        var parallel = InputSources.Expand([zip]).AsParallel().AsOrdered().WithDegreeOfParallelism(8).Select(r => r.Read().Bytes!).ToList();

        Assert.Equal(expected, serial);
        Assert.Equal(expected, parallel);
    }

    [Fact]
    public void A_damaged_entry_is_a_finding_at_the_entry_and_the_others_are_read()
    {
        string zip = BuildZip(Path.Combine(_dir, "damaged.zip"), RealEntries().Take(3));
        byte[] bytes = File.ReadAllBytes(zip);
        // Overwrite the middle of the first entry's deflated data (its local header is 30 bytes plus the name).
        int start = 30 + Path.GetFileName(RealRecords[0]).Length + 200;
        for (int i = start; i < start + 64; i++) bytes[i] ^= 0x5A;
        File.WriteAllBytes(zip, bytes);

        var results = LintAll(zip);

        Assert.Equal(3, results.Count);
        var d = Assert.Single(results[0].Diagnostics);
        Assert.True(d.Id is "TL0032" or "TL0011" or "TL0002", d.ToString());
        Assert.Equal($"{zip}/{Path.GetFileName(RealRecords[0])}", d.Location.Path);
        Assert.Equal(Shape(LintAll(RealRecords[1])[0]), Shape(results[1]));
    }

    [Fact]
    public void Shards_of_an_archive_and_an_ndjson_file_are_disjoint_and_cover_the_run()
    {
        string zip = BuildZip(Path.Combine(_dir, "all.zip"), RealEntries());
        string ndjson = Path.Combine(_dir, "all.ndjson");
        File.WriteAllLines(ndjson, RealRecords.Select(f => JsonNode.Parse(File.ReadAllText(f))!.ToJsonString()));
        string Key(InputRecord r) => $"{r.Path}:{r.FirstLine}";

        var whole = InputSources.Expand([zip, ndjson]).Select(Key).ToList();
        var shards = Enumerable.Range(1, 3).Select(i => InputSources.Expand([zip, ndjson], new Shard(i, 3)).Select(Key).ToList()).ToList();

        Assert.Equal(2 * RealRecords.Count, whole.Count);
        Assert.Equal(whole.Order(StringComparer.Ordinal), shards.SelectMany(s => s).Order(StringComparer.Ordinal));
        Assert.All(shards, s => Assert.NotEmpty(s));
        Assert.Equal(whole.Count, shards.SelectMany(s => s).Distinct().Count());
        // The same split every time.
        Assert.Equal(shards[1], InputSources.Expand([zip, ndjson], new Shard(2, 3)).Select(Key).ToList());
    }

    [Fact]
    public void The_count_of_entries_for_the_progress_line_is_read_from_the_end_of_the_archive()
    {
        string zip = BuildZip(Path.Combine(_dir, "few.zip"), RealEntries().Take(5));
        // Over 65,535 entries (the registry has about 598,000), the count is in the ZIP64 end record.
        string many = BuildZip(Path.Combine(_dir, "many.zip"), Enumerable.Range(0, 70_000).Select(i => ($"NCT{i:D8}.json", Array.Empty<byte>())));

        Assert.Equal(5, InputSources.ZipEntryCount(zip));
        Assert.Equal(70_000, InputSources.ZipEntryCount(many));
        Assert.Equal(5 + 70_000 + 1, InputSources.CountRecords([zip, many, "report.trial.yaml"]));
        Assert.Null(InputSources.CountRecords([zip, "studies.jsonl"]));
    }
}
