namespace TrialLint.Checklists;

/// <summary>One item of a reporting checklist, e.g. CONSORT-2025 item 22a.</summary>
/// <param name="Checklist">The checklist, e.g. CONSORT-2025.</param>
/// <param name="Section">Section of the checklist, e.g. Results.</param>
/// <param name="Topic">Topic within the section (may be empty).</param>
/// <param name="ItemId">Item id without DEFINE markers, e.g. 22a or 3a.1.</param>
/// <param name="Text">The item's text (empty where the extension keeps the main checklist's item unchanged).</param>
public sealed record ChecklistItem(string Checklist, string Section, string Topic, string ItemId, string Text)
{
    /// <summary>The reference rules use: <c>CONSORT-2025:22a</c>.</summary>
    public string Reference => $"{Checklist}:{ItemId}";
}
