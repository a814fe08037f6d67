using System.Text;
using System.Text.RegularExpressions;
using Scriban.Syntax;
using TrialLint.Rules;
using TrialLint.Tests.Infrastructure;
using TrialLint.Diagnostics;

namespace TrialLint.Tests.Rules;

/// <summary>
/// The <c>matches</c> patterns of the built-in rules are compiled into TrialLint at build time
/// (src/TrialLint.Core/Rules/BuiltInPatterns.cs, by the regular-expression source generator). The file must hold
/// exactly the patterns the rule files use, matched exactly as a pattern read at run time would be; with
/// TRIALLINT_ACCEPT_SNAPSHOTS=1 this test rewrites it.
/// </summary>
public sealed class BuiltInPatternsTests
{
    private static readonly string GeneratedFile = RepoPaths.Combine("src", "TrialLint.Core", "Rules", "BuiltInPatterns.cs");

    [Fact]
    public void The_compiled_patterns_are_exactly_those_of_the_built_in_rules()
    {
        var used = UsedPatterns();
        Assert.True(used.Count > 30, $"only {used.Count} patterns found in the built-in rules");

        if (!used.SetEquals(BuiltInPatterns.All))
        {
            if (Environment.GetEnvironmentVariable("TRIALLINT_ACCEPT_SNAPSHOTS") == "1") File.WriteAllText(GeneratedFile, Generate(used));
            Assert.Fail($"{GeneratedFile} is out of date: run the tests with TRIALLINT_ACCEPT_SNAPSHOTS=1 to rewrite it, then build again.\n" +
                $"missing: {string.Join("\n  ", used.Except(BuiltInPatterns.All))}\nstale: {string.Join("\n  ", BuiltInPatterns.All.Except(used))}");
        }
    }

    [Fact]
    public void A_compiled_pattern_matches_as_the_same_pattern_read_at_run_time()
    {
        string[] samples = ["", "Randomised, double-blind, placebo-controlled", "12 MONTHS", "NCT01363401", "post hoc", "Not been registered", "none"];
        foreach (string pattern in BuiltInPatterns.All)
        {
            var compiled = BuiltInPatterns.Find(pattern)!;
            var interpreted = new Regex(pattern, RuleFunctions.PatternOptions, RuleFunctions.PatternTimeout);
            Assert.Equal(interpreted.Options, compiled.Options);
            Assert.Equal(interpreted.MatchTimeout, compiled.MatchTimeout);
            foreach (string sample in samples) Assert.Equal(interpreted.IsMatch(sample), compiled.IsMatch(sample));
        }
        Assert.Same(BuiltInPatterns.Find(BuiltInPatterns.All.First()), RuleFunctions.Pattern(BuiltInPatterns.All.First()));
    }

    /// <summary>Every literal pattern passed to matches() in a built-in rule, including inside quoted conditions.</summary>
    private static HashSet<string> UsedPatterns()
    {
        var patterns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in RuleSet.BuiltIn.Rules)
        {
            var expressions = new[] { rule.AppliesIf, rule.ForEach, rule.Require }.Concat(rule.Values.Select(v => v.Value));
            foreach (var expression in expressions) if (expression is not null) Walk(expression.Node, patterns);
        }
        return patterns;
    }

    private static void Walk(ScriptNode? node, HashSet<string> patterns)
    {
        if (node is null) return;
        if (node is ScriptFunctionCall { Target: ScriptVariable { Name: var name } } call)
        {
            if (name == "matches" && call.Arguments.Count == 2 && call.Arguments[1] is ScriptLiteral { Value: string pattern }) patterns.Add(pattern);
            // Conditions of all/any/count are expressions in quotes, compiled when the rule loads.
            foreach (var argument in call.Arguments)
            {
                if (name is "all" or "any" or "count" && argument is ScriptLiteral { Value: string condition }
                    && RuleExpression.Compile(condition, Location.ForFile("condition"), out _) is { } inner)
                    Walk(inner.Node, patterns);
            }
        }
        for (int i = 0; i < node.ChildrenCount; i++) Walk(node.GetChildren(i), patterns);
    }

    private static string Generate(IEnumerable<string> patterns)
    {
        var ordered = patterns.Order(StringComparer.Ordinal).ToList();
        var sb = new StringBuilder();
        string header = File.ReadAllText(GeneratedFile);
        sb.Append(header[..header.IndexOf("    private static readonly FrozenDictionary", StringComparison.Ordinal)]);
        sb.AppendLine("    private static readonly FrozenDictionary<string, Func<Regex>> ByPattern = new Dictionary<string, Func<Regex>>(StringComparer.Ordinal)");
        sb.AppendLine("    {");
        for (int i = 0; i < ordered.Count; i++) sb.AppendLine($"        [{Verbatim(ordered[i])}] = P{i:00},");
        sb.AppendLine("    }.ToFrozenDictionary(StringComparer.Ordinal);");
        sb.AppendLine();
        sb.AppendLine("    /// <summary>The patterns compiled at build time.</summary>");
        sb.AppendLine("    public static IEnumerable<string> All => ByPattern.Keys;");
        sb.AppendLine();
        sb.AppendLine("    /// <summary>The compiled regular expression for <paramref name=\"pattern\"/>, or null when it is not a built-in pattern.</summary>");
        sb.AppendLine("    public static Regex? Find(string pattern) => ByPattern.TryGetValue(pattern, out var regex) ? regex() : null;");
        for (int i = 0; i < ordered.Count; i++)
        {
            sb.AppendLine();
            sb.AppendLine($"    [GeneratedRegex({Verbatim(ordered[i])}, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]");
            sb.AppendLine($"    private static partial Regex P{i:00}();");
        }
        sb.AppendLine("}");
        return sb.ToString();
    }

    private static string Verbatim(string text) => "@\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
