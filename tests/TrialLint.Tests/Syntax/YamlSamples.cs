using System.Text.RegularExpressions;
using TrialLint.Bench;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Syntax;

/// <summary>
/// YAML the fast path is checked against: the seeds, the rule fixtures, the examples in the docs and generated
/// reports (the benchmark's generator, linked into the tests).
/// </summary>
public static partial class YamlSamples
{
    /// <summary>How many generated reports the differential tests read.</summary>
    public const int GeneratedCount = 300;

    /// <summary>The seed reports, by file name.</summary>
    public static IEnumerable<(string Name, string Text)> Seeds() =>
        Directory.GetFiles(RepoPaths.Combine("seeds"), "*.yaml").Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path)));

    /// <summary>Every YAML file under tests/rules, by path below it.</summary>
    public static IEnumerable<(string Name, string Text)> RuleFixtures()
    {
        string root = RepoPaths.Combine("tests", "rules");
        return Directory.GetFiles(root, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(path => (Path.GetRelativePath(root, path), File.ReadAllText(path)));
    }

    /// <summary>Every fenced <c>yaml</c> block in docs/**/*.md, by file and block number.</summary>
    public static IEnumerable<(string Name, string Text)> DocExamples()
    {
        string root = RepoPaths.Combine("docs");
        foreach (string path in Directory.GetFiles(root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            int n = 0;
            foreach (Match block in FencedYaml().Matches(File.ReadAllText(path)))
                yield return ($"{Path.GetRelativePath(root, path)}#{++n}", block.Groups["body"].Value);
        }
    }

    /// <summary>Generated reports (seed 42, as the benchmark corpus), by number.</summary>
    public static IEnumerable<(string Name, string Text)> Generated(int count = GeneratedCount, int seed = 42)
    {
        var random = new Random(seed);
        for (int i = 0; i < count; i++) yield return ($"generated-{i:000}", CorpusGenerator.Report(random, i));
    }

    [GeneratedRegex(@"^```ya?ml[^\n]*\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedYaml();
}
