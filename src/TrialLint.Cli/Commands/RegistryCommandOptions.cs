using System.CommandLine;
using System.Globalization;
using TrialLint.Diagnostics;
using TrialLint.Output;
using TrialLint.Registry;

namespace TrialLint.Cli.Commands;

/// <summary>The registry options of <c>triallint lint</c>: <c>--registry FILE</c> and <c>--as-of DATE</c>.</summary>
internal static class RegistryCommandOptions
{
    public static Option<string> Registry() => new("--registry")
    {
        Description = "A ClinicalTrials.gov API v2 record (JSON) to check the reports against: outcomes, time frames, sample size, registration date and arms as registered.",
    };

    public static Option<string> AsOf() => new("--as-of")
    {
        Description = "The date registry records are judged on (YYYY-MM-DD), e.g. whether results are overdue. Default: today.",
    };

    /// <summary>
    /// Reads the options; prints what is wrong with them (a date that is not one, a registry record that cannot be
    /// used, with its problems at their lines) and returns null, which is a usage error.
    /// </summary>
    public static RegistryOptions? Read(ParseResult parse, Option<string> registry, Option<string> asOf, TextWriter output, TextWriter error, bool color)
    {
        DateOnly? date = null;
        if (parse.GetValue(asOf) is { } text)
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                error.WriteLine($"triallint: error: --as-of '{text}' is not a date written YYYY-MM-DD");
                return null;
            }
            date = parsed;
        }
        if (parse.GetValue(registry) is not { } path) return new RegistryOptions { AsOf = date };
        if (!File.Exists(path))
        {
            error.WriteLine($"triallint: error: the registry record '{path}' does not exist");
            return null;
        }
        var (studies, problems) = RegistrationFile.Load(path, date);
        if (problems.Length > 0)
        {
            var reporter = new ConsoleReporter(output, color);
            var source = Text.InputFile.TryReadSource(path, Syntax.SyntaxLimits.MaxFileBytes);
            foreach (var problem in problems) reporter.WriteDiagnostic(problem, source);
        }
        if (studies.IsEmpty || problems.Any(p => p.Descriptor != InputDiagnostics.RecordGroupsMissing && p.Descriptor != InputDiagnostics.RecordWithoutProtocol))
        {
            error.WriteLine($"triallint: error: '{path}' cannot be used as a registry record (see above)");
            return null;
        }
        return new RegistryOptions { AsOf = date, Registrations = studies };
    }
}
