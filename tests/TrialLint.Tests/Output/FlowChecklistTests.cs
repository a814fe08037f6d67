using System.Text.RegularExpressions;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Output;

/// <summary>
/// The HTML checklist and flow diagram of a randomised report whose arm leaves out flow stages: CONSORT 2025 items
/// 22a and 22b are not marked reported, and the diagram draws the missing stages as "not reported" boxes.
/// </summary>
[Collection(CliCollection.Name)]
public sealed partial class FlowChecklistTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("triallint-flow-checklist-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Html(string yaml)
    {
        File.WriteAllText(Path.Combine(_folder, "report.trial.yaml"), yaml);
        return OutputFiles.Lint("html", _folder, "report.trial.yaml").Text;
    }

    private static string StatusOf(string html, string item) =>
        ChecklistRow().Matches(html).First(m => m.Groups["item"].Value == item).Groups["status"].Value;

    private const string Complete = """
        format_version: 1
        design: {randomised: true}
        arms: [{id: active}, {id: placebo}]
        flow:
          enrolled: 120
          periods:
            - groups:
                - {arm: active, allocated: 60, received: 60, did_not_receive: [], lost_to_follow_up: 0, discontinued: [{n: 2, reason: Adverse event}], analysed: 60, excluded_from_analysis: []}
                - {arm: placebo, allocated: 60, received: 60, did_not_receive: [], lost_to_follow_up: [], discontinued: [], analysed: 60, excluded_from_analysis: []}
        """;

    [Fact]
    public void A_missing_stage_keeps_22a_and_22b_from_being_reported_and_is_drawn_not_reported()
    {
        string html = Html(Complete.Replace("{arm: placebo, allocated: 60, received: 60, did_not_receive: [], lost_to_follow_up: [], discontinued: [], analysed: 60",
            "{arm: placebo, allocated: 60, analysed: 60", StringComparison.Ordinal));

        Assert.Equal("finding", StatusOf(html, "22a"));
        Assert.Equal("finding", StatusOf(html, "22b"));
        Assert.Contains("Received intervention: not reported", html);
        Assert.Contains("Lost to follow-up: not reported", html);
        Assert.Contains("Discontinued: not reported", html);
        Assert.Contains("stage-missing\" data-pointer", html);
    }

    [Fact]
    public void Stages_stated_as_none_are_reported_and_drawn_as_zero()
    {
        string html = Html(Complete);

        Assert.Equal("reported", StatusOf(html, "22b"));
        Assert.Contains("Lost to follow-up (n=0)", html);
        Assert.Contains("Did not receive intervention (n=0)", html);
        Assert.DoesNotContain("Received intervention: not reported", html);
        Assert.DoesNotContain("Lost to follow-up: not reported", html);
        Assert.DoesNotContain("stage-missing\" data-pointer", html);
    }

    [GeneratedRegex(@"<tr id=""report-1-item-CONSORT-2025-(?<item>\w+)""><td>\w+</td><td>[^<]*</td><td><span class=""badge (?<status>[\w-]+)"">")]
    private static partial Regex ChecklistRow();
}
