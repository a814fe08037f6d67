using TrialLint.Cli;

namespace TrialLint.Tests.Cli;

/// <summary>
/// Usage errors as ESLint and Ruff users expect them: unknown options refused with a suggestion (not taken for
/// paths), mistyped commands with the command meant, values described in words. Runs the program in-process.
/// </summary>
public sealed class UsageErrorTests
{
    private static (int Exit, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = Program.Run(args, output, error);
        return (exit, error.ToString());
    }

    [Theory]
    [InlineData(new[] { "lnit" }, "triallint: error: unknown command 'lnit'; did you mean 'init'?")]
    [InlineData(new[] { "lint", "--max-warning", "3", "seeds/" }, "triallint: error: unknown option '--max-warning' for 'lint'; did you mean '--max-warnings'?")]
    [InlineData(new[] { "lint", "--no-colour", "seeds/" }, "triallint: error: unknown option '--no-colour' for 'lint'; did you mean '--no-color'?")]
    [InlineData(new[] { "lint", "-q", "seeds/" }, "triallint: error: unknown option '-q' for 'lint'; 'triallint lint --help' lists the options")]
    [InlineData(new[] { "lint", "--max-warnings", "abc", "seeds/" }, "triallint: error: --max-warnings takes a whole number, not 'abc'")]
    [InlineData(new[] { "lint", "--max-warnings", "3000000000", "seeds/" }, "triallint: error: --max-warnings takes a whole number, not '3000000000'")]
    [InlineData(new[] { "lint", "--max-warnings=-5", "seeds/" }, "triallint: error: --max-warnings takes a whole number of 0 or more")]
    public void A_usage_error_says_what_was_meant_and_exits_2(string[] args, string firstLine)
    {
        var (exit, error) = Run(args);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Equal(firstLine, error.Split('\n')[0].TrimEnd());
        Assert.DoesNotContain("System.", error);
    }

    [Fact]
    public void A_mistyped_command_with_arguments_is_one_error()
    {
        var (exit, error) = Run("lnt", "seeds", "reports");

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Equal(
            ["triallint: error: unknown command 'lnt'; did you mean 'lint'?", "Run 'triallint --help' for usage."],
            error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()));
    }
}
