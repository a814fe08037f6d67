using System.CommandLine;
using TrialLint.Cli.Commands;
using TrialLint.Diagnostics;

namespace TrialLint.Cli;

/// <summary>The <c>triallint</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line and returns the exit code.</summary>
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the command line with the given writers (tests call this in-process).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, Console.OpenStandardInput, output, error);

    /// <summary>Runs the command line with the given standard input (read by <c>lint -</c>) and writers.</summary>
    public static int Run(string[] args, Func<Stream> input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = new RootCommand("TrialLint checks clinical-trial reports for reporting completeness (CONSORT 2025, CONSORT-Harms, early-phase).")
        {
            LintCommand.Create(output, error, input),
            RulesCommand.Create(output, error),
            ExplainCommand.Create(output, error),
            TestCommand.Create(output, error),
            BaselineCommand.Create(output, error),
            InitCommand.Create(output, error),
            ImportCommand.Create(output, error),
            SchemaCommand.Create(output, error),
            MergeCommand.Create(output, error),
            LspCommand.Create(output, error, input),
        };
        var parse = root.Parse(args);
        var usageErrors = IsHelpOrVersion(args) ? [] : UsageErrors.Of(parse);
        if (usageErrors.Count > 0)
        {
            foreach (string e in usageErrors) error.WriteLine($"triallint: error: {e}");
            error.WriteLine("Run 'triallint --help' for usage.");
            return ExitCodes.UsageError;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Never a stack trace for users: one line naming the innermost cause, and the internal-error exit code.
            // TRIALLINT_DEBUG=1 prints the whole exception for a bug report.
            error.WriteLine($"triallint: internal error: {ExceptionText.Describe(ex)}");
            if (Environment.GetEnvironmentVariable("TRIALLINT_DEBUG") is "1" or "true") error.WriteLine(ex.ToString());
            else error.WriteLine("Set TRIALLINT_DEBUG=1 for details to include in a bug report.");
            return ExitCodes.InternalError;
        }
    }

    private static bool IsHelpOrVersion(string[] args) =>
        args.Any(a => a is "--help" or "-h" or "-?" or "--version");
}
