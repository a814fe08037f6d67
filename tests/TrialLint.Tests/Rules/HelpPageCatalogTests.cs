using System.Reflection;
using TrialLint.Diagnostics;
using TrialLint.Rules;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Rules;

/// <summary>
/// Every id the tool can emit has a help page, including the input (TL00xx), configuration (TL08xx) and internal
/// (TL09xx) diagnostics whose helpUri points at docs/rules/TL####.md, and the rules index links it. The ids are
/// the built-in rule set's descriptors plus every descriptor declared as a static field anywhere in the engine, so
/// a descriptor added to a class but forgotten in its <c>All</c> list is caught too. (The checklist rules' pages are
/// checked in depth by <see cref="RuleCatalogTests"/>.)
/// </summary>
public sealed class HelpPageCatalogTests
{
    public static TheoryData<string> EmittableIds() => [.. Emittable().Select(d => d.Id)];

    private static IEnumerable<DiagnosticDescriptor> Emittable() =>
        RuleSet.BuiltIn.Descriptors
            .Concat(typeof(DiagnosticDescriptor).Assembly.GetTypes()
                .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
                .Where(f => f.FieldType == typeof(DiagnosticDescriptor) && f.IsInitOnly)
                .Select(f => (DiagnosticDescriptor)f.GetValue(null)!))
            .DistinctBy(d => d.Id)
            .OrderBy(d => d.Id, StringComparer.Ordinal);

    [Fact]
    public void The_engine_declares_input_configuration_and_internal_ids()
    {
        var ids = Emittable().Select(d => d.Id).ToList();
        Assert.Contains("TL0010", ids);
        Assert.Contains("TL0809", ids);
        Assert.Contains("TL0901", ids);
        Assert.True(ids.Count > 100, $"only {ids.Count} ids found");
    }

    [Theory]
    [MemberData(nameof(EmittableIds))]
    public void Every_emittable_id_has_a_help_page_in_the_agreed_shape(string id)
    {
        var descriptor = Emittable().Single(d => d.Id == id);
        Assert.EndsWith($"/docs/rules/{id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        ReadPageInShape(descriptor, "## Cause", "## Rule description", "## How to fix", "## How to suppress");
    }

    /// <summary>
    /// Reads <paramref name="descriptor"/>'s help page and checks its head (title, id, category and severity as the
    /// descriptor says) and that it has <paramref name="sections"/>.
    /// </summary>
    internal static string ReadPageInShape(DiagnosticDescriptor descriptor, params string[] sections)
    {
        string id = descriptor.Id;
        string path = RepoPaths.Combine("docs", "rules", id + ".md");
        Assert.True(File.Exists(path), $"{id} ({descriptor.Title}) has no help page docs/rules/{id}.md, although its helpUri points there");
        string page = File.ReadAllText(path);

        Assert.StartsWith($"# {id}: {descriptor.Title}\n", page, StringComparison.Ordinal);
        Assert.Contains($"| Rule id | {id} |", page, StringComparison.Ordinal);
        Assert.Contains($"| Category | {descriptor.Category} |", page, StringComparison.Ordinal);
        Assert.Contains($"| Severity | {descriptor.DefaultSeverity.ToString().ToLowerInvariant()} |", page, StringComparison.Ordinal);
        foreach (string section in sections)
            Assert.True(page.Contains(section, StringComparison.Ordinal), $"docs/rules/{id}.md lacks '{section}'");
        return page;
    }

    [Theory]
    [MemberData(nameof(EmittableIds))]
    public void Every_emittable_id_is_in_the_rules_index(string id)
    {
        string index = File.ReadAllText(RepoPaths.Combine("docs", "rules", "README.md"));
        Assert.True(index.Contains($"| [{id}]({id}.md) |", StringComparison.Ordinal), $"docs/rules/README.md does not list {id}");
    }

    [Fact]
    public void Pages_of_builtin_diagnostics_quote_the_message_as_it_is_and_link_files_that_exist()
    {
        var builtIn = InputDiagnostics.All.Concat(ConfigurationDiagnostics.All).Concat(InternalDiagnostics.All);
        foreach (var descriptor in builtIn)
        {
            string page = File.ReadAllText(RepoPaths.Combine("docs", "rules", descriptor.Id + ".md"));
            if (page.Contains("| Message | ", StringComparison.Ordinal))
                Assert.Contains($"| Message | `{descriptor.MessageFormat}` |", page, StringComparison.Ordinal);
            foreach (System.Text.RegularExpressions.Match link in System.Text.RegularExpressions.Regex.Matches(page, @"\]\(\.\./\.\./(?<path>[^)]+)\)"))
                Assert.True(File.Exists(RepoPaths.Combine(link.Groups["path"].Value.Split('/'))), $"docs/rules/{descriptor.Id}.md links {link.Groups["path"].Value}, which does not exist");
        }
    }
}
