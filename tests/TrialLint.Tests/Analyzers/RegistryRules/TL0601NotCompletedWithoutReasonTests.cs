using TrialLint.Analyzers.RegistryRules;

namespace TrialLint.Tests.Analyzers.RegistryRules;

/// <summary>TL0601 on reports that name the registry pack; the registry-record cases are fixtures (tests/rules/TL0601).</summary>
public sealed class TL0601NotCompletedWithoutReasonTests
{
    private const string Id = "TL0601";

    // The group under test starts on line 9; its 'completed' is on line 12, column 22.
    private const string Template = """
        format_version: 1
        packs: [registry]
        arms:
          - id: active
        flow:
          enrolled: 50
          periods:
            - groups:
                - arm: active
                  allocated: 50
                  REASONS
                  completed: COMPLETED
        """;

    private static string Report(string reasons, int completed) =>
        Template.Replace("REASONS", reasons, StringComparison.Ordinal).Replace("COMPLETED", completed.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    [Fact]
    public void SupportedDiagnostics_MatchClassNamePrefix() =>
        AnalyzerAssert.SupportsOnlyOwnId(new TL0601NotCompletedWithoutReason());

    [Fact]
    public void Fires_WhenTheReasonsAccountForFewerThanDidNotComplete()
    {
        var finding = AnalyzerAssert.Single(Report("discontinued: [{n: 2, reason: \"Adverse event\"}]", 45), Id, line: 12, column: 22);

        Assert.Equal("In arm 'active', 50 started and 45 completed, so 5 did not complete, but the reasons for not completing account for 2: 3 participants without a reason", finding.Message);
        Assert.Equal("/flow/periods/0/groups/0/completed", finding.Location.Pointer.ToString());
    }

    [Fact]
    public void Fires_WhenNoReasonsAreGiven()
    {
        var finding = AnalyzerAssert.Single(Report("statement: \"Five left.\"", 45), Id, line: 12, column: 22);

        Assert.EndsWith("account for 0: no reasons are given", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fires_WhenTheReasonsCountMoreThanDidNotComplete()
    {
        var finding = AnalyzerAssert.Single(Report("lost_to_follow_up: [{n: 3, reason: \"Moved\"}]", 49), Id, line: 12, column: 22);

        Assert.EndsWith("the reasons count 2 participants more", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_WhenLossesAndDiscontinuationsAddUp()
    {
        AnalyzerAssert.Quiet(Report("lost_to_follow_up: [{n: 1, reason: \"Moved\"}]\n          discontinued: [{n: 4, reason: \"Adverse event\"}]", 45), Id);
    }

    [Fact]
    public void Quiet_WhenEveryoneCompleted()
    {
        AnalyzerAssert.Quiet(Report("discontinued: []", 50), Id);
    }

    [Fact]
    public void NotApplicable_WithoutTheNumberCompleted()
    {
        const string yaml = """
            format_version: 1
            packs: [registry]
            arms:
              - id: active
            flow:
              enrolled: 50
              periods:
                - groups:
                    - {arm: active, allocated: 50}
            """;

        AnalyzerAssert.NotApplicable(yaml, Id);
    }
}
