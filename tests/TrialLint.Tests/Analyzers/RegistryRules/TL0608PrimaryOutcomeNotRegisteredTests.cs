using TrialLint.Analyzers.RegistryRules;
using TrialLint.Diagnostics;

namespace TrialLint.Tests.Analyzers.RegistryRules;

public sealed class TL0608PrimaryOutcomeNotRegisteredTests
{
    private const string Id = "TL0608";

    [Fact]
    public void SupportedDiagnostics_MatchClassNamePrefix() =>
        AnalyzerAssert.SupportsOnlyOwnId(new TL0608PrimaryOutcomeNotRegistered());

    [Fact]
    public void A_reworded_but_same_primary_outcome_gives_no_finding()
    {
        var result = CrossCheckAssert.Lint(CrossCheckAssert.Report("  - {id: a, type: primary, title: \"ALS Functional Rating Scale-Revised score: change from baseline\", time_frame: \"26 weeks\"}"));

        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "TL0607" or "TL0608" or "TL0609");
        Assert.Equal(TrialLint.Diagnostics.RuleOutcome.Passed, result.Outcomes[Id]);
    }

    [Fact]
    public void A_silently_swapped_primary_outcome_gives_one_finding_with_both_sides()
    {
        var result = CrossCheckAssert.Lint(CrossCheckAssert.Report("  - {id: svc, type: primary, title: \"Change in slow vital capacity (SVC)\", time_frame: \"6 months\"}"));

        var finding = Assert.Single(result.Diagnostics, d => d.Id.StartsWith("TL060", StringComparison.Ordinal) && d.Id != "TL0606");
        Assert.Equal(Id, finding.Id);
        Assert.Equal("/outcomes/0/title", finding.Location.Pointer.ToString());
        Assert.Equal(
            "The report's primary outcome 'Change in slow vital capacity (SVC)' is not a primary outcome registered in NCT09000002 (als-registered.json): "
            + "no registered outcome matches it (the closest, 'Change in forced vital capacity (FVC)', has word-set similarity 0.51, below the threshold 0.75); "
            + "it takes the place of the registered primary outcome 'Change in ALS Functional Rating Scale–Revised (ALSFRS-R) score' (time frame '6 months after the first injection'; als-registered.json at /protocolSection/outcomesModule/primaryOutcomes/0), which the report does not give as a primary outcome; "
            + "report the registered primary outcome, or declare the change under 'changes' (kind: outcome) with the reason",
            finding.Message);
    }

    [Fact]
    public void Fires_ForAPromotedSecondaryOutcome()
    {
        string outcomes = """
              - {id: a, type: primary, title: "Change in ALSFRS-R total score"}
              - {id: fvc, type: primary, title: "Change in FVC"}
            """;

        var finding = CrossCheckAssert.Single(CrossCheckAssert.Report(outcomes), Id);

        Assert.Contains("it was registered as a secondary outcome, 'Change in forced vital capacity (FVC)'", finding.Message, StringComparison.Ordinal);
        Assert.Equal("/outcomes/1/title", finding.Location.Pointer.ToString());
    }

    [Fact]
    public void Quiet_WhenTheSwapIsDeclared()
    {
        string changes = """
            changes:
              - kind: outcome
                description: "Primary outcome changed to slow vital capacity (SVC)."
                reason: "Requested by the ethics committee before randomisation."
            """;

        var result = CrossCheckAssert.Lint(CrossCheckAssert.Report("  - {id: svc, type: primary, title: \"Change in slow vital capacity (SVC)\"}", changes));

        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "TL0607" or "TL0608");
    }

    [Fact]
    public void An_outcome_that_may_be_the_registered_one_reworded_is_a_warning_showing_both()
    {
        var result = CrossCheckAssert.Lint(CrossCheckAssert.Report("  - {id: bulbar, type: primary, title: \"Change in ALSFRS-R bulbar subscore\", time_frame: \"6 months\"}"));

        var finding = Assert.Single(result.Diagnostics, d => d.Id.StartsWith("TL060", StringComparison.Ordinal) && d.Id != "TL0606");
        Assert.Equal(Id, finding.Id);
        Assert.Equal(TrialLint.Diagnostics.DiagnosticSeverity.Warning, finding.Severity);
        Assert.Contains("it may be the registered primary outcome 'Change in ALS Functional Rating Scale–Revised (ALSFRS-R) score' (time frame '6 months after the first injection'; als-registered.json at /protocolSection/outcomesModule/primaryOutcomes/0) in other words (word-set similarity 0.67, below the threshold 0.75", finding.Message, StringComparison.Ordinal);
        Assert.Contains("at least 0.60), which the words do not settle", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotApplicable_WithoutAPrimaryOutcome() =>
        CrossCheckAssert.NotApplicable(CrossCheckAssert.Report("  - {id: a, type: secondary, title: \"Survival\"}"), Id);
}
