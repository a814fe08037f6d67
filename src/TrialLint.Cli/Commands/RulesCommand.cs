using System.CommandLine;
using TrialLint.Rules;

namespace TrialLint.Cli.Commands;

/// <summary><c>triallint rules list|validate</c>: what rules and packs there are, and whether rule files load.</summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("rules", "List the rules and packs, or validate rule files.");
        command.Subcommands.Add(CreateList(output, error));
        command.Subcommands.Add(CreateValidate(output, error));
        return command;
    }

    private static Command CreateList(TextWriter output, TextWriter error)
    {
        var rulesOption = CommonOptions.Rules();
        var pack = new Option<string>("--pack") { Description = "Only the rules of this pack." };
        var list = new Command("list", "List the packs, then every rule: id, severity, packs, checklist items and title.") { rulesOption, pack };
        list.SetAction(parse =>
        {
            var rules = CommonOptions.LoadRules(parse.GetValue(rulesOption), output, error, false, out bool failed);
            if (rules is null) return ExitCodes.UsageError;
            string? only = parse.GetValue(pack);
            if (only is not null && rules.Packs.All(p => p.Id != only))
            {
                error.WriteLine($"triallint: error: no pack '{only}' (packs: {string.Join(", ", rules.Packs.Select(p => p.Id))})");
                return ExitCodes.UsageError;
            }
            WriteList(rules, only, output);
            return failed ? ExitCodes.UsageError : ExitCodes.Success;
        });
        return list;
    }

    private static Command CreateValidate(TextWriter output, TextWriter error)
    {
        var folder = new Argument<string[]>("folders") { Description = "Folders (or files) of rule files and packs to validate. Default: only the built-in packs.", Arity = ArgumentArity.ZeroOrMore };
        var validate = new Command("validate", "Load rule files and packs and report every problem at its file and line.") { folder };
        validate.SetAction(parse =>
        {
            var folders = parse.GetValue(folder) ?? [];
            var rules = CommonOptions.LoadRules(folders, output, error, false, out bool failed);
            if (rules is null) return ExitCodes.UsageError;
            int problems = rules.LoadDiagnostics.Length;
            output.WriteLine(problems == 0
                ? $"{rules.Rules.Length} rule files and {rules.Packs.Length} packs are valid."
                : $"{problems} problem{(problems == 1 ? "" : "s")} in rule files; {rules.Rules.Length} rule files loaded.");
            return failed ? ExitCodes.UsageError : ExitCodes.Success;
        });
        return validate;
    }

    private static void WriteList(RuleSet rules, string? onlyPack, TextWriter output)
    {
        output.WriteLine("Packs (chosen by design unless a report names its own under 'packs:'):");
        foreach (var pack in rules.Packs)
        {
            string when = pack.SelectedWhen switch
            {
                PackSelection.Randomised => "randomised trials",
                PackSelection.NotRandomised => "non-randomised trials",
                PackSelection.Always => "every trial",
                PackSelection.Registry => "registry records",
                PackSelection.CrossCheck => "--registry checks",
                _ => "only when named",
            };
            output.WriteLine($"  {pack.Id,-20} {pack.RuleIds.Length,3} rules  for {when,-22} {pack.Title}");
        }
        output.WriteLine();
        var descriptors = rules.Descriptors.Where(d => onlyPack is null || rules.PacksOf(d.Id).Contains(onlyPack)).ToList();
        output.WriteLine($"{"ID",-7} {"SEVERITY",-8} {"PACKS",-44} {"TITLE",-52} CHECKLIST ITEMS");
        foreach (var d in descriptors)
        {
            string packs = rules.PacksOf(d.Id) is { Length: > 0 } p ? string.Join(", ", p) : "(always)";
            output.WriteLine($"{d.Id,-7} {d.DefaultSeverity.ToString().ToLowerInvariant(),-8} {packs,-44} {d.Title,-52} {string.Join(", ", d.ChecklistItems)}".TrimEnd());
        }
        output.WriteLine();
        output.WriteLine($"{descriptors.Count} rules. 'triallint explain TL0101' shows a rule's help page.");
    }
}
