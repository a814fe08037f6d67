using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using TrialLint.Text;

namespace TrialLint.Cli;

/// <summary>
/// Usage errors as people who use ESLint or Ruff expect them: an unknown option is refused with a suggestion (not
/// taken for a path), a mistyped command gets the command it probably meant, and parse errors name the kind of
/// value wanted instead of a .NET type.
/// </summary>
internal static partial class UsageErrors
{
    /// <summary>Every usage error of <paramref name="parse"/>, worded for users; empty when the command line is fine.</summary>
    public static IReadOnlyList<string> Of(ParseResult parse)
    {
        var errors = new List<string>();
        var command = parse.CommandResult.Command;
        var optionNames = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith('-')).ToList();

        // A path argument that looks like an option and names no file is an unknown option.
        foreach (var argument in parse.CommandResult.Children.OfType<ArgumentResult>())
        {
            foreach (var token in argument.Tokens)
            {
                string value = token.Value;
                if (value.Length < 2 || value[0] != '-' || File.Exists(value) || Directory.Exists(value)) continue;
                string name = value.Split('=')[0];
                // A one-letter option is too short to guess from.
                string hint = name.Length > 2 && TextDistance.Closest(name, optionNames) is { } best ? $"; did you mean '{best}'?" : $"; 'triallint {command.Name} --help' lists the options";
                errors.Add($"unknown option '{name}' for '{command.Name}'{hint}");
            }
        }

        bool commandReported = false;
        foreach (var error in parse.Errors)
        {
            string message = error.Message;
            if (UnrecognizedCommand().Match(message) is { Success: true } unknown)
            {
                string word = unknown.Groups["word"].Value;
                var names = command.Subcommands.Select(c => c.Name).ToList();
                if (word.StartsWith('-') && errors.Any(e => e.Contains($"'{word.Split('=')[0]}'", StringComparison.Ordinal))) continue;
                // The words after a mistyped command are its arguments ('lnt seeds'): one error, for the command.
                if (!word.StartsWith('-') && commandReported) continue;
                commandReported |= !word.StartsWith('-');
                string hint = word.StartsWith('-')
                    ? TextDistance.Closest(word.Split('=')[0], optionNames) is { } option ? $"; did you mean '{option}'?" : string.Empty
                    : TextDistance.Closest(word, names) is { } sub ? $"; did you mean '{sub}'?" : names.Count > 0 ? $" (commands: {string.Join(", ", names)})" : string.Empty;
                errors.Add($"{(word.StartsWith('-') ? "unknown option" : "unknown command")} '{word}'{hint}");
                continue;
            }
            if (message.StartsWith("Required command was not provided", StringComparison.Ordinal) && parse.Errors.Count > 1) continue;
            if (CannotParse().Match(message) is { Success: true } cannot)
            {
                string kind = cannot.Groups["type"].Value.Contains("Int32", StringComparison.Ordinal) || cannot.Groups["type"].Value.Contains("Int64", StringComparison.Ordinal)
                    ? "a whole number" : cannot.Groups["type"].Value.Contains("Boolean", StringComparison.Ordinal) ? "true or false" : "a different kind of value";
                errors.Add($"{cannot.Groups["option"].Value} takes {kind}, not '{cannot.Groups["value"].Value}'");
                continue;
            }
            errors.Add(message.TrimEnd('.'));
        }
        return errors;
    }

    [GeneratedRegex(@"^Unrecognized command or argument '(?<word>.*)'\.?$")]
    private static partial Regex UnrecognizedCommand();

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)' as expected type '(?<type>[^']+)'\.?$")]
    private static partial Regex CannotParse();
}
