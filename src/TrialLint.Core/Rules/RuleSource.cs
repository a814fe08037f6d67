namespace TrialLint.Rules;

/// <summary>The text of a rule or pack file and the path findings about it show.</summary>
/// <param name="Path">Path shown in findings (for built-in rules, the path below the repository root, e.g. rules/harms/TL0201.yaml).</param>
/// <param name="Text">The file's text.</param>
public sealed record RuleSource(string Path, string Text);
