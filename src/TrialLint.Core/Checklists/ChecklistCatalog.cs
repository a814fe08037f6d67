using System.Collections.Frozen;

namespace TrialLint.Checklists;

/// <summary>
/// The checklist items rules cite, read from the tables embedded from <c>rules/checklists/*.tsv</c>. Loaded on
/// first use; linting never needs it, only explanations, docs and rule validation do.
/// </summary>
public static class ChecklistCatalog
{
    private static readonly Lazy<(FrozenDictionary<string, ChecklistItem> ByReference, IReadOnlyList<ChecklistItem> InOrder)> Items = new(Load);

    /// <summary>Every item, by reference (<c>CONSORT-2025:22a</c>).</summary>
    public static IReadOnlyDictionary<string, ChecklistItem> All => Items.Value.ByReference;

    /// <summary>The items of one checklist (e.g. CONSORT-2025) in the order the checklist lists them.</summary>
    public static IReadOnlyList<ChecklistItem> ItemsOf(string checklist) =>
        Items.Value.InOrder.Where(i => string.Equals(i.Checklist, checklist, StringComparison.Ordinal)).ToList();

    /// <summary>Returns the item a reference such as <c>CONSORT-2025:22a</c> names, or null.</summary>
    public static ChecklistItem? Find(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return Items.Value.ByReference.GetValueOrDefault(reference);
    }

    /// <summary>Drops the DEFINE tables' markers from an item id: <c>3a.1†</c> → <c>3a.1</c>.</summary>
    public static string NormaliseItemId(string itemId) => itemId.TrimEnd('†', '*', '§', ' ');

    private static (FrozenDictionary<string, ChecklistItem>, IReadOnlyList<ChecklistItem>) Load()
    {
        var assembly = typeof(ChecklistCatalog).Assembly;
        var items = new Dictionary<string, ChecklistItem>(StringComparer.Ordinal);
        var order = new List<ChecklistItem>();
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("TrialLint.checklists.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            reader.ReadLine(); // header
            for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
            {
                var cols = line.Split('\t');
                if (cols.Length < 5) continue;
                var item = new ChecklistItem(cols[0], cols[1], cols[2], NormaliseItemId(cols[3]), cols[4]);
                if (items.TryAdd(item.Reference, item)) order.Add(item);
            }
        }
        return (items.ToFrozenDictionary(StringComparer.Ordinal), order);
    }
}
