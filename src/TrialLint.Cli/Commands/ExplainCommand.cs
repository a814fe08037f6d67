using System.CommandLine;
using TrialLint.Rules;

namespace TrialLint.Cli.Commands;

/// <summary><c>triallint explain TL####</c>: a rule's help page in the terminal.</summary>
internal static class ExplainCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var id = new Argument<string>("id") { Description = "A rule id such as TL0101." };
        var rulesOption = CommonOptions.Rules();
        var command = new Command("explain", "Show a rule's help page: cause, description, how to fix, how to suppress, checklist items.") { id, rulesOption };
        command.SetAction(parse =>
        {
            var rules = CommonOptions.LoadRules(parse.GetValue(rulesOption), output, error, false, out bool failed);
            if (rules is null) return ExitCodes.UsageError;
            string wanted = (parse.GetValue(id) ?? string.Empty).Trim().ToUpperInvariant();
            var descriptor = rules.Descriptors.FirstOrDefault(d => d.Id == wanted);
            if (descriptor is null)
            {
                error.WriteLine($"triallint: error: there is no rule '{wanted}'; 'triallint rules list' lists them");
                return ExitCodes.UsageError;
            }
            output.Write(RuleDocs.PageFor(descriptor, rules.PacksOf(descriptor.Id)));
            return failed ? ExitCodes.UsageError : ExitCodes.Success;
        });
        return command;
    }
}
