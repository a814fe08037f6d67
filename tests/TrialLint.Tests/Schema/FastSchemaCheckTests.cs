using TrialLint.Schema;
using TrialLint.Syntax;
using TrialLint.Tests.Infrastructure;
using TrialLint.Text;

namespace TrialLint.Tests.Schema;

/// <summary>
/// The fast proof of validity may only skip NJsonSchema, never change its verdict: on every fixture and seed, and on
/// thousands of mutants of the complete example (each scalar replaced by values of other types, out of range, or
/// breaking a pattern), "proved valid" happens exactly when NJsonSchema finds nothing.
/// </summary>
public sealed class FastSchemaCheckTests
{
    private static readonly FastSchemaCheck Check = FastSchemaCheck.Compile(ReportSchema.ReadText());

    private static void AssertAgrees(string path, string text)
    {
        var tree = SyntaxParser.Parse(new SourceText(path, text));
        if (tree.Root is null) return;
        bool slowValid = SchemaValidator.ValidateSlowly(tree).IsEmpty;
        bool fastValid = Check.ProvesValid(tree.Root);
        // The fast check may defer (false) on a valid document, but must never call an invalid one valid.
        Assert.False(fastValid && !slowValid, $"{path}: the fast check proved an invalid report valid");
        Assert.Equal(slowValid, SchemaValidator.Validate(tree).IsEmpty);
    }

    [Fact]
    public void Agrees_on_every_fixture_and_seed()
    {
        var files = Directory.EnumerateFiles(RepoPaths.Combine("tests", "rules"), "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".yaml", StringComparison.Ordinal) && !f.EndsWith(".expect.yaml", StringComparison.Ordinal)) || f.EndsWith(".json", StringComparison.Ordinal))
            .Concat(Directory.EnumerateFiles(RepoPaths.Combine("seeds")))
            .ToList();
        Assert.True(files.Count > 500);
        foreach (string file in files) AssertAgrees(file, File.ReadAllText(file));
        AssertAgrees("hostile.trial.json", HostileReport.Json());
    }

    [Fact]
    public void Proves_the_complete_example_valid()
    {
        var tree = YamlSyntaxParser.Parse(new SourceText("e.yaml", File.ReadAllText(RepoPaths.Combine("seeds", "example-randomised.trial.yaml"))));

        Assert.True(Check.ProvesValid(tree.Root!));
    }

    [Fact]
    public void Agrees_on_mutants_of_the_complete_example()
    {
        string text = File.ReadAllText(RepoPaths.Combine("seeds", "example-randomised.trial.yaml"));
        int mutants = 0;
        foreach (var (name, mutant) in ScalarMutants.Of("e.yaml", text))
        {
            AssertAgrees(name, mutant);
            mutants++;
        }
        Assert.True(mutants > 1000, $"only {mutants} mutants");
    }
}
