using System.CommandLine;
using TrialLint.Engine;
using TrialLint.Testing;

namespace TrialLint.Cli.Commands;

/// <summary><c>triallint test [DIR]</c>: runs rule fixtures and reports pass or fail per rule.</summary>
internal static class TestCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<string>("folder") { Description = "Folder holding one folder of fixtures per rule (TL0101/valid.yaml ...), one rule's folder, or one fixture file. Default: tests/rules.", Arity = ArgumentArity.ZeroOrOne };
        var rulesOption = CommonOptions.Rules();
        var accept = new Option<bool>("--accept") { Description = "Write each fixture's snapshot (name.verified.txt: its exact findings) from what the rule gives; review the diff. Also TRIALLINT_ACCEPT_SNAPSHOTS=1." };
        var minimize = new Option<bool>("--minimize") { Description = "Shrink each fixture to the smallest report that gives the same outcome and findings of its rule, rewrite it (and its snapshot), and say how far. Read the result." };
        var keep = new Option<string[]>("--keep") { Description = "With --minimize: report sections (YAML) or record modules (JSON) the rule reads, kept whole in quiet fixtures. Added to, for a rule file, the names in its expressions.", AllowMultipleArgumentsPerToken = true };
        var bases = new Option<string[]>("--base") { Description = "With --minimize: the report(s) the fixtures were copied from; only lines found there are deleted inside the sections the rule reads (the changed lines are the case).", AllowMultipleArgumentsPerToken = true };
        var command = new Command("test", "Run rule fixtures (valid*, invalid* with '# expect: TL####' marks, na*, edge*; exact findings in name.verified.txt when present) and report pass or fail per rule.") { folder, rulesOption, accept, minimize, keep, bases };
        command.SetAction(parse =>
        {
            string root = parse.GetValue(folder) ?? Path.Combine("tests", "rules");
            string? only = null;
            if (File.Exists(root))
            {
                only = Path.GetFullPath(root);
                root = Path.GetDirectoryName(root) is { Length: > 0 } parent ? parent : ".";
            }
            if (!Directory.Exists(root))
            {
                error.WriteLine($"triallint: error: the fixture folder '{root}' does not exist");
                return ExitCodes.UsageError;
            }
            var rules = CommonOptions.LoadRules(parse.GetValue(rulesOption), output, error, false, out bool failed);
            if (rules is null) return ExitCodes.UsageError;
            var folders = RuleFixtureRunner.RuleFolders(root);
            if (folders.Count == 0)
            {
                error.WriteLine($"triallint: error: no rule folders (named like TL0101) in '{root}'");
                return ExitCodes.UsageError;
            }
            bool accepting = parse.GetValue(accept) || Environment.GetEnvironmentVariable("TRIALLINT_ACCEPT_SNAPSHOTS") == "1";
            var runner = new RuleFixtureRunner(new LintEngine(rules), accepting ? FixtureSnapshots.Accept : FixtureSnapshots.WhenPresent);
            if (parse.GetValue(minimize))
                return Minimize(runner, rules, folders, only, parse.GetValue(keep), parse.GetValue(bases), output);
            int passedRules = 0, failedRules = 0;
            foreach (string ruleFolder in folders)
            {
                string id = Path.GetFileName(ruleFolder);
                var results = RuleFixtureRunner.Fixtures(ruleFolder).Where(f => only is null || Path.GetFullPath(f) == only).Select(f => runner.Run(id, f)).ToList();
                bool ok = results.Count > 0 && results.All(r => r.Passed);
                string kinds = string.Join(", ", results.GroupBy(r => r.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"));
                output.WriteLine($"{id}  {(ok ? "pass" : "FAIL")}  {(results.Count == 0 ? "no fixtures" : kinds)}");
                foreach (var result in results.Where(r => !r.Passed))
                    foreach (string problem in result.Problems) output.WriteLine($"    {Path.GetFileName(result.Path)}: {problem}");
                if (ok) passedRules++; else failedRules++;
            }
            output.WriteLine();
            output.WriteLine($"{folders.Count} rules: {passedRules} passed, {failedRules} failed.");
            if (failed) return ExitCodes.UsageError;
            return failedRules > 0 ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }

    private static int Minimize(RuleFixtureRunner runner, Rules.RuleSet rules, IReadOnlyList<string> folders, string? only, string[]? keep, string[]? bases, TextWriter output)
    {
        var minimizer = new FixtureMinimizer(runner);
        var boilerplate = bases is { Length: > 0 } ? FixtureMinimizer.BoilerplateOf(bases.Select(File.ReadAllText)) : null;
        var accepting = new RuleFixtureRunner(runner.Engine, FixtureSnapshots.Accept);
        int before = 0, after = 0;
        foreach (string ruleFolder in folders)
        {
            string id = Path.GetFileName(ruleFolder);
            var read = FixtureMinimizer.SectionsRead(rules, id);
            foreach (string fixture in RuleFixtureRunner.Fixtures(ruleFolder).Where(f => only is null || Path.GetFullPath(f) == only))
            {
                // A rule file's names are report sections: they say nothing about a registry record's modules.
                bool json = fixture.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
                IReadOnlySet<string>? sections = keep is { Length: > 0 }
                    ? keep.SelectMany(k => k.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Concat(json || read is null ? Enumerable.Empty<string>() : read).ToHashSet(StringComparer.Ordinal)
                    : json ? null : read;
                var result = minimizer.Minimize(id, fixture, sections, boilerplate);
                before += result.LinesBefore;
                after += result.LinesAfter;
                string name = $"{id}/{Path.GetFileName(fixture)}";
                if (result.Skipped is { } why)
                {
                    output.WriteLine($"{name}: left as it is: {why}");
                    continue;
                }
                if (!result.Changed)
                {
                    output.WriteLine($"{name}: {result.LinesBefore} lines, nothing could go");
                    continue;
                }
                File.WriteAllText(fixture, result.Text);
                if (File.Exists(RuleFixtureRunner.SnapshotPath(fixture))) accepting.Run(id, fixture);
                output.WriteLine($"{name}: {result.LinesBefore} -> {result.LinesAfter} lines ({result.Tries} tries)");
            }
        }
        output.WriteLine();
        output.WriteLine($"{before} -> {after} lines. Read every changed fixture: its header comment must still describe it.");
        return ExitCodes.Success;
    }
}
