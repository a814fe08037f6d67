using System.Text;
using TrialLint.Checklists;
using TrialLint.Diagnostics;

namespace TrialLint.Rules;

/// <summary>
/// Help pages for rules: the page from <c>docs/rules/TL####.md</c> (embedded in the engine), or, for a user's
/// own rule without a page, one written from its descriptor.
/// </summary>
public static class RuleDocs
{
    /// <summary>The embedded help page of <paramref name="id"/>, or null.</summary>
    public static string? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        using var stream = typeof(RuleDocs).Assembly.GetManifestResourceStream($"TrialLint.docs.rules.{id}.md");
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The help page of <paramref name="descriptor"/>: the written page if there is one, else a generated one.</summary>
    public static string PageFor(DiagnosticDescriptor descriptor, IEnumerable<string> packs)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return Find(descriptor.Id) ?? Generate(descriptor, packs);
    }

    /// <summary>Writes a page from the descriptor alone.</summary>
    public static string Generate(DiagnosticDescriptor descriptor, IEnumerable<string> packs)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var sb = new StringBuilder();
        sb.AppendLine($"# {descriptor.Id}: {descriptor.Title}");
        sb.AppendLine();
        sb.AppendLine($"Severity: {descriptor.DefaultSeverity.ToString().ToLowerInvariant()} · Category: {descriptor.Category} · Packs: {string.Join(", ", packs.DefaultIfEmpty("(none)"))}");
        sb.AppendLine();
        sb.AppendLine("## Rule description");
        sb.AppendLine();
        sb.AppendLine(descriptor.Description);
        if (descriptor.ChecklistItems.Length > 0)
        {
            sb.AppendLine();
            sb.AppendLine("## Checklist items");
            sb.AppendLine();
            foreach (string reference in descriptor.ChecklistItems)
                sb.AppendLine($"- {reference}: {ChecklistCatalog.Find(reference)?.Text ?? "(unknown item)"}");
        }
        return sb.ToString();
    }
}
