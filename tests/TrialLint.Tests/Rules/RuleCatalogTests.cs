using System.Text.RegularExpressions;
using TrialLint.Analyzers;
using TrialLint.Diagnostics;
using TrialLint.Rules;
using TrialLint.Testing;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Rules;

/// <summary>
/// What every checklist rule ships with, whether it is a rule file or a C# analyzer: a help page in the agreed
/// shape that agrees with the rule, fixtures, at least one checklist item, a pack, and its line in rules/RELEASES.md.
/// </summary>
public sealed partial class RuleCatalogTests
{
    private static readonly RuleSet Rules = RuleSet.BuiltIn;

    /// <summary>The checklist rules: everything but input, configuration and internal diagnostics.</summary>
    public static TheoryData<string> RuleIds() => [.. ChecklistRules().Select(d => d.Id)];

    private static IEnumerable<DiagnosticDescriptor> ChecklistRules() =>
        Rules.Descriptors.Where(d => d.Category is not (DiagnosticCategory.Input or DiagnosticCategory.Configuration or DiagnosticCategory.Internal));

    [Fact]
    public void Built_in_rules_and_packs_load_without_problems()
    {
        Assert.Empty(Rules.LoadDiagnostics.Select(d => d.ToString()));
        Assert.Equal(["consort-2025", "consort-harms-2022", "early-phase", "registry", "registry-cross-check"], Rules.Packs.Select(p => p.Id));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Help_page_has_every_section_and_agrees_with_the_rule(string id)
    {
        var descriptor = Rules.Descriptors.Single(d => d.Id == id);
        string page = HelpPageCatalogTests.ReadPageInShape(descriptor, "## Cause", "## Rule description", "## How to fix", "## How to suppress", "## Checklist items");
        foreach (string item in descriptor.ChecklistItems)
            Assert.True(page.Contains($"- **{item.Replace(':', ' ')}** — ", StringComparison.Ordinal), $"docs/rules/{id}.md does not quote checklist item {item}");
        string source = SourceOf(id);
        Assert.Contains($"[{source}](../../{source})", page, StringComparison.Ordinal);
        Assert.True(File.Exists(RepoPaths.Combine(source.Split('/'))), $"{source} does not exist");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_has_valid_and_invalid_fixtures(string id)
    {
        string folder = RepoPaths.Combine("tests", "rules", id);
        Assert.True(Directory.Exists(folder), $"{id} has no fixtures in tests/rules/{id}/");
        var kinds = RuleFixtureRunner.Fixtures(folder).Select(RuleFixtureRunner.KindOf).ToHashSet();
        Assert.Contains("valid", kinds);
        Assert.Contains("invalid", kinds);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_with_an_applicability_condition_has_a_not_applicable_fixture(string id)
    {
        var rule = Rules.Rules.FirstOrDefault(r => r.Id == id);
        if (rule?.AppliesIf is null) return;

        var kinds = RuleFixtureRunner.Fixtures(RepoPaths.Combine("tests", "rules", id)).Select(RuleFixtureRunner.KindOf);
        Assert.Contains("na", kinds);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_cites_a_checklist_item_and_belongs_to_a_pack(string id)
    {
        Assert.NotEmpty(Rules.Descriptors.Single(d => d.Id == id).ChecklistItems);
        Assert.NotEmpty(Rules.PacksOf(id));
    }

    [Fact]
    public void Releases_file_agrees_with_the_rules()
    {
        var rows = ReleaseRow().Matches(File.ReadAllText(RepoPaths.Combine("rules", "RELEASES.md")))
            .Select(m => (Id: m.Groups["id"].Value, Category: m.Groups["category"].Value, Severity: m.Groups["severity"].Value))
            .ToList();

        Assert.Equal(rows.Count, rows.Select(r => r.Id).Distinct().Count());
        Assert.Equal(ChecklistRules().Select(d => d.Id).Order(), rows.Select(r => r.Id).Order());
        foreach (var row in rows)
        {
            var d = Rules.Descriptors.Single(x => x.Id == row.Id);
            Assert.Equal(d.Category, row.Category);
            Assert.Equal(d.DefaultSeverity.ToString(), row.Severity, ignoreCase: true);
        }
    }

    [Fact]
    public void Rule_files_are_named_after_their_id_and_sit_in_their_category_folder()
    {
        foreach (var rule in Rules.Rules)
            Assert.StartsWith($"rules/{CategoryFolder(rule.Descriptor.Category)}/{rule.Id}-", rule.SourcePath);
    }

    private static string SourceOf(string id)
    {
        if (Rules.Rules.FirstOrDefault(r => r.Id == id) is { } rule) return rule.SourcePath;
        var analyzer = BuiltInAnalyzers.Create().Single(a => a.SupportedDiagnostics.Any(d => d.Id == id));
        string folder = analyzer.GetType().Namespace!["TrialLint.Analyzers.".Length..];
        return $"src/TrialLint.Core/Analyzers/{folder}/{analyzer.GetType().Name}.cs";
    }

    private static string CategoryFolder(string category) => category switch
    {
        DiagnosticCategory.ParticipantFlow => "participant-flow",
        DiagnosticCategory.Harms => "harms",
        DiagnosticCategory.Design => "design",
        DiagnosticCategory.FollowUpAndOutcomes => "follow-up",
        DiagnosticCategory.OpenScience => "open-science",
        DiagnosticCategory.Registry => "registry",
        _ => "results",
    };

    [GeneratedRegex(@"^\|\s*(?<id>TL\d{4})\s*\|\s*(?<category>\w+)\s*\|\s*(?<severity>\w+)\s*\|", RegexOptions.Multiline)]
    private static partial Regex ReleaseRow();
}
