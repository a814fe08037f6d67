using System.Text;
using TrialLint.Diagnostics;
using TrialLint.Engine;
using TrialLint.Syntax;

namespace TrialLint.Tests.Engine;

/// <summary>
/// Files that are not reports at all (missing, empty, binary, wrongly encoded, huge) each give one input finding
/// and never an exception; and <see cref="ReportDiscovery.Expand"/> turns folders and globs into the right files.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "triallint-tests-" + Guid.NewGuid().ToString("N"));
    private readonly LintEngine _engine = new();

    public BadInputTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private Diagnostic LintSingle(string path)
    {
        FileResult? result = null;
        Assert.Null(Record.Exception(() => result = _engine.LintFile(path)));
        Assert.False(result!.HasInternalError, string.Join("; ", result.Diagnostics));
        return Assert.Single(result.Diagnostics);
    }

    // ---- LintEngine.LintFile ----

    [Fact]
    public void Missing_file()
    {
        string path = Path.Combine(_dir, "no-such-report.trial.yaml");

        var d = LintSingle(path);

        Assert.Equal("TL0001", d.Id);
        Assert.Equal(path, d.Location.Path);
        Assert.Contains("does not exist", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty.trial.yaml", "")]
    [InlineData("blank.trial.yaml", "   \n\n\t\n")]
    [InlineData("comments.trial.yaml", "# a report will go here\n\n   # nothing yet\n")]
    [InlineData("empty.trial.json", "")]
    [InlineData("blank.trial.json", "  \r\n\r\n")]
    public void Empty_or_comment_only_file(string name, string text)
    {
        var d = LintSingle(Write(name, text));

        Assert.Equal("TL0003", d.Id);
        Assert.Contains("format_version: 1", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_file()
    {
        var d = LintSingle(Write("image.trial.yaml", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]));

        Assert.Equal("TL0002", d.Id);
        Assert.Contains("binary", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nul_byte_after_some_text_is_reported_on_its_line()
    {
        var d = LintSingle(Write("nul.trial.yaml", [.. Encoding.UTF8.GetBytes("format_version: 1\ntitle: x\n"), 0x00, 0x01]));

        Assert.Equal("TL0002", d.Id);
        Assert.Equal(3, d.Location.StartLine);
    }

    [Fact]
    public void Invalid_utf8_names_the_byte_and_its_line()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("format_version: 1\ntitle: Caf"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" trial\n")];

        var d = LintSingle(Write("latin.trial.yaml", bytes));

        Assert.Equal("TL0002", d.Id);
        Assert.Equal(2, d.Location.StartLine);
        Assert.Contains("0xC3", d.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin1_text_after_a_utf8_byte_order_mark_is_reported_on_its_line()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("format_version: 1\n\ntitle: Caf"), 0xE9, 0x0A];

        var d = LintSingle(Write("bom-latin.trial.yaml", bytes));

        Assert.Equal("TL0002", d.Id);
        Assert.Equal(3, d.Location.StartLine);
        Assert.Contains("0xE9", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Utf16_with_byte_order_mark(bool littleEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian: !littleEndian, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes("format_version: 1\n")];

        var d = LintSingle(Write("utf16.trial.yaml", bytes));

        Assert.Equal("TL0002", d.Id);
        Assert.Contains("UTF-16", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_byte_order_mark_is_accepted_and_not_counted_as_a_column()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("format_version: 3\n")];

        var d = LintSingle(Write("bom.trial.yaml", bytes));

        Assert.Equal("TL0020", d.Id);
        Assert.Equal((1, 17), (d.Location.StartLine, d.Location.StartColumn));
    }

    private string WriteSparse(string name, long length)
    {
        string path = Path.Combine(_dir, name);
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        stream.SetLength(length);
        return path;
    }

    [Fact]
    public void File_over_the_size_limit()
    {
        var d = LintSingle(WriteSparse("huge.trial.yaml", SyntaxLimits.MaxFileBytes + 1));

        Assert.Equal("TL0004", d.Id);
        Assert.Contains("16 MB", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_over_the_size_limit_does_not_claim_to_be_as_large_as_the_limit()
    {
        // "the file is 16 MB; reports are read up to 16 MB" contradicts itself: the size must not round down to the limit.
        var d = LintSingle(WriteSparse("huge.trial.yaml", SyntaxLimits.MaxFileBytes + 1));

        Assert.DoesNotContain("the file is 16 MB", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_of_exactly_the_size_limit_is_read()
    {
        // 16 MB of zero bytes: read, then found to be binary, so not refused for its size.
        var d = LintSingle(WriteSparse("limit.trial.yaml", SyntaxLimits.MaxFileBytes));

        Assert.Equal("TL0002", d.Id);
    }

    [Fact]
    public void A_folder_given_as_a_file_does_not_throw()
    {
        FileResult? result = null;
        Assert.Null(Record.Exception(() => result = _engine.LintFile(_dir)));

        var d = Assert.Single(result!.Diagnostics);
        Assert.Equal("TL0001", d.Id);
    }

    [Fact]
    public void LintFiles_keeps_going_after_bad_files_and_keeps_input_order()
    {
        string missing = Path.Combine(_dir, "missing.trial.yaml");
        string empty = Write("empty.trial.yaml", "");
        string binary = Write("binary.trial.yaml", [0, 1, 2]);
        string good = Write("good.trial.yaml", "format_version: 2\n");

        var results = _engine.LintFiles([missing, empty, binary, good]).ToList();

        Assert.Equal(new[] { missing, empty, binary, good }, results.Select(r => r.Path));
        Assert.Equal(new[] { "TL0001", "TL0003", "TL0002", "TL0020" }, results.Select(r => Assert.Single(r.Diagnostics).Id));
    }

    // ---- ReportDiscovery.Expand ----

    private void Touch(params string[] relativePaths)
    {
        foreach (string relative in relativePaths) Write(relative, "format_version: 1\n");
    }

    [Fact]
    public void Folder_is_searched_recursively_for_report_files_only()
    {
        Touch("reports/b.trial.yaml", "reports/a.trial.yml", "reports/sub/c.trial.json", "reports/sub/deeper/d.trial.yaml",
            "reports/config.yaml", "reports/sub/notes.json", "reports/sub/trial.yaml", "reports/readme.md");

        var (files, missing) = ReportDiscovery.Expand(["reports"], _dir);

        Assert.Empty(missing);
        Assert.Equal(
            new[] { "reports/a.trial.yml", "reports/b.trial.yaml", "reports/sub/c.trial.json", "reports/sub/deeper/d.trial.yaml" },
            files);
    }

    [Fact]
    public void Folder_search_skips_build_and_version_control_folders()
    {
        Touch("reports/keep.trial.yaml", "reports/bin/Debug/x.trial.yaml", "reports/obj/y.trial.yaml",
            "reports/.git/z.trial.yaml", "reports/node_modules/pkg/w.trial.yaml", "reports/sub/bin/v.trial.yaml");

        var (files, _) = ReportDiscovery.Expand(["reports"], _dir);

        Assert.Equal(new[] { "reports/keep.trial.yaml" }, files);
    }

    [Fact]
    public void Results_are_sorted_across_inputs()
    {
        Touch("z/1.trial.yaml", "a/2.trial.yaml", "m/3.trial.yaml");

        var (files, _) = ReportDiscovery.Expand(["z", "m/3.trial.yaml", "a"], _dir);

        Assert.Equal(new[] { "a/2.trial.yaml", "m/3.trial.yaml", "z/1.trial.yaml" }, files);
    }

    [Fact]
    public void A_file_named_twice_or_inside_a_named_folder_is_listed_once()
    {
        Touch("reports/a.trial.yaml", "reports/b.trial.yaml");

        var (files, _) = ReportDiscovery.Expand(["reports", "reports/a.trial.yaml", "reports/a.trial.yaml", "reports/**/*.trial.yaml"], _dir);

        Assert.Equal(new[] { "reports/a.trial.yaml", "reports/b.trial.yaml" }, files);
    }

    [Fact]
    public void The_same_file_written_two_ways_is_listed_once()
    {
        // Linting one file twice would repeat every finding; "./reports/a.trial.yaml" is the same file.
        Touch("reports/a.trial.yaml");

        var (files, _) = ReportDiscovery.Expand(["reports", "./reports/a.trial.yaml"], _dir);

        Assert.Single(files);
    }

    [Fact]
    public void A_named_file_is_taken_whatever_its_name()
    {
        Touch("custom/report.yaml");

        var (files, missing) = ReportDiscovery.Expand(["custom/report.yaml"], _dir);

        Assert.Equal(new[] { "custom/report.yaml" }, files);
        Assert.Empty(missing);
    }

    [Fact]
    public void Glob_matches_report_files_in_every_subfolder()
    {
        Touch("dir/a.trial.yaml", "dir/x/b.trial.yaml", "dir/x/y/c.trial.yaml", "dir/x/c.trial.json", "dir/x/plain.yaml", "other/d.trial.yaml");

        var (files, missing) = ReportDiscovery.Expand(["dir/**/*.trial.yaml"], _dir);

        Assert.Empty(missing);
        Assert.Equal(new[] { "dir/a.trial.yaml", "dir/x/b.trial.yaml", "dir/x/y/c.trial.yaml" }, files);
    }

    [Fact]
    public void Glob_in_the_base_folder()
    {
        Touch("one.trial.yaml", "two.trial.yaml", "sub/three.trial.yaml");

        var (files, _) = ReportDiscovery.Expand(["*.trial.yaml"], _dir);

        Assert.Equal(new[] { "one.trial.yaml", "two.trial.yaml" }, files);
    }

    [Fact]
    public void Missing_paths_and_globs_that_match_nothing_are_returned_as_missing()
    {
        Touch("reports/a.trial.yaml");

        var (files, missing) = ReportDiscovery.Expand(["reports", "nothere.trial.yaml", "nodir", "reports/**/*.trial.json", "nodir/**/*.yaml"], _dir);

        Assert.Equal(new[] { "reports/a.trial.yaml" }, files);
        Assert.Equal(new[] { "nothere.trial.yaml", "nodir", "reports/**/*.trial.json", "nodir/**/*.yaml" }, missing);
    }
}
