using TrialLint.Analyzers.DesignRules;

namespace TrialLint.Tests.Analyzers.DesignRules;

public sealed class TL0301NoControlArmTests
{
    private const string Id = "TL0301";

    [Fact]
    public void SupportedDiagnostics_MatchClassNamePrefix() =>
        AnalyzerAssert.SupportsOnlyOwnId(new TL0301NoControlArm());

    [Fact]
    public void Fires_ForASingleArmTrialWithoutRationale()
    {
        const string yaml = """
            format_version: 1
            design:
              randomised: false
              type: single-arm
              phase: "1"
            arms:
              - id: msc
                role: experimental
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 2, column: 1);

        Assert.StartsWith("The trial has no control arm and the report does not say why", finding.Message);
        Assert.Contains("rationale for a single-arm design", finding.Message);
        Assert.Equal("/design/single_arm_rationale", finding.Location.Pointer.ToString());
        Assert.True(finding.Location.IsMissing);
    }

    [Fact]
    public void Fires_AtTheArms_WhenThereIsNoDesignSectionAndOneExperimentalArm()
    {
        const string yaml = """
            format_version: 1
            title: "Open-label study"
            arms:
              - id: msc
                role: experimental
            """;

        var finding = AnalyzerAssert.Single(yaml, Id, line: 3, column: 1);

        Assert.Equal("/arms", finding.Location.Pointer.ToString());
    }

    [Fact]
    public void Fires_ForNonRandomisedDoseCohortsWithoutAComparator()
    {
        const string yaml = """
            format_version: 1
            design:
              randomised: false
              type: dose-escalation
            arms:
              - id: low-dose
                role: experimental
              - id: high-dose
                role: experimental
            """;

        AnalyzerAssert.Single(yaml, Id, line: 2, column: 1);
    }

    [Fact]
    public void Quiet_ForASingleArmTrialWithRationale()
    {
        const string yaml = """
            format_version: 1
            design:
              randomised: false
              type: single-arm
              single_arm_rationale: "First-in-human safety study; a placebo procedure (bone-marrow harvest and lumbar puncture) was judged unethical."
            arms:
              - id: msc
                role: experimental
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Fact]
    public void Quiet_ForARandomisedDoseComparisonWithTwoExperimentalArms()
    {
        const string yaml = """
            format_version: 1
            design:
              randomised: true
              type: parallel
              allocation_ratio: "1:1"
            arms:
              - id: low-dose
                role: experimental
              - id: high-dose
                role: experimental
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Theory]
    [InlineData("placebo-comparator")]
    [InlineData("active-comparator")]
    [InlineData("sham-comparator")]
    [InlineData("no-intervention")]
    public void Quiet_WhenAnArmIsAComparator_EvenWithoutRandomisation(string role)
    {
        string yaml = $"""
            format_version: 1
            design:
              randomised: false
              type: parallel
            arms:
              - id: treated
                role: experimental
              - id: control
                role: {role}
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Fact]
    public void Quiet_WhenTheReportDescribesNeitherDesignNorArms()
    {
        const string yaml = """
            format_version: 1
            title: "A report without design or arms"
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }

    [Fact]
    public void Quiet_ForARandomisedParallelTrialWhoseArmsAreNotListed()
    {
        // A randomised parallel trial compares at least two groups; the report merely omits the list of arms.
        // Asking it to justify "a single-arm design" is wrong.
        const string yaml = """
            format_version: 1
            design:
              randomised: true
              type: parallel
              allocation_ratio: "1:1"
            """;

        AnalyzerAssert.Quiet(yaml, Id);
    }
}
