namespace TrialLint.Diagnostics;

/// <summary>Words an unexpected exception for an internal-error message (TL09xx, exit 3).</summary>
public static class ExceptionText
{
    /// <summary>
    /// "Type: message" of the innermost exception: wrappers such as TypeInitializationException or
    /// AggregateException say nothing about what went wrong, their innermost cause does. With TRIALLINT_DEBUG=1 set,
    /// the innermost exception's stack trace follows, for a bug report.
    /// </summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        // An AggregateException's InnerException is its first one.
        while (exception.InnerException is { } inner) exception = inner;
        string text = $"{exception.GetType().Name}: {exception.Message}";
        return Environment.GetEnvironmentVariable("TRIALLINT_DEBUG") is "1" or "true" ? $"{text}\n{exception.StackTrace}" : text;
    }
}
