using TrialLint.Output.Html;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Output;

/// <summary>Approved snapshots of the flow diagram for the shapes trials take: two and three arms, several periods, a crossover.</summary>
public sealed class FlowDiagramTests
{
    private static string Svg(string yaml, params string[] findingPointers)
    {
        var report = Lint.Text(yaml).Report ?? throw new InvalidOperationException("the test report does not bind");
        return FlowDiagram.Build(report, findingPointers)!.Html.Replace("><", ">\n<", StringComparison.Ordinal);
    }

    [Fact]
    public void Two_arms_with_screening_losses_and_analysis()
    {
        string svg = Svg("""
            format_version: 1
            design: {randomised: true}
            arms: [{id: drug, title: Exemplotide 10 mg}, {id: placebo, title: Placebo}]
            flow:
              screened: 260
              excluded_before_allocation: [{n: 45, reason: Not eligible}, {n: 15, reason: Declined}]
              enrolled: 200
              periods:
                - groups:
                    - {arm: drug, allocated: 100, received: 99, did_not_receive: [{n: 1, reason: Withdrew consent}], lost_to_follow_up: [{n: 3, reason: Moved away}], completed: 96, analysed: 100}
                    - {arm: placebo, allocated: 100, received: 100, discontinued: [{n: 2, reason: Adverse event}], completed: 98, analysed: 98, excluded_from_analysis: [{n: 2, reason: No baseline measurement}]}
            """, "/flow/periods/0/groups/1/analysed");

        Assert.Contains("Randomised (n=200)", svg);
        Assert.Contains("has-finding", svg);
        Snapshot.Verify(svg, "svg");
    }

    [Fact]
    public void Three_arms()
    {
        string svg = Svg("""
            format_version: 1
            design: {randomised: true}
            arms: [{id: low}, {id: high}, {id: placebo}]
            flow:
              enrolled: 90
              periods:
                - groups:
                    - {arm: low, allocated: 30, received: 30, analysed: 30}
                    - {arm: high, allocated: 30, received: 29, did_not_receive: [{n: 1, reason: Ineligible after randomisation}], analysed: 29}
                    - {arm: placebo, allocated: 30, received: 30, analysed: 30}
            """);

        Assert.Equal(3, svg.Split("Allocated to").Length - 1);
        Snapshot.Verify(svg, "svg");
    }

    [Fact]
    public void Several_periods_with_new_arms_in_a_later_stage()
    {
        string svg = Svg("""
            format_version: 1
            design: {randomised: false}
            arms: [{id: stage1}, {id: msc}, {id: control}]
            flow:
              enrolled: 72
              periods:
                - {id: stage-1, title: Stage 1, groups: [{arm: stage1, allocated: 8, received: 8}]}
                - {id: stage-2, title: Stage 2, groups: [{arm: msc, allocated: 33, received: 33, lost_to_follow_up: [{n: 2, reason: Withdrew}], analysed: 31}, {arm: control, allocated: 31, received: 31, analysed: 31}]}
            """, "/flow/periods/0/groups/0/analysed");

        Assert.Contains("Started msc (n=33)", svg);
        Assert.Contains("Analysed: not reported", svg);
        Snapshot.Verify(svg, "svg");
    }

    [Fact]
    public void Crossover()
    {
        string svg = Svg("""
            format_version: 1
            design: {randomised: true, type: crossover}
            arms: [{id: ab, title: A then B}, {id: ba, title: B then A}]
            flow:
              enrolled: 40
              periods:
                - {id: p1, title: Period 1, groups: [{arm: ab, allocated: 20, received: 20, completed: 19, lost_to_follow_up: [{n: 1, reason: Moved}]}, {arm: ba, allocated: 20, received: 20, completed: 20}]}
                - {id: washout, title: Washout, groups: [{arm: ab, allocated: 19, completed: 19}, {arm: ba, allocated: 20, completed: 20}]}
                - {id: p2, title: Period 2, groups: [{arm: ab, allocated: 19, received: 19, analysed: 19}, {arm: ba, allocated: 20, received: 20, analysed: 20}]}
            """);

        Assert.Equal(2, svg.Split("Analysed (n=").Length - 1);
        Snapshot.Verify(svg, "svg");
    }
}
