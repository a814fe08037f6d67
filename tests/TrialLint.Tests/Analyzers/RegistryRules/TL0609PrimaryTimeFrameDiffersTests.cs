using TrialLint.Analyzers.RegistryRules;

namespace TrialLint.Tests.Analyzers.RegistryRules;

public sealed class TL0609PrimaryTimeFrameDiffersTests
{
    private const string Id = "TL0609";

    private static string Report(string timeFrame) =>
        CrossCheckAssert.Report($"  - {{id: a, type: primary, title: \"Change in ALSFRS-R total score\", time_frame: \"{timeFrame}\"}}");

    [Fact]
    public void SupportedDiagnostics_MatchClassNamePrefix() =>
        AnalyzerAssert.SupportsOnlyOwnId(new TL0609PrimaryTimeFrameDiffers());

    [Theory]
    [InlineData("6 months")]
    [InlineData("24 weeks")]
    [InlineData("26 weeks after the first injection")]
    [InlineData("Week 26")]
    [InlineData("182 days")]
    [InlineData("Baseline, 4 and 6 months")]
    public void Passes_ForTheRegisteredTimeInOtherUnits(string timeFrame) => CrossCheckAssert.Passes(Report(timeFrame), Id);

    [Theory]
    [InlineData("4 months", "4")]
    [InlineData("12 months", "12")]
    [InlineData("16 weeks", "3.7")]
    public void Fires_ForAnotherTime(string timeFrame, string months)
    {
        var finding = CrossCheckAssert.Single(Report(timeFrame), Id);

        Assert.StartsWith($"The primary outcome 'Change in ALSFRS-R total score' is assessed at '{timeFrame}' (about {months} months), but NCT09000002 (als-registered.json) registered it as 'Change in ALS Functional Rating Scale–Revised (ALSFRS-R) score' (time frame '6 months after the first injection'; als-registered.json at /protocolSection/outcomesModule/primaryOutcomes/0), about 6 months", finding.Message, StringComparison.Ordinal);
        Assert.Equal("/outcomes/0/time_frame", finding.Location.Pointer.ToString());
    }

    [Fact]
    public void NotApplicable_WithoutADurationToCompare() => CrossCheckAssert.NotApplicable(Report("At the end of treatment"), Id);
}
