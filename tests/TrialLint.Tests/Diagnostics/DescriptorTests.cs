using TrialLint.Analyzers;
using TrialLint.Checklists;
using TrialLint.Diagnostics;
using TrialLint.Engine;

namespace TrialLint.Tests.Diagnostics;

/// <summary>Rules every descriptor follows, whoever wrote it.</summary>
public sealed class DescriptorTests
{
    public static TheoryData<string> Ids() => [.. new LintEngine().Descriptors.Select(d => d.Id)];

    private static DiagnosticDescriptor Get(string id) => new LintEngine().Descriptors.Single(d => d.Id == id);

    [Fact]
    public void Ids_are_unique()
    {
        var ids = InputDiagnostics.All.Concat(BuiltInAnalyzers.Create().SelectMany(a => a.SupportedDiagnostics)).Concat(InternalDiagnostics.All).Select(d => d.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Checklist_items_exist_in_the_checklist_tables(string id)
    {
        foreach (string reference in Get(id).ChecklistItems)
            Assert.True(ChecklistCatalog.Find(reference) is not null, $"{id} cites {reference}, which is not in rules/checklists/*.tsv");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Analyzer_rules_cite_at_least_one_checklist_item(string id)
    {
        var descriptor = Get(id);
        if (descriptor.Category is DiagnosticCategory.Input or DiagnosticCategory.Configuration or DiagnosticCategory.Internal) return;

        Assert.NotEmpty(descriptor.ChecklistItems);
    }

    [Fact]
    public void Descriptor_rejects_an_id_outside_its_category_range()
    {
        var ex = Assert.Throws<ArgumentException>(() => new DiagnosticDescriptor("TL0201", "t", "m", DiagnosticCategory.ParticipantFlow, DiagnosticSeverity.Error, "d"));

        Assert.Contains("Harms", ex.Message);
    }

    [Fact]
    public void Message_placeholders_are_filled_by_name()
    {
        string message = MessageFormatter.Format("In {arm}, {n} {{literal}} {unknown}", [new("arm", "'msc'"), new("n", 7)]);

        Assert.Equal("In 'msc', 7 {literal} {unknown}", message);
    }

    [Fact]
    public void Catalog_drops_define_markers_from_item_ids()
    {
        var item = ChecklistCatalog.Find("CONSORT-DEFINE-2023:3a.1");

        Assert.NotNull(item);
        Assert.StartsWith("Description of trial design elements", item.Text);
    }
}
