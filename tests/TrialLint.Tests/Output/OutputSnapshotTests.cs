using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Output;

/// <summary>Approved snapshots of every output format for the seeds: a change in any output shows up in review.</summary>
[Collection(CliCollection.Name)]
public sealed class OutputSnapshotTests
{
    [Theory]
    [InlineData("sarif", "sarif")]
    [InlineData("json", "json")]
    [InlineData("github", "txt")]
    [InlineData("junit", "xml")]
    [InlineData("markdown", "md")]
    [InlineData("html", "html")]
    public void Seeds(string format, string extension)
    {
        var (text, run) = OutputFiles.Lint(format, null, "seeds/");

        Assert.Equal(1, run.ExitCode);
        Snapshot.Verify(OutputFiles.Stable(text), extension, name: $"Seeds.{format}");
    }
}
