using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Analyzers;

/// <summary>The analyzers against the seed reports: the complete example stays clean, the ALS article finds what it omits.</summary>
public sealed class SeedReportTests
{
    private static TrialLint.Engine.FileResult LintSeed(string name)
    {
        string path = RepoPaths.Combine("seeds", name);
        return Lint.Text(File.ReadAllText(path), path);
    }

    [Fact]
    public void CompleteRandomisedExample_HasNoFindings()
    {
        var result = LintSeed("example-randomised.trial.yaml");

        Assert.NotNull(result.Report);
        Assert.True(result.Diagnostics.IsEmpty, "Expected no findings, got:\n" + string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void AlsPhase1Article_FindsExactlyTheMissingAnalysedNumberOnlySeriousHarmsAndNoControlRationale()
    {
        var result = LintSeed("als-phase1-msc.trial.yaml");

        var ids = result.Diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["TL0105", "TL0202", "TL0301"], ids);
    }

    [Fact]
    public void AlsPhase1Article_DeathBeforeTreatmentAccountsForTheEighthEnrolledParticipant()
    {
        // 8 enrolled, 7 treated, 1 died before treatment (did_not_receive): allocation is fully accounted for.
        var result = LintSeed("als-phase1-msc.trial.yaml");

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TL0101");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TL0103");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TL0111");
    }
}
