using TrialLint.Analyzers.RegistryRules;

namespace TrialLint.Tests.Analyzers.RegistryRules;

public sealed class TL0612ArmsDifferFromRegistrationTests
{
    private const string Id = "TL0612";

    private static string Report(string arms) => $"""
        format_version: 1
        registration:
          id: "NCT09000002"
        arms:
        {arms}
        """;

    [Fact]
    public void SupportedDiagnostics_MatchClassNamePrefix() =>
        AnalyzerAssert.SupportsOnlyOwnId(new TL0612ArmsDifferFromRegistration());

    [Fact]
    public void Passes_ForTheRegisteredArmsUnderOtherNames() =>
        CrossCheckAssert.Passes(Report("  - {id: cells, title: \"Cells\", role: experimental}\n  - {id: standard, title: \"Standard care\", role: active-comparator}"), Id);

    [Fact]
    public void Fires_ForAnExtraArm_ListingBothSides()
    {
        var finding = CrossCheckAssert.Single(Report("  - {id: a, role: experimental}\n  - {id: b, role: experimental}\n  - {id: c, role: active-comparator}"), Id);

        Assert.Equal("The report has 3 arms ('a', experimental; 'b', experimental; 'c', active-comparator), but NCT09000002 (als-registered.json) registered 2 arms ('MSC and riluzole', experimental; 'Riluzole alone', active-comparator); say in the report how and why the arms differ from the registration", finding.Message);
        Assert.Equal("/arms", finding.Location.Pointer.ToString());
    }

    [Fact]
    public void Fires_ForAComparatorOfAnotherKind() =>
        CrossCheckAssert.Single(Report("  - {id: a, role: experimental}\n  - {id: b, role: placebo-comparator}"), Id);

    [Fact]
    public void Quiet_WhenRolesAreNotGiven() =>
        CrossCheckAssert.Passes(Report("  - {id: a}\n  - {id: b}"), Id);
}
