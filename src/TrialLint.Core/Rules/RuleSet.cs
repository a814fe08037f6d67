using System.Collections.Frozen;
using System.Collections.Immutable;
using TrialLint.Analyzers;
using TrialLint.Diagnostics;
using TrialLint.Model;
using TrialLint.Text;

namespace TrialLint.Rules;

/// <summary>
/// Everything that can produce findings: the built-in C# analyzers, the rules loaded from rule files (the packs
/// shipped in the engine plus any folders the user adds) and the packs that group them. Built once per process;
/// immutable afterwards. Rule files that fail to load are reported in <see cref="LoadDiagnostics"/>.
/// </summary>
public sealed class RuleSet
{
    private const string EmbeddedPrefix = "TrialLint.rules/";
    private static readonly Lazy<RuleSet> BuiltInLazy = new(() => Load([]));
    private readonly FrozenDictionary<string, ImmutableArray<string>> _packsByRule;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, FrozenSet<string>> _selectionsByPacks = new(StringComparer.Ordinal);

    private RuleSet(ImmutableArray<ReportAnalyzer> analyzers, ImmutableArray<RuleDefinition> rules, ImmutableArray<RulePack> packs, ImmutableArray<Diagnostic> loadDiagnostics)
    {
        Analyzers = analyzers;
        Rules = rules;
        Packs = packs;
        LoadDiagnostics = loadDiagnostics;
        Descriptors = InputDiagnostics.All
            .Concat(analyzers.SelectMany(a => a.SupportedDiagnostics))
            .Concat(ConfigurationDiagnostics.All)
            .Concat(InternalDiagnostics.All)
            .DistinctBy(d => d.Id)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        _packsByRule = packs.SelectMany(p => p.RuleIds.Select(id => (id, p.Id)))
            .GroupBy(x => x.id, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Item2).ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>The built-in analyzers and the packs shipped with TrialLint.</summary>
    public static RuleSet BuiltIn => BuiltInLazy.Value;

    /// <summary>The analyzers to run: the built-in C# analyzers and one analyzer hosting every rule file.</summary>
    public ImmutableArray<ReportAnalyzer> Analyzers { get; }

    /// <summary>The rules loaded from rule files.</summary>
    public ImmutableArray<RuleDefinition> Rules { get; }

    /// <summary>The packs.</summary>
    public ImmutableArray<RulePack> Packs { get; }

    /// <summary>Every descriptor that can be reported, in id order.</summary>
    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; }

    /// <summary>Problems found while loading rule and pack files (TL08xx).</summary>
    public ImmutableArray<Diagnostic> LoadDiagnostics { get; }

    /// <summary>The packs a rule belongs to.</summary>
    public ImmutableArray<string> PacksOf(string ruleId) => _packsByRule.GetValueOrDefault(ruleId, []);

    /// <summary>Returns which rules run for <paramref name="report"/>: those in its selected packs, and those in no pack at all.</summary>
    public Func<string, bool> SelectorFor(TrialReport report, IReadOnlyCollection<string>? configuredPacks = null) =>
        SelectorFor(SelectPacks(report, configuredPacks));

    /// <summary>Returns which rules run when <paramref name="selectedPacks"/> are selected (see <see cref="SelectPacks"/>).</summary>
    public Func<string, bool> SelectorFor(IReadOnlySet<string> selectedPacks)
    {
        ArgumentNullException.ThrowIfNull(selectedPacks);
        // Reports fall into a handful of pack combinations, and the driver asks about each rule several times per
        // report: one set of rule ids per combination answers in one lookup.
        string key = string.Join('\n', selectedPacks.Order(StringComparer.Ordinal));
        var ruleIds = _selectionsByPacks.GetOrAdd(key, _ => Descriptors.Select(d => d.Id)
            .Where(id => !_packsByRule.TryGetValue(id, out var packs) || packs.Any(selectedPacks.Contains))
            .ToFrozenSet(StringComparer.Ordinal));
        return id => ruleIds.Contains(id) || !_packsByRule.ContainsKey(id);
    }

    /// <summary>The packs selected for <paramref name="report"/>; see <see cref="PackSelector"/>, which decides.</summary>
    public IReadOnlySet<string> SelectPacks(TrialReport report, IReadOnlyCollection<string>? configuredPacks = null) =>
        PackSelector.Select(report, Packs, configuredPacks);

    /// <summary>Loads the built-in analyzers and packs plus the rule folders in <paramref name="ruleDirectories"/>.</summary>
    public static RuleSet Load(IEnumerable<string> ruleDirectories)
    {
        ArgumentNullException.ThrowIfNull(ruleDirectories);
        var sources = EmbeddedSources().ToList();
        foreach (string directory in ruleDirectories) sources.AddRange(DirectorySources(directory));
        return Build(sources, BuiltInAnalyzers.Create());
    }

