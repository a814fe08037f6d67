using System.Collections.Immutable;

namespace TrialLint.Diagnostics;

/// <summary>
/// Describes one kind of finding, as Roslyn's <c>DiagnosticDescriptor</c> does: a stable id, texts for people,
/// a category, a default severity and the checklist items it enforces. Rule files and C# analyzers both
/// produce descriptors; everything downstream (console, SARIF, docs, config) reads only these.
/// </summary>
public sealed class DiagnosticDescriptor
{
    /// <summary>Where help pages live; <c>{id}</c> is replaced by the rule id.</summary>
    public const string HelpLinkFormat = "https://github.com/triallint/triallint/blob/main/docs/rules/{id}.md";

    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">Stable id such as TL0101; never reused.</param>
    /// <param name="title">Short title ("Allocated participants are not all accounted for").</param>
    /// <param name="messageFormat">Message with named placeholders such as <c>{arm}</c>.</param>
    /// <param name="category">One of <see cref="DiagnosticCategory"/>; must match the id's range.</param>
    /// <param name="defaultSeverity">Severity unless configuration says otherwise.</param>
    /// <param name="description">A longer explanation for help pages and SARIF.</param>
    /// <param name="checklistItems">Checklist items enforced, as <c>CONSORT-2025:22a</c>.</param>
    /// <param name="isEnabledByDefault">Whether the rule runs without configuration.</param>
    /// <param name="helpLinkUri">Help page; defaults to the rule's page in docs/rules.</param>
    public DiagnosticDescriptor(
        string id,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity defaultSeverity,
        string description,
        IEnumerable<string>? checklistItems = null,
        bool isEnabledByDefault = true,
        string? helpLinkUri = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageFormat);
        ArgumentException.ThrowIfNullOrWhiteSpace(category);
        ArgumentNullException.ThrowIfNull(description);
        string? expected = DiagnosticCategory.ForId(id);
        if (expected is null) throw new ArgumentException($"'{id}' is not a TrialLint id (TL followed by four digits).", nameof(id));
        if (expected != category) throw new ArgumentException($"{id} belongs to category {expected}, not {category}.", nameof(category));

        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Description = description;
        ChecklistItems = checklistItems?.ToImmutableArray() ?? [];
        IsEnabledByDefault = isEnabledByDefault;
        HelpLinkUri = helpLinkUri ?? HelpLinkFormat.Replace("{id}", id, StringComparison.Ordinal);
    }

    /// <summary>The stable id, e.g. TL0101.</summary>
    public string Id { get; }

    /// <summary>Short title.</summary>
    public string Title { get; }

    /// <summary>Message with named placeholders, e.g. <c>{arm}</c>.</summary>
    public string MessageFormat { get; }

    /// <summary>The category (see <see cref="DiagnosticCategory"/>).</summary>
    public string Category { get; }

    /// <summary>Severity unless configuration says otherwise.</summary>
    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>A longer explanation.</summary>
    public string Description { get; }

    /// <summary>Checklist items enforced, e.g. <c>CONSORT-2025:22a</c>.</summary>
    public ImmutableArray<string> ChecklistItems { get; }

    /// <summary>Whether the rule runs without configuration.</summary>
    public bool IsEnabledByDefault { get; }

    /// <summary>The help page.</summary>
    public string HelpLinkUri { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Title}";
}
