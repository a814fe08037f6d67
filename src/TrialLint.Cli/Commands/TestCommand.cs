using System.CommandLine;
using TrialLint.Engine;
using TrialLint.Testing;

namespace TrialLint.Cli.Commands;

/// <summary><c>triallint test [DIR]</c>: runs rule fixtures and reports pass or fail per rule.</summary>
internal static class TestCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<string>("folder") { Description = "Folder holding one folder of fixtures per rule (TL0101/valid.yaml ...). Default: tests/rules.", Arity = ArgumentArity.ZeroOrOne };
        var rulesOption = CommonOptions.Rules();
        var accept = new Option<bool>("--accept") { Description = "Write each fixture's snapshot (name.verified.txt: its exact findings) from what the rule gives; review the diff. Also TRIALLINT_ACCEPT_SNAPSHOTS=1." };
        var command = new Command("test", "Run rule fixtures (valid*, invalid* with '# expect: TL####' marks, na*, edge*; exact findings in name.verified.txt when present) and report pass or fail per rule.") { folder, rulesOption, accept };
        command.SetAction(parse =>
        {
            string root = parse.GetValue(folder) ?? Path.Combine("tests", "rules");
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
            int passedRules = 0, failedRules = 0;
            foreach (string ruleFolder in folders)
            {
                var results = runner.RunFolder(ruleFolder);
                string id = Path.GetFileName(ruleFolder);
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
}
