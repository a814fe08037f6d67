using TrialLint.Analyzers;
using TrialLint.Engine;
using TrialLint.Testing;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Analyzers;

/// <summary>
/// Every C# analyzer has fixtures in tests/rules/TL####/ that pass (valid, invalid, na where it can be not
/// applicable, edge cases) and a help page docs/rules/TL####.md whose header table agrees with its descriptor.
/// </summary>
public sealed class AnalyzerFixtureTests
{
    private static readonly LintEngine Engine = new();

    public static TheoryData<string> AnalyzerIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in BuiltInAnalyzers.Create().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Order(StringComparer.Ordinal))
            data.Add(id);
        return data;
    }

    [Theory]
    [MemberData(nameof(AnalyzerIds))]
    public void FixturesPass(string id)
    {
        string folder = RepoPaths.Combine("tests", "rules", id);
        Assert.True(Directory.Exists(folder), $"No fixtures for {id} in tests/rules/{id}.");

        var results = new RuleFixtureRunner(Engine).RunFolder(folder);

        Assert.Contains(results, r => r.Kind == "valid");
        Assert.Contains(results, r => r.Kind == "invalid");
        var failures = results.Where(r => !r.Passed).Select(r => $"{Path.GetFileName(r.Path)}: {string.Join("; ", r.Problems)}").ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(AnalyzerIds))]
    public void HelpPageMatchesTheDescriptor(string id)
    {
        var analyzer = BuiltInAnalyzers.Create().Single(a => a.SupportedDiagnostics.Any(d => d.Id == id));
        var descriptor = analyzer.SupportedDiagnostics.Single(d => d.Id == id);
        string path = RepoPaths.Combine("docs", "rules", id + ".md");
        Assert.True(File.Exists(path), $"No help page docs/rules/{id}.md.");
        string page = File.ReadAllText(path);

        Assert.StartsWith($"# {id}: {descriptor.Title}\n", page, StringComparison.Ordinal);
        Assert.Contains($"| Rule id | {id} |", page, StringComparison.Ordinal);
        Assert.Contains($"| Category | {descriptor.Category} |", page, StringComparison.Ordinal);
        Assert.Contains($"| Severity | {descriptor.DefaultSeverity.ToString().ToLowerInvariant()} |", page, StringComparison.Ordinal);
        foreach (string section in (string[])["## Cause", "## Rule description", "## How to fix", "## How to suppress", "## Checklist items"])
            Assert.Contains(section, page, StringComparison.Ordinal);
        foreach (string item in descriptor.ChecklistItems)
            Assert.Contains($"- **{item.Replace(':', ' ')}** — ", page, StringComparison.Ordinal);

        // The "Rule file" row names the analyzer's source file, which exists.
        string folder = analyzer.GetType().Namespace!["TrialLint.Analyzers.".Length..];
        string source = $"src/TrialLint.Core/Analyzers/{folder}/{analyzer.GetType().Name}.cs";
        Assert.Contains($"| Rule file | [{source}](../../{source})", page, StringComparison.Ordinal);
        Assert.True(File.Exists(RepoPaths.Combine(source.Split('/'))), $"{source} does not exist.");
    }
}
