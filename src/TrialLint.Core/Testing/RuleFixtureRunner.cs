using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TrialLint.Diagnostics;
using TrialLint.Engine;
using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Testing;

/// <summary>
/// Runs rule fixtures: a folder per rule (<c>tests/rules/TL0501/</c>) holding small reports. <c>valid*</c>
/// reports must give no finding of the rule and the rule must apply; <c>invalid*</c> and <c>edge*</c> reports
/// must give the rule's findings on exactly the lines marked <c># expect: TL0501</c> (an edge report without
/// marks must give none); <c>na*</c> reports must make the rule not applicable. JSON reports, which have no
/// comments, list their expected findings in a sidecar <c>name.expect.yaml</c> (<c>findings: [{id, pointer}]</c>).
/// A sidecar may also pin the date registry records are judged on (<c>as_of: 2025-06-01</c>) and name the registry
/// record a report is checked against (<c>registry: registered.json</c>, relative to the fixture), for any fixture.
/// <para>
/// A snapshot beside the fixture, <c>name.verified.txt</c>, makes the expectation exact: the rule's outcome and
/// every finding with its span, severity, pointer and message (<see cref="FixtureObservation.Snapshot"/>). When
/// there is one, the findings must match it exactly as well as the marks; on a mismatch the runner writes what it
/// got as <c>name.received.txt</c>. Findings of other rules are ignored. The same runner serves
/// <c>triallint test</c> and the test suite.
/// </para>
/// </summary>
public sealed partial class RuleFixtureRunner
{
    private readonly LintEngine _engine;
    private readonly FixtureSnapshots _snapshots;

    /// <summary>Creates a runner linting with <paramref name="engine"/>.</summary>
    public RuleFixtureRunner(LintEngine engine, FixtureSnapshots snapshots = FixtureSnapshots.WhenPresent)
    {
        _engine = engine ?? throw new ArgumentNullException(nameof(engine));
        _snapshots = snapshots;
    }

    /// <summary>The engine fixtures are linted with.</summary>
    public LintEngine Engine => _engine;

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

    /// <summary>The snapshot file of a fixture: <c>name.verified.txt</c> beside it.</summary>
    public static string SnapshotPath(string fixturePath) => StemOf(fixturePath) + ".verified.txt";

    /// <summary>Where a mismatching result is written: <c>name.received.txt</c> beside the fixture.</summary>
    public static string ReceivedPath(string fixturePath) => StemOf(fixturePath) + ".received.txt";

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
        if (!_engine.Descriptors.Any(d => d.Id == ruleId))
            return new FixtureResult(ruleId, fixturePath, kind, [$"no rule {ruleId} is loaded"]);
        var observation = Observe(ruleId, fixturePath);
        var problems = ImmutableArray.CreateBuilder<string>();
        problems.AddRange(CheckMarks(fixturePath, observation));
        CheckSnapshot(fixturePath, observation, problems);
        return new FixtureResult(ruleId, fixturePath, kind, problems.ToImmutable());
    }

    /// <summary>
    /// Lints a fixture (or <paramref name="text"/> in its place, for tools that edit fixtures) and returns what
    /// <paramref name="ruleId"/> gave, with the fixture's sidecar applied.
    /// </summary>
    public FixtureObservation Observe(string ruleId, string fixturePath, string? text = null)
    {
        var setup = ImmutableArray.CreateBuilder<string>();
        var engine = EngineFor(fixturePath, setup);
        var result = text is null ? engine.LintFile(fixturePath) : engine.LintText(fixturePath, text);
        var findings = result.Diagnostics.Where(d => d.Id == ruleId)
            .OrderBy(d => d.Location.StartLine).ThenBy(d => d.Location.StartColumn).ThenBy(d => d.Location.EndLine).ThenBy(d => d.Location.EndColumn)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToImmutableArray();
        var outcome = result.Outcomes.TryGetValue(ruleId, out var o) ? o : (RuleOutcome?)null;
        var broken = result.Diagnostics.Where(d => d.Descriptor.Category is Diagnostics.DiagnosticCategory.Input or Diagnostics.DiagnosticCategory.Internal or Diagnostics.DiagnosticCategory.Configuration).ToImmutableArray();
        return new FixtureObservation(ruleId, outcome, findings, broken, result.Source, setup.ToImmutable());
    }

    /// <summary>
    /// The fixture's kind and marks against what the rule gave: the outcome the kind asks for, and findings on
    /// exactly the marked lines (YAML) or sidecar pointers (JSON). Empty when they agree.
    /// </summary>
    public static IReadOnlyList<string> CheckMarks(string fixturePath, FixtureObservation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        string kind = KindOf(fixturePath) ?? "valid";
        string ruleId = observation.RuleId;
        var findings = observation.Findings;
        var outcome = observation.Outcome;
        var problems = new List<string>(observation.SetupProblems);
        foreach (var d in observation.Broken) problems.Add($"the fixture itself has a problem: {d.Location.StartLine}:{d.Location.StartColumn} {d.Id} {d.Message}");

        if (kind == "na")
        {
            if (outcome != RuleOutcome.NotApplicable)
                problems.Add($"expected {ruleId} to be not applicable, but it {Describe(outcome)}");
            return problems;
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
            var expected = observation.Source is { } source ? ExpectedLines(source, ruleId) : [];
            if (kind == "valid" && expected.Count > 0) problems.Add("a valid fixture must not expect findings; name it invalid-*.yaml");
            if (kind == "invalid" && expected.Count == 0) problems.Add($"an invalid fixture needs '# expect: {ruleId}' on the line of each expected finding");
            var actual = findings.Select(f => f.Location.StartLine).ToList();
            foreach (int line in expected.Where(l => !actual.Contains(l))) problems.Add($"expected {ruleId} on line {line}, found none");
            foreach (var f in findings.Where(f => !expected.Contains(f.Location.StartLine)))
                problems.Add($"unexpected {ruleId} on line {f.Location.StartLine}: {f.Message}");
        }
        return problems;
    }

    private void CheckSnapshot(string fixturePath, FixtureObservation observation, ImmutableArray<string>.Builder problems)
    {
        string verified = SnapshotPath(fixturePath);
        string received = ReceivedPath(fixturePath);
        string actual = observation.Snapshot();
        if (_snapshots == FixtureSnapshots.Accept)
        {
            if (!File.Exists(verified) || Normalise(File.ReadAllText(verified)) != actual) File.WriteAllText(verified, actual);
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        if (!File.Exists(verified))
        {
            if (_snapshots == FixtureSnapshots.Required)
            {
                File.WriteAllText(received, actual);
                problems.Add($"no snapshot {Path.GetFileName(verified)}; review {Path.GetFileName(received)} and rename it (or accept with TRIALLINT_ACCEPT_SNAPSHOTS=1)");
            }
            return;
        }
        string expected = Normalise(File.ReadAllText(verified));
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual);
        int before = problems.Count;
        var want = expected.Split('\n');
        var got = actual.Split('\n');
        foreach (string line in want.Except(got, StringComparer.Ordinal).Where(l => l.Length > 0)) problems.Add($"snapshot expects: {line}");
        foreach (string line in got.Except(want, StringComparer.Ordinal).Where(l => l.Length > 0)) problems.Add($"the rule gave:    {line}");
        if (problems.Count == before) problems.Add("the findings are the snapshot's, in another order");
        problems.Add($"(written to {Path.GetFileName(received)}; accept with TRIALLINT_ACCEPT_SNAPSHOTS=1 or triallint test --accept)");
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";

    private static string StemOf(string fixturePath) => Path.ChangeExtension(fixturePath, null);

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
