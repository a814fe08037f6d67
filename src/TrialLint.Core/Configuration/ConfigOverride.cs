using System.Collections.Immutable;

namespace TrialLint.Configuration;

/// <summary>Rule settings for some files (globs) or one place in one file (path#/pointer), with the reason for them.</summary>
/// <param name="Files">Globs relative to the configuration file's folder; empty when the override is by pointer.</param>
/// <param name="File">The file of a pointer override, relative to the configuration file's folder.</param>
/// <param name="Pointer">The JSON Pointer of a pointer override: findings at or below it are affected.</param>
/// <param name="Rules">Severity or off per rule id.</param>
/// <param name="Reason">Why; shown with every finding the override silences.</param>
public sealed record ConfigOverride(ImmutableArray<string> Files, string? File, string? Pointer, ImmutableDictionary<string, RuleSetting> Rules, string Reason);
