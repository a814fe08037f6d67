using TrialLint.Analyzers;

namespace TrialLint.Tests.Analyzers;

/// <summary>Every analyzer in the engine is shipped and has a test class in the mirrored folder.</summary>
public sealed class AnalyzerCatalogTests
{
    // The rule-file host runs the rules in rules/; those are tested by their fixtures (tests/rules), not here.
    private static readonly Type[] AnalyzerTypes = typeof(ReportAnalyzer).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(ReportAnalyzer)) && !t.IsAbstract && t != typeof(TrialLint.Rules.RuleFileAnalyzer))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public void EveryAnalyzerIsBuiltIn()
    {
        var builtIn = BuiltInAnalyzers.Create().Select(a => a.GetType()).ToHashSet();

        Assert.NotEmpty(AnalyzerTypes);
        Assert.All(AnalyzerTypes, t => Assert.Contains(t, builtIn));
    }

    [Fact]
    public void EveryAnalyzerHasATestClassMirroringItsNamespace()
    {
        var testTypes = typeof(AnalyzerCatalogTests).Assembly.GetTypes().Select(t => t.FullName).ToHashSet(StringComparer.Ordinal);

        Assert.All(AnalyzerTypes, t =>
        {
            // TrialLint.Analyzers.ParticipantFlowRules.TL0101X -> TrialLint.Tests.Analyzers.ParticipantFlowRules.TL0101XTests
            string expected = "TrialLint.Tests." + t.FullName!["TrialLint.".Length..] + "Tests";
            Assert.True(testTypes.Contains(expected), $"No test class {expected} for {t.FullName}.");
        });
    }
}
