using TrialLint.Analyzers.RegistryRules;

namespace TrialLint.Tests.Analyzers.RegistryRules;

public sealed class TL0607RegisteredPrimaryOutcomeNotReportedTests
{
    private const string Id = "TL0607";

    [Fact]
    public void SupportedDiagnostics_MatchClassNamePrefix() =>
        AnalyzerAssert.SupportsOnlyOwnId(new TL0607RegisteredPrimaryOutcomeNotReported());

    [Theory]
    [InlineData("Change in ALSFRS-R total score")]
    [InlineData("ALSFRS-R")]
    [InlineData("ALS Functional Rating Scale-Revised score, change from baseline")]
    [InlineData("Change in the ALS functional rating scale revised (ALSFRS-R) total score")]
    public void Passes_WhenTheRegisteredOutcomeIsReportedInOtherWords(string title) =>
        CrossCheckAssert.Passes(CrossCheckAssert.Report($"  - {{id: a, type: primary, title: \"{title}\", time_frame: \"24 weeks\"}}"), Id);

    [Fact]
    public void Fires_WhenTheRegisteredOutcomeIsLeftOut_ShowingTheRegisteredSide()
    {
        var finding = CrossCheckAssert.Single(CrossCheckAssert.Report("  - {id: s, type: secondary, title: \"Survival without tracheostomy\"}"), Id);

        Assert.StartsWith("The primary outcome registered in NCT09000002 (als-registered.json), 'Change in ALS Functional Rating Scale–Revised (ALSFRS-R) score' (time frame '6 months after the first injection'; als-registered.json at /protocolSection/outcomesModule/primaryOutcomes/0), is not among the report's primary outcomes: the report gives no primary outcome", finding.Message, StringComparison.Ordinal);
        Assert.Equal("/outcomes", finding.Location.Pointer.ToString());
    }

    [Fact]
    public void Fires_WhenTheRegisteredOutcomeIsDemotedToSecondary_SayingHowItMatched()
    {
        var finding = CrossCheckAssert.Single(CrossCheckAssert.Report("  - {id: a, type: secondary, title: \"Change in ALSFRS-R total score\"}"), Id);

        Assert.Contains("the report gives it as a secondary outcome, 'Change in ALSFRS-R total score', matched by word-set similarity 0.98, at least the threshold 0.75; ALSFRS-R read as \"ALS Functional Rating Scale Revised\", which one of the texts defines", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_ForASwap_WhichTL0608ReportsOnce()
    {
        var result = CrossCheckAssert.Lint(CrossCheckAssert.Report("  - {id: svc, type: primary, title: \"Change in slow vital capacity (SVC)\", time_frame: \"6 months\"}"));

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == Id);
        Assert.Single(result.Diagnostics, d => d.Id == "TL0608");
    }

    [Fact]
    public void Quiet_WhenTheChangeIsDeclaredWithAReason()
    {
        string changes = """
            changes:
              - kind: outcome
                description: "The ALSFRS-R was moved to the secondary outcomes."
                reason: "Requested by the ethics committee before randomisation."
            """;

        CrossCheckAssert.Passes(CrossCheckAssert.Report("  - {id: a, type: secondary, title: \"Change in ALSFRS-R total score\"}", changes), Id);
    }

    [Fact]
    public void Fires_WhenTheDeclaredChangeHasNoReason()
    {
        string changes = """
            changes:
              - kind: outcome
                description: "The ALSFRS-R was moved to the secondary outcomes."
            """;

        CrossCheckAssert.Single(CrossCheckAssert.Report("  - {id: a, type: secondary, title: \"Change in ALSFRS-R total score\"}", changes), Id);
    }
}
