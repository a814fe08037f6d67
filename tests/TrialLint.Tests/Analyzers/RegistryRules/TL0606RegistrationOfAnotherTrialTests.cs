using TrialLint.Analyzers.RegistryRules;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Analyzers.RegistryRules;

public sealed class TL0606RegistrationOfAnotherTrialTests
{
    private const string Id = "TL0606";
    private const string Outcome = "  - {id: alsfrs, type: primary, title: \"Change in ALSFRS-R total score\", time_frame: \"6 months\"}";

    [Fact]
    public void SupportedDiagnostics_MatchClassNamePrefix() =>
        AnalyzerAssert.SupportsOnlyOwnId(new TL0606RegistrationOfAnotherTrial());

    [Fact]
    public void Fires_ForAnotherTrialsRecord_AndTheOtherCrossChecksStandDown()
    {
        var result = CrossCheckAssert.Lint(CrossCheckAssert.Report("  - {id: svc, type: primary, title: \"Slow vital capacity\"}", id: "NCT01363401"));

        var finding = Assert.Single(result.Diagnostics, d => d.Id == Id);
        Assert.Equal("The report gives the registration number NCT01363401, but the registry record it is checked against is NCT09000002 (als-registered.json); the other cross-checks were skipped, since another trial's registration says nothing about this one", finding.Message);
        Assert.Equal("/registration/id", finding.Location.Pointer.ToString());
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "TL0607" or "TL0608" or "TL0609" or "TL0610" or "TL0611" or "TL0612");
    }

    [Fact]
    public void Passes_ForTheReportsOwnRecord() => CrossCheckAssert.Passes(CrossCheckAssert.Report(Outcome), Id);

    [Fact]
    public void Quiet_WithoutARegistry()
    {
        var result = Lint.Text(CrossCheckAssert.Report(Outcome, id: "NCT01363401"));

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == Id);
        Assert.False(result.Outcomes.ContainsKey(Id));
    }
}
