using System.Text;
using TrialLint.Configuration;
using TrialLint.Diagnostics;
using TrialLint.Engine;
using TrialLint.Output;
using TrialLint.Output.Html;
using TrialLint.Output.Json;
using TrialLint.Registry;
using TrialLint.Rules;
using TrialLint.Tests.Registry;

namespace TrialLint.Tests.Engine;

/// <summary>
/// Which packs apply to a file, decided once (<see cref="PackSelector"/>): configuration <c>extends:</c> × registry
/// record or report × <c>packs:</c> in the report × <c>--registry</c>. Each case checks the exact pack list, the exact
/// rules that ran (those of the packs and those in no pack) and one rule only each pack has; the JSON and HTML
/// outputs print the same list.
/// </summary>
public sealed class PackSelectionTests : IDisposable
{
    /// <summary>One rule that only this pack has: it runs exactly when the pack is selected.</summary>
    private static readonly Dictionary<string, string> OnlyIn = new(StringComparer.Ordinal)
    {
        ["consort-2025"] = "TL0304",
        ["consort-harms-2022"] = "TL0201",
        ["early-phase"] = "TL0319",
        ["registry"] = "TL0601",
        ["registry-cross-check"] = "TL0606",
    };

    private const string Record = "NCT00763412";
    private readonly string _folder = Directory.CreateTempSubdirectory("triallint-packs-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // input: "randomised", "single-arm", "two-stage" (a randomised and a single-arm stage), "record" (a registry record),
    // "registered" (a randomised report linted with --registry). extends and packs: comma-separated, "" for none.
    [Theory]
    [InlineData("randomised", "", "", "consort-2025,consort-harms-2022")]
    [InlineData("randomised", "consort-2025", "", "consort-2025")]
    [InlineData("randomised", "", "early-phase", "early-phase")]
    [InlineData("randomised", "consort-2025", "early-phase", "early-phase")]
    [InlineData("single-arm", "", "", "consort-harms-2022,early-phase")]
    [InlineData("single-arm", "consort-2025", "", "consort-2025")]
    [InlineData("two-stage", "", "", "consort-2025,consort-harms-2022,early-phase")]
    [InlineData("record", "", "", "registry")]
    [InlineData("record", "consort-2025", "", "registry")]
    [InlineData("record", "early-phase,consort-harms-2022", "", "registry")]
    [InlineData("registered", "", "", "consort-2025,consort-harms-2022,registry-cross-check")]
    [InlineData("registered", "consort-2025", "", "consort-2025,registry-cross-check")]
    [InlineData("registered", "", "early-phase", "early-phase,registry-cross-check")]
    [InlineData("registered", "consort-2025", "registry", "registry,registry-cross-check")]
    public void One_selection_decides_the_packs_and_the_rules_that_run(string input, string extends, string packs, string expected)
    {
        var result = Lint(input, extends, packs);

        Assert.DoesNotContain(result.Diagnostics, d => d.Descriptor.Category is DiagnosticCategory.Input or DiagnosticCategory.Internal);
        string[] expectedPacks = Split(expected);
        Assert.Equal(expectedPacks, result.SelectedPacks.Order(StringComparer.Ordinal));
        foreach (var (pack, rule) in OnlyIn)
        {
            if (expectedPacks.Contains(pack)) Assert.True(result.Outcomes.ContainsKey(rule), $"{rule} ({pack}) did not run");
            else Assert.False(result.Outcomes.ContainsKey(rule), $"{rule} ({pack}) ran although {pack} was not selected");
        }
        Assert.Equal(RulesOf(expectedPacks), result.Outcomes.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Json_and_html_print_the_packs_the_rules_ran_with()
    {
        // The case of issue 12: a record in a repository whose configuration extends consort-2025.
        var result = Lint("record", "consort-2025", "");
        var context = new RunContext(RuleSet.BuiltIn, _folder, _folder);
        var summary = new RunSummary();
        summary.Add(result.Diagnostics);

        using var json = new MemoryStream();
        var jsonWriter = new JsonFindingsWriter(json);
        jsonWriter.Begin(context);
        jsonWriter.Add(result);
        jsonWriter.End(summary, 1);
        using var document = System.Text.Json.JsonDocument.Parse(json.ToArray());
        var file = document.RootElement.GetProperty("files")[0];
        Assert.Equal(["registry"], file.GetProperty("packs").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains(file.GetProperty("findings").EnumerateArray(), f => f.GetProperty("id").GetString() == "TL0601");

        var html = new StringWriter();
        var htmlWriter = new HtmlWriter(html);
        htmlWriter.Begin(context);
        htmlWriter.Add(result);
        htmlWriter.End(summary, 1);
        Assert.Contains("<dt>Checked against</dt><dd>registry</dd>", html.ToString());
    }

    private FileResult Lint(string input, string extends, string packs)
    {
        string config = Path.Combine(_folder, TrialLintConfig.FileName);
        File.WriteAllText(config, extends.Length == 0 ? "" : $"extends: [{extends}]\n");
        var registry = new RegistryOptions
        {
            AsOf = RegistryRecords.AsOf,
            Registrations = input == "registered" ? RegistrationFile.Load(RegistryRecords.PathOf(Record)).Studies : [],
        };
        var engine = new LintEngine(RuleSet.BuiltIn, new LintOptions { Configuration = new ConfigResolver(config), Registry = registry });
        if (input == "record")
        {
            Assert.Empty(packs);
            string path = Path.Combine(_folder, Record + ".json");
            File.Copy(RegistryRecords.PathOf(Record), path, overwrite: true);
            return engine.LintFile(path);
        }
        return engine.LintFile(Write(Report(input, packs)));
    }

    private string Write(string text)
    {
        string path = Path.Combine(_folder, "report.trial.yaml");
        File.WriteAllText(path, text, Encoding.UTF8);
        return path;
    }

    /// <summary>The smallest report of each design; the registered one names the record's id so it is checked against it.</summary>
    private static string Report(string input, string packs)
    {
        var text = new StringBuilder("format_version: 1\ntitle: \"A trial\"\n");
        if (packs.Length > 0) text.Append($"packs: [{packs}]\n");
        text.Append(input switch
        {
            "randomised" => "design:\n  randomised: true\n",
            "registered" => $"registration:\n  id: \"{Record}\"\ndesign:\n  randomised: true\n",
            "single-arm" => "design:\n  randomised: false\n",
            "two-stage" => "design:\n  stages:\n    - {id: escalation, randomised: false}\n    - {id: expansion, randomised: true}\n",
            _ => throw new ArgumentOutOfRangeException(nameof(input), input, null),
        });
        return text.ToString();
    }

    /// <summary>The rules that run with <paramref name="packs"/>: every reportable rule in one of them or in no pack.</summary>
    private static List<string> RulesOf(string[] packs)
    {
        var rules = RuleSet.BuiltIn;
        return rules.Analyzers.SelectMany(a => a.SupportedDiagnostics)
            .Where(d => d.Category is not (DiagnosticCategory.Configuration or DiagnosticCategory.Input))
            .Select(d => d.Id)
            .Where(id => rules.PacksOf(id) is var of && (of.IsEmpty || of.Any(packs.Contains)))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
