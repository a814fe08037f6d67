namespace TrialLint.LanguageServer;

/// <summary>Settings of a language server session.</summary>
public sealed class LanguageServerOptions
{
    /// <summary>
    /// How long after a change the server waits for the next one before linting (edits typed faster than this are
    /// linted once). A lint already running is never interrupted; the latest text is linted when it ends.
    /// The client may set it with <c>initializationOptions: {"debounceMs": N}</c>.
    /// </summary>
    public int DebounceMilliseconds { get; init; } = 10;

    /// <summary>The folder whose baseline applies to files with no configuration (the workspace root), when known before initialize.</summary>
    public string? Root { get; init; }

    /// <summary>Called before each request is served, with its method name (tests hold a request in flight, or make one fail).</summary>
    internal Func<string, CancellationToken, Task>? BeforeRequest { get; init; }
}
