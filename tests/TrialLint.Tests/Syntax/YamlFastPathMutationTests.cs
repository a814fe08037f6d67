using TrialLint.Syntax;
using TrialLint.Syntax.FastYaml;
using TrialLint.Text;
using Xunit.Abstractions;

namespace TrialLint.Tests.Syntax;

/// <summary>
/// Thousands of slightly broken or unusual variants of real reports: on each, the fast path either falls back or
/// builds YamlDotNet's tree, and what <see cref="YamlSyntaxParser.Parse"/> returns (tree and diagnostics: error
/// messages, locations, repeated keys ...) is exactly what the YamlDotNet path alone returns.
/// </summary>
public class YamlFastPathMutationTests(ITestOutputHelper output)
{
    private const int MutantsPerBase = 40;

    [Fact]
    public void Mutated_reports_parse_exactly_as_with_YamlDotNet_alone()
    {
        var random = new Random(20240611);
        var failures = new List<string>();
        int mutants = 0, handled = 0;
        foreach (var (name, text) in Bases())
        {
            for (int m = 0; m < MutantsPerBase; m++)
            {
                string mutant = YamlMutator.Mutate(random, text);
                var source = new SourceText(name + ".trial.yaml", mutant);
                mutants++;
                if (FastYamlParser.TryParse(source) is not null) handled++;
                string expected = Describe(source, () => YamlSyntaxParser.ParseWithYamlDotNet(source), out var expectedTree);
                string actual = Describe(source, () => YamlSyntaxParser.Parse(source), out var actualTree);
                string? difference = expected != actual
                    ? $"expected {expected}, got {actual}"
                    : SyntaxTreeComparer.FirstDifference(source, expectedTree?.Root, actualTree?.Root);
                if (difference is not null) failures.Add($"{name} mutant {m}: {difference}\n---\n{Escape(mutant)}\n---");
            }
        }
        output.WriteLine($"{mutants} mutants, {handled} read by the fast path");

        Assert.True(failures.Count == 0, $"{failures.Count} of {mutants} mutants differ:\n" + string.Join("\n", failures.Take(5)));
        // Most edits leave valid YAML in the subset: the fast path must have been exercised, not just fallen back.
        Assert.True(handled >= mutants / 4, $"only {handled} of {mutants} mutants read by the fast path");
    }

    /// <summary>Small texts to mutate: each top-level section of the seeds and of a few generated reports, and the block-scalar fixtures.</summary>
    private static IEnumerable<(string Name, string Text)> Bases()
    {
        foreach (var (name, text) in YamlSamples.Seeds().Concat(YamlSamples.Generated(count: 6, seed: 7)))
        {
            int n = 0;
            foreach (string section in TopLevelSections(text)) yield return ($"{name}§{++n}", section);
        }
    }

    /// <summary>Splits a report before each line that starts a top-level key, keeping comments with the key after them.</summary>
    private static IEnumerable<string> TopLevelSections(string text)
    {
        var lines = text.Split('\n');
        var section = new List<string>();
        foreach (string line in lines)
        {
            bool startsKey = line.Length > 0 && line[0] is not (' ' or '#' or '-');
            if (startsKey && section.Any(l => l.Length > 0 && l[0] is not (' ' or '#')))
            {
                yield return string.Join('\n', section) + "\n";
                section.Clear();
            }
            section.Add(line);
        }
        if (section.Count > 0) yield return string.Join('\n', section);
    }

    /// <summary>The diagnostics of a parse, or the exception it threw, as text to compare.</summary>
    private static string Describe(SourceText source, Func<SyntaxTree> parse, out SyntaxTree? tree)
    {
        try
        {
            tree = parse();
        }
        catch (Exception ex)
        {
            tree = null;
            return "throws " + ex.GetType().Name;
        }
        return $"root: {tree.Root?.Kind.ToString() ?? "none"}; diagnostics: " + string.Join("; ", tree.Diagnostics.Select(d =>
            $"{d.Id} {d.Location.StartLine}:{d.Location.StartColumn}-{d.Location.EndLine}:{d.Location.EndColumn} {d.Location.Pointer} {d.Message}"));
    }

    private static string Escape(string text) => text.Replace("\r", "\\r").Replace("\t", "\\t");
}
