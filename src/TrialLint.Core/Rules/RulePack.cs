using System.Collections.Immutable;

namespace TrialLint.Rules;

/// <summary>A named set of rules following one checklist, such as <c>consort-2025</c>.</summary>
/// <param name="Id">Pack id (used in reports' <c>packs:</c> and in configuration).</param>
/// <param name="Title">Title.</param>
/// <param name="Description">What the pack checks and for which trials.</param>
/// <param name="Checklist">The checklist it follows, e.g. CONSORT-2025.</param>
/// <param name="SelectedWhen">When the pack is chosen for a report that names no packs.</param>
/// <param name="RuleIds">The rules in the pack.</param>
/// <param name="SourcePath">The manifest file.</param>
public sealed record RulePack(string Id, string Title, string Description, string? Checklist, PackSelection SelectedWhen, ImmutableArray<string> RuleIds, string SourcePath);
