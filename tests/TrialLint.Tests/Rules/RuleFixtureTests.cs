using TrialLint.Engine;
using TrialLint.Testing;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Rules;

/// <summary>
/// Runs every rule's fixtures in tests/rules/TL####/ through the same runner as <c>triallint test</c>: one test
/// case per rule, failing with every fixture problem listed.
/// </summary>
public sealed class RuleFixtureTests
{
    private static readonly Lazy<RuleFixtureRunner> Runner = new(() => new RuleFixtureRunner(new LintEngine()));

    public static TheoryData<string> RuleFolders() => [.. RuleFixtureRunner.RuleFolders(RepoPaths.Combine("tests", "rules")).Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(RuleFolders))]
    public void Fixtures_pass(string ruleId)
    {
        var results = Runner.Value.RunFolder(RepoPaths.Combine("tests", "rules", ruleId));

        Assert.NotEmpty(results);
        var failures = results.Where(r => !r.Passed).SelectMany(r => r.Problems.Select(p => $"{Path.GetFileName(r.Path)}: {p}")).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
