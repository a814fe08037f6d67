using TrialLint.Engine;
using TrialLint.Registry;
using TrialLint.Rules;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Registry;

/// <summary>The 15 ClinicalTrials.gov records in Registry/Records, and an engine that judges them on a fixed date.</summary>
public static class RegistryRecords
{
    /// <summary>The date the tests judge records on (results overdue).</summary>
    public static readonly DateOnly AsOf = new(2025, 6, 1);

    /// <summary>An engine with the built-in rules, judging records on <see cref="AsOf"/>.</summary>
    public static LintEngine Engine { get; } = new(RuleSet.BuiltIn, new LintOptions { Registry = new RegistryOptions { AsOf = AsOf } });

    /// <summary>The folder holding the records.</summary>
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "TrialLint.Tests", "Registry", "Records");

    /// <summary>The path of a record, by NCT id.</summary>
    public static string PathOf(string nctId) => Path.Combine(Folder, nctId + ".json");

    /// <summary>The NCT ids of every record.</summary>
    public static IReadOnlyList<string> Ids => Directory.EnumerateFiles(Folder, "NCT*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList();

    /// <summary>Lints one record.</summary>
    public static FileResult Lint(string nctId) => Engine.LintFile(PathOf(nctId));
}
