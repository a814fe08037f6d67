using TrialLint.Engine;
using TrialLint.Syntax;

namespace TrialLint.Cli.Commands;

/// <summary>
/// <c>triallint lint -</c>: one report read from standard input, as ESLint's and Ruff's <c>--stdin</c>. It is named
/// <c>--stdin-filename</c> (default <c>&lt;stdin&gt;</c>) in messages and outputs; the name also picks its
/// configuration and tells JSON from YAML (without one, the content does).
/// </summary>
internal static class StandardInput
{
    /// <summary>The name of a report read from standard input when <c>--stdin-filename</c> is not given.</summary>
    public const string DefaultName = "<stdin>";

    /// <summary>Reads standard input whole, bounded like a file; null with a message when it is too large or unreadable.</summary>
    public static byte[]? Read(Func<Stream> open, out string? error)
    {
        error = null;
        try
        {
            using var stream = open();
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int n;
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, n);
                if (buffer.Length > SyntaxLimits.MaxFileBytes)
                {
                    error = $"standard input is larger than {SyntaxLimits.MaxFileBytes / (1024 * 1024)} MB, the most TrialLint reads";
                    return null;
                }
            }
            return buffer.ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            error = $"cannot read standard input: {ex.Message}";
            return null;
        }
    }

    /// <summary>Lints the report read from standard input under <paramref name="name"/>.</summary>
    public static FileResult Lint(LintEngine engine, string name, byte[] bytes)
    {
        var source = SourceDecoder.Decode(name, bytes, out var decodeError);
        return source is null ? new FileResult(name, null, null, null, [decodeError!]) : engine.LintText(name, source.Text);
    }
}
