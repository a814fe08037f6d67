using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TrialLint.Diagnostics;
using TrialLint.Engine;
using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Testing;

/// <summary>
/// Runs rule fixtures: a folder per rule (<c>tests/rules/TL0501/</c>) holding complete reports. <c>valid*</c>
/// reports must give no finding of the rule and the rule must apply; <c>invalid*</c> and <c>edge*</c> reports
/// must give the rule's findings on exactly the lines marked <c># expect: TL0501</c> (an edge report without
/// marks must give none); <c>na*</c> reports must make the rule not applicable. JSON reports, which have no
/// comments, list their expected findings in a sidecar <c>name.expect.yaml</c> (<c>findings: [{id, pointer}]</c>).
/// A sidecar may also pin the date registry records are judged on (<c>as_of: 2025-06-01</c>) and name the registry
/// record a report is checked against (<c>registry: registered.json</c>, relative to the fixture), for any fixture.
/// Findings of other rules are ignored. The same runner serves <c>triallint test</c> and the test suite.
/// </summary>
public sealed partial class RuleFixtureRunner
{
    private readonly LintEngine _engine;

    /// <summary>Creates a runner linting with <paramref name="engine"/>.</summary>
    public RuleFixtureRunner(LintEngine engine) => _engine = engine ?? throw new ArgumentNullException(nameof(engine));

