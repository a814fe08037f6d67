using Scriban.Syntax;

namespace TrialLint.Output.Html;

/// <summary>
/// A user template (<c>--template</c>) that cannot be parsed or fails while it runs. The message names the template
/// file and line (<c>report.sbn:12:5: ...</c>). The run treats it as a usage error (exit code 2), never as TrialLint
/// failing: the template is the user's.
/// </summary>
public sealed class TemplateException : Exception
{
    /// <summary>Creates an exception with <paramref name="message"/>.</summary>
    public TemplateException(string message) : base(message) { }

    /// <summary>Creates an exception with <paramref name="message"/> and its cause.</summary>
    public TemplateException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Describes <paramref name="ex"/>, thrown while running the template at <paramref name="path"/>, at its line.</summary>
    public static TemplateException From(Exception ex, string path)
    {
        ArgumentNullException.ThrowIfNull(ex);
        if (ex is ScriptRuntimeException script)
        {
            var start = script.Span.Start;
            return new TemplateException(
                $"the template {path}:{start.Line + 1}:{start.Column + 1} failed while rendering: {script.OriginalMessage}", ex);
        }
        return new TemplateException($"the template {path} failed while rendering: {ex.Message}", ex);
    }
}