    /// <summary>Builds a rule set from rule and pack files (told apart by content: packs list <c>rules</c>).</summary>
    public static RuleSet Build(IEnumerable<RuleSource> sources, IEnumerable<ReportAnalyzer> analyzers)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var diagnostics = new List<Diagnostic>();
        var csharp = analyzers.ToImmutableArray();
        var known = csharp.SelectMany(a => a.SupportedDiagnostics).ToDictionary(d => d.Id, d => "built-in analyzer", StringComparer.Ordinal);
        var rules = new List<RuleDefinition>();
        var packs = new List<(RulePack Pack, RuleSource Source)>();
        // Files load in parallel (parsing and compiling them is most of a one-report run), then are taken in order.
        var loaded = sources.AsParallel().AsOrdered().Select(source =>
        {
            var problems = new List<Diagnostic>();
            object? result = IsPack(source) ? PackLoader.Load(source, problems) : RuleFileLoader.Load(source, problems);
            return (Source: source, Result: result, Problems: problems);
        }).ToList();
        foreach (var (source, result, problems) in loaded)
        {
            diagnostics.AddRange(problems);
            if (result is RulePack pack)
            {
                // A user pack may not take a built-in pack's id (or another pack's): which one "consort-2025" means
                // would depend on load order.
                if (packs.FirstOrDefault(p => p.Pack.Id == pack.Id) is { Pack: not null } earlier)
                {
                    diagnostics.Add(Diagnostic.Create(ConfigurationDiagnostics.DuplicateRuleId, Location.ForFile(source.Path) with { Pointer = JsonPointer.Root.Append("id") },
                        ("id", $"Pack '{pack.Id}'"), ("other", earlier.Source.Path)));
                    continue;
                }
                packs.Add((pack, source));
                continue;
            }
            if (result is not RuleDefinition rule) continue;
            if (known.TryGetValue(rule.Id, out string? other))
            {
                diagnostics.Add(Diagnostic.Create(ConfigurationDiagnostics.DuplicateRuleId, Location.ForFile(source.Path) with { Pointer = JsonPointer.Root.Append("id") },
                    ("id", rule.Id), ("other", other)));
                continue;
            }
            known.Add(rule.Id, rule.SourcePath);
            rules.Add(rule);
        }
        foreach (var (pack, source) in packs)
        {
            for (int i = 0; i < pack.RuleIds.Length; i++)
            {
                if (known.ContainsKey(pack.RuleIds[i])) continue;
                diagnostics.Add(Diagnostic.Create(ConfigurationDiagnostics.UnknownRuleInPack, PackLoader.RuleLocation(source, i), ("pack", pack.Id), ("id", pack.RuleIds[i])));
            }
        }
        var allAnalyzers = rules.Count > 0 ? csharp.Add(new RuleFileAnalyzer(rules.OrderBy(r => r.Id, StringComparer.Ordinal))) : csharp;
        return new RuleSet(allAnalyzers, [.. rules.OrderBy(r => r.Id, StringComparer.Ordinal)], [.. packs.Select(p => p.Pack).OrderBy(p => p.Id, StringComparer.Ordinal)], [.. diagnostics]);
    }

    /// <summary>The rule and pack files in a folder (recursively), or a single file.</summary>
    public static IEnumerable<RuleSource> DirectorySources(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        IEnumerable<string> files = File.Exists(directory) ? [directory]
            : Directory.Exists(directory) ? Directory.EnumerateFiles(directory, "*.yaml", SearchOption.AllDirectories).Concat(Directory.EnumerateFiles(directory, "*.yml", SearchOption.AllDirectories)).Order(StringComparer.Ordinal)
            : throw new DirectoryNotFoundException($"The rule folder '{directory}' does not exist.");
        foreach (string file in files) yield return new RuleSource(file.Replace('\\', '/'), File.ReadAllText(file));
    }

    private static IEnumerable<RuleSource> EmbeddedSources()
    {
        var assembly = typeof(RuleSet).Assembly;
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(EmbeddedPrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            yield return new RuleSource("rules/" + name[EmbeddedPrefix.Length..].Replace('\\', '/'), reader.ReadToEnd());
        }
    }

    /// <summary>A pack lists <c>rules:</c> at the top level and has no <c>require:</c>; told from the text, without parsing it twice.</summary>
    private static bool IsPack(RuleSource source) =>
        TopLevelKey(source.Text, "rules") && !TopLevelKey(source.Text, "require");

    private static bool TopLevelKey(string text, string key) =>
        text.StartsWith(key + ":", StringComparison.Ordinal) || text.Contains("\n" + key + ":", StringComparison.Ordinal);
}