    /// <summary>The rule folders under <paramref name="root"/> (folders named like a rule id).</summary>
    public static IReadOnlyList<string> RuleFolders(string root)
    {
        if (!Directory.Exists(root)) return [];
        // A rule folder itself (tests/rules/TL0501) runs just that rule.
        if (RuleId().IsMatch(Path.GetFileName(root.TrimEnd('/', '\\')))) return [root.TrimEnd('/', '\\')];
        return Directory.EnumerateDirectories(root).Where(d => RuleId().IsMatch(Path.GetFileName(d))).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The fixture files of a rule folder.</summary>
    public static IReadOnlyList<string> Fixtures(string ruleFolder) =>
        Directory.EnumerateFiles(ruleFolder)
            .Where(f => ReportDiscovery.IsReportFile(f) || f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Where(f => !f.EndsWith(".expect.yaml", StringComparison.Ordinal) && KindOf(f) is not null)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Runs every fixture of the rule folder <paramref name="ruleFolder"/>.</summary>
    public IReadOnlyList<FixtureResult> RunFolder(string ruleFolder)
    {
        string ruleId = Path.GetFileName(ruleFolder.TrimEnd('/', '\\'));
        return Fixtures(ruleFolder).Select(f => Run(ruleId, f)).ToList();
    }

    /// <summary>Runs one fixture for <paramref name="ruleId"/>.</summary>
    public FixtureResult Run(string ruleId, string fixturePath)
    {
        string kind = KindOf(fixturePath) ?? "valid";
        var problems = ImmutableArray.CreateBuilder<string>();
        if (!_engine.Descriptors.Any(d => d.Id == ruleId))
        {
            problems.Add($"no rule {ruleId} is loaded");
            return new FixtureResult(ruleId, fixturePath, kind, problems.ToImmutable());
        }
        var result = EngineFor(fixturePath, problems).LintFile(fixturePath);
        var findings = result.Diagnostics.Where(d => d.Id == ruleId).ToList();
        var outcome = result.Outcomes.TryGetValue(ruleId, out var o) ? o : (RuleOutcome?)null;
        var broken = result.Diagnostics.Where(d => d.Descriptor.Category is Diagnostics.DiagnosticCategory.Input or Diagnostics.DiagnosticCategory.Internal or Diagnostics.DiagnosticCategory.Configuration).ToList();
        foreach (var d in broken) problems.Add($"the fixture itself has a problem: {d.Location.StartLine}:{d.Location.StartColumn} {d.Id} {d.Message}");

        if (kind == "na")
        {
            if (outcome != RuleOutcome.NotApplicable)
                problems.Add($"expected {ruleId} to be not applicable, but it {Describe(outcome)}");
            return new FixtureResult(ruleId, fixturePath, kind, problems.ToImmutable());
        }
        if (outcome is null)
            problems.Add($"{ruleId} did not run on this fixture (its packs were not selected); name them under 'packs:'");
        else if (outcome == RuleOutcome.NotApplicable)
            problems.Add($"{ruleId} was not applicable, but a {kind} fixture must make it apply");

        if (fixturePath.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var expected = ExpectedPointers(fixturePath, ruleId);
            var actual = findings.Select(f => f.Location.Pointer.ToString()).ToHashSet(StringComparer.Ordinal);
            foreach (string pointer in expected.Except(actual)) problems.Add($"expected {ruleId} at {pointer}, found none");
            foreach (var f in findings.Where(f => !expected.Contains(f.Location.Pointer.ToString())))
                problems.Add($"unexpected {ruleId} at {f.Location.Pointer}: {f.Message}");
        }
        else
        {
            var expected = result.Source is { } source ? ExpectedLines(source, ruleId) : [];
            if (kind == "valid" && expected.Count > 0) problems.Add("a valid fixture must not expect findings; name it invalid-*.yaml");
            if (kind == "invalid" && expected.Count == 0) problems.Add($"an invalid fixture needs '# expect: {ruleId}' on the line of each expected finding");
            var actual = findings.Select(f => f.Location.StartLine).ToList();
            foreach (int line in expected.Where(l => !actual.Contains(l))) problems.Add($"expected {ruleId} on line {line}, found none");
            foreach (var f in findings.Where(f => !expected.Contains(f.Location.StartLine)))
                problems.Add($"unexpected {ruleId} on line {f.Location.StartLine}: {f.Message}");
        }
        return new FixtureResult(ruleId, fixturePath, kind, problems.ToImmutable());
    }

    /// <summary>The engine for a fixture: the runner's own, or one with the registry options its sidecar gives.</summary>
    private LintEngine EngineFor(string fixturePath, ImmutableArray<string>.Builder problems)
    {
        if (Sidecar(fixturePath) is not { } sidecar) return _engine;
        DateOnly? asOf = null;
        if (sidecar["as_of"] is ScalarNode asOfText)
        {
            if (DateOnly.TryParseExact(asOfText.Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)) asOf = date;
            else problems.Add($"the sidecar's as_of '{asOfText.Value}' is not a YYYY-MM-DD date");
        }
        var registrations = ImmutableArray<Model.TrialReport>.Empty;
        if (sidecar["registry"] is ScalarNode registry)
        {
            var (studies, found) = Registry.RegistrationFile.Load(Path.Combine(Path.GetDirectoryName(fixturePath) ?? ".", registry.Value), asOf);
            foreach (var problem in found) problems.Add($"the registry record has a problem: {problem.Location.StartLine}:{problem.Location.StartColumn} {problem.Id} {problem.Message}");
            registrations = studies;
        }
        if (asOf is null && registrations.IsEmpty) return _engine;
        return new LintEngine(_engine.Rules, new LintOptions { Registry = new Registry.RegistryOptions { AsOf = asOf, Registrations = registrations } });
    }

    private static MappingNode? Sidecar(string fixturePath)
    {
        string sidecar = Path.ChangeExtension(fixturePath, null) + ".expect.yaml";
        if (!File.Exists(sidecar)) return null;
        return YamlSyntaxParser.Parse(new SourceText(sidecar, File.ReadAllText(sidecar))).Root as MappingNode;
    }

    /// <summary>valid, invalid, na or edge, from the file name; null for files that are not fixtures.</summary>
    public static string? KindOf(string path)
    {
        string name = Path.GetFileName(path);
        foreach (string kind in (string[])["invalid", "valid", "na", "edge"])
        {
            if (name.StartsWith(kind, StringComparison.Ordinal)) return kind;
        }
        return null;
    }

    private static HashSet<int> ExpectedLines(SourceText source, string ruleId)
    {
        var lines = new HashSet<int>();
        for (int line = 1; line <= source.LineCount; line++)
        {
            var match = ExpectComment().Match(source.GetLineText(line));
            if (match.Success && match.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries).Contains(ruleId)) lines.Add(line);
        }
        return lines;
    }

    private static HashSet<string> ExpectedPointers(string jsonPath, string ruleId)
    {
        string sidecar = Path.ChangeExtension(jsonPath, null) + ".expect.yaml";
        var pointers = new HashSet<string>(StringComparer.Ordinal);
        if (!File.Exists(sidecar)) return pointers;
        var tree = YamlSyntaxParser.Parse(new SourceText(sidecar, File.ReadAllText(sidecar)));
        if (tree.Root is MappingNode { } root && root["findings"] is SequenceNode items)
        {
            foreach (var item in items.Items.OfType<MappingNode>())
            {
                if (item["id"] is ScalarNode id && id.Value == ruleId && item["pointer"] is ScalarNode pointer) pointers.Add(pointer.Value);
            }
        }
        return pointers;
    }

    private static string Describe(RuleOutcome? outcome) => outcome switch
    {
        RuleOutcome.Passed => "applied and passed",
        RuleOutcome.Failed => "applied and reported a finding",
        _ => "did not run (its packs were not selected)",
    };

    [GeneratedRegex(@"#\s*expect:\s*(?<ids>TL\d{4}(\s*,\s*TL\d{4})*)")]
    private static partial Regex ExpectComment();

    [GeneratedRegex(@"^TL\d{4}$")]
    private static partial Regex RuleId();
}
