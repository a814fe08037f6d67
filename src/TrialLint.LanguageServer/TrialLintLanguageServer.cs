using System.Collections.Concurrent;
using System.Text.Json;
using System.Diagnostics.CodeAnalysis;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;
using TrialLint.Configuration;
using TrialLint.Engine;
using TrialLint.LanguageServer.Protocol;
using TrialLint.Rules;
using TrialLint.Syntax;
using TrialLint.Text;
using Core = TrialLint.Diagnostics;

namespace TrialLint.LanguageServer;

/// <summary>
/// <c>triallint lsp</c>: a Language Server Protocol server. StreamJsonRpc reads and writes the JSON-RPC messages
/// (Content-Length framing, requests, <c>$/cancelRequest</c>) with System.Text.Json's source-generated metadata
/// (<see cref="LspJsonContext"/>), so it runs in the Native AOT build. Messages are taken in order; linting runs off
/// the message loop, debounced, and publishes diagnostics for the latest text of each document. A request that
/// throws is answered with an error and logged to the client (<c>window/logMessage</c>); the server keeps serving.
/// </summary>
public sealed class TrialLintLanguageServer : IDisposable
{
    private readonly JsonRpc _rpc;
    private readonly LanguageServerOptions _options;
    private readonly Workspace _workspace = new();
    private readonly ConcurrentDictionary<string, DocumentState> _documents = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _debounce;
    private bool _shutdown;
    private bool _showDocument;

    /// <summary>Creates a server reading requests from <paramref name="input"/> and writing to <paramref name="output"/>; call <see cref="Start"/>.</summary>
    public TrialLintLanguageServer(Stream input, Stream output, LanguageServerOptions? options = null)
    {
        _options = options ?? new LanguageServerOptions();
        _debounce = _options.DebounceMilliseconds;
        _workspace.Root = _options.Root;
        var formatter = CreateFormatter();
        _rpc = new JsonRpc(new HeaderDelimitedMessageHandler(output, input, formatter))
        {
            // Notifications and requests are taken one at a time in the order they came (edits must apply in order);
            // a request that awaits lets the next message in.
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
        };
        _rpc.AddLocalRpcTarget(TargetMetadata(), new LanguageServerTarget(this), null);
    }

    /// <summary>Completes with the process exit code: 0 after shutdown and exit, 1 when the client left without shutdown.</summary>
    public Task<int> Completion => _exit.Task;

    /// <summary>Starts reading messages.</summary>
    public void Start()
    {
        _rpc.StartListening();
        _ = _rpc.Completion.ContinueWith(_ => _exit.TrySetResult(_shutdown ? 0 : 1), TaskScheduler.Default);
    }

    /// <summary>Serves one client over <paramref name="input"/> and <paramref name="output"/> (standard input and output for <c>triallint lsp</c>) until it exits.</summary>
    public static async Task<int> RunAsync(Stream input, Stream output, LanguageServerOptions? options = null)
    {
        using var server = new TrialLintLanguageServer(input, output, options);
        server.Start();
        return await server.Completion.ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public void Dispose() => _rpc.Dispose();

    // ---- lifecycle ----

    internal Task<InitializeResult> InitializeAsync(InitializeParams p, CancellationToken ct) => Guard("initialize", () =>
    {
        if (p.RootUri is { } root && TextDocument.PathOf(root) is { } folder && Path.IsPathRooted(folder)) _workspace.Root = folder;
        if (p.InitializationOptions is { ValueKind: JsonValueKind.Object } init && init.TryGetProperty("debounceMs", out var d) && d.TryGetInt32(out int ms) && ms >= 0)
            _debounce = ms;
        _showDocument = p.Capabilities is { ValueKind: JsonValueKind.Object } caps && caps.TryGetProperty("window", out var w) && w.ValueKind == JsonValueKind.Object
            && w.TryGetProperty("showDocument", out var sd) && sd.ValueKind == JsonValueKind.Object && sd.TryGetProperty("support", out var s) && s.ValueKind == JsonValueKind.True;
        string version = typeof(TrialLintLanguageServer).Assembly.GetName().Version?.ToString(3) ?? "0";
        return Task.FromResult(new InitializeResult(new ServerCapabilities(), new ServerInfo("triallint", version)));
    }, ct);

    internal Task<object?> ShutdownAsync(CancellationToken ct) => Guard<object?>("shutdown", () =>
    {
        _shutdown = true;
        return Task.FromResult<object?>(null);
    }, ct);

    internal void Exit()
    {
        _exit.TrySetResult(_shutdown ? 0 : 1);
        // Let the exit notification's own dispatch finish before the connection closes.
        _ = Task.Run(_rpc.Dispose);
    }

    // ---- documents ----

    internal void DidOpen(DidOpenTextDocumentParams p) => Notification("textDocument/didOpen", () =>
    {
        var item = p.TextDocument;
        var state = new DocumentState(new TextDocument(item.Uri, TextDocument.PathOf(item.Uri), item.Version, item.Text));
        _documents[item.Uri] = state;
        Schedule(state, immediately: true);
    });

    internal void DidChange(DidChangeTextDocumentParams p) => Notification("textDocument/didChange", () =>
    {
        if (!_documents.TryGetValue(p.TextDocument.Uri, out var state)) return;
        lock (state) state.Document.Apply(p.TextDocument.Version, p.ContentChanges);
        Schedule(state, immediately: false);
    });

    internal void DidClose(TextDocumentParams p) => Notification("textDocument/didClose", () =>
    {
        if (!_documents.TryRemove(p.TextDocument.Uri, out var state)) return;
        state.Pending?.Cancel();
        _ = Publish(new PublishDiagnosticsParams(p.TextDocument.Uri, null, []));
    });

    internal void DidSave(TextDocumentParams p) => Notification("textDocument/didSave", () =>
    {
        if (!_documents.TryGetValue(p.TextDocument.Uri, out var state) || state.Kind is not (DocumentKind.Config or DocumentKind.Rule or DocumentKind.Pack)) return;
        // A saved configuration or rule file changes how every report is linted.
        _workspace.Reset();
        foreach (var open in _documents.Values.Where(d => d.Kind is DocumentKind.Report or DocumentKind.Record)) Schedule(open, immediately: true);
    });

    // ---- requests ----

    internal Task<Hover?> HoverAsync(TextDocumentPositionParams p, CancellationToken ct) => Guard("textDocument/hover", async () =>
    {
        if (!_documents.TryGetValue(p.TextDocument.Uri, out var state)) return null;
        var (text, result) = await CurrentAsync(state, ct).ConfigureAwait(false);
        var rules = _workspace.RulesFor(state.Document.Path);
        var here = result.Diagnostics.Where(d => !d.IsSuppressed && Contains(Findings.RangeOf(d.Location), p.Position)).ToList();
        if (here.Count > 0)
        {
            string value = string.Join("\n\n---\n\n", here.Select(d => RuleHelp.Hover(rules, d.Id, d.Message)));
            return new Hover(new MarkupContent("markdown", value), Findings.RangeOf(here[0].Location));
        }
        if (SchemaOf(state.Kind) is not { } schemaName || result.Tree is not { } tree) return null;
        int offset = TextDocument.OffsetOf(text, p.Position);
        if (YamlPath.KeyAt(tree, offset) is not { } path || SchemaIndex.Get(schemaName).Description(path) is not { } description) return null;
        return new Hover(new MarkupContent("markdown", $"**{path[^1]}**\n\n{description}"), null);
    }, ct);

    internal Task<CompletionList> CompletionAsync(TextDocumentPositionParams p, CancellationToken ct) => Guard("textDocument/completion", () =>
    {
        if (!_documents.TryGetValue(p.TextDocument.Uri, out var state) || SchemaOf(state.Kind) is not { } schemaName || state.IsJson)
            return Task.FromResult(new CompletionList(false, []));
        string text;
        lock (state) text = state.Document.Text;
        return Task.FromResult(LanguageServer.Completion.For(SchemaIndex.Get(schemaName), text, p.Position));
    }, ct);

    internal Task<CodeAction[]> CodeActionAsync(CodeActionParams p, CancellationToken ct) => Guard("textDocument/codeAction", async () =>
    {
        if (!_documents.TryGetValue(p.TextDocument.Uri, out var state)) return Array.Empty<CodeAction>();
        var (text, result) = await CurrentAsync(state, ct).ConfigureAwait(false);
        ct.ThrowIfCancellationRequested();
        var actions = CodeActions.For(p.TextDocument.Uri, text, result, p.Range);
        if (p.Context?.Only is { Count: > 0 } only) actions = actions.Where(a => only.Any(o => a.Kind.StartsWith(o, StringComparison.Ordinal)) || a.Command is not null).ToList();
        return actions.ToArray();
    }, ct);

    internal Task<string?> ExecuteCommandAsync(ExecuteCommandParams p, CancellationToken ct) => Guard("workspace/executeCommand", async () =>
    {
        if (p.Name != Commands.Explain || p.Arguments is not [{ ValueKind: JsonValueKind.String } arg, ..]) throw new ArgumentException($"unknown command '{p.Name}' or its arguments");
        string id = arg.GetString()!.Trim().ToUpperInvariant();
        var rules = _documents.Values.FirstOrDefault() is { } any ? _workspace.RulesFor(any.Document.Path) : RuleSet.BuiltIn;
        string page = RuleHelp.Page(rules, id) ?? throw new ArgumentException($"there is no rule '{id}'");
        var descriptor = rules.Descriptors.First(d => d.Id == id);
        if (_showDocument)
            await SendAsync("window/showDocument", new ShowDocumentParams(descriptor.HelpLinkUri, External: true, TakeFocus: true), request: true).ConfigureAwait(false);
        else
            await SendAsync("window/showMessage", new MessageParams(3, page)).ConfigureAwait(false);
        return (string?)page;
    }, ct);

    // ---- linting ----

    private sealed class DocumentState(TextDocument document)
    {
        public TextDocument Document { get; } = document;
        public DocumentKind Kind { get; } = KindOf(document.Path, document.Text);
        public bool IsJson => Document.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public CancellationTokenSource? Pending { get; set; }
        public (int Version, string Text, FileResult Result)? Last { get; set; }
    }

    private enum DocumentKind { Report, Record, Config, Rule, Pack, Other }

    private static DocumentKind KindOf(string path, string text)
    {
        string name = Path.GetFileName(path);
        if (ReportDiscovery.ReportSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase))) return DocumentKind.Report;
        if (name == TrialLintConfig.FileName) return DocumentKind.Config;
        if (name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return text.Contains("\"protocolSection\"", StringComparison.Ordinal) ? DocumentKind.Record : DocumentKind.Other;
        if (name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        {
            bool id = TopLevelKey(text, "id"), require = TopLevelKey(text, "require") || TopLevelKey(text, "message");
            if (id && require) return DocumentKind.Rule;
            if (id && TopLevelKey(text, "rules")) return DocumentKind.Pack;
        }
        return DocumentKind.Other;
    }

    private static bool TopLevelKey(string text, string key) =>
        text.StartsWith(key + ":", StringComparison.Ordinal) || text.Contains("\n" + key + ":", StringComparison.Ordinal);

    private static string? SchemaOf(DocumentKind kind) => kind switch
    {
        DocumentKind.Report => "trial-report.schema.json",
        DocumentKind.Config => "config.schema.json",
        DocumentKind.Rule => "rule.schema.json",
        DocumentKind.Pack => "pack.schema.json",
        _ => null,
    };

    private void Schedule(DocumentState state, bool immediately)
    {
        if (state.Kind == DocumentKind.Other) return;
        var cts = new CancellationTokenSource();
        var previous = state.Pending;
        state.Pending = cts;
        previous?.Cancel();
        int delay = immediately ? 0 : _debounce;
        _ = Task.Run(async () =>
        {
            try
            {
                if (delay > 0) await Task.Delay(delay, cts.Token).ConfigureAwait(false);
                var (_, result, version) = await LintLatestAsync(state, cts.Token).ConfigureAwait(false);
                // A newer edit is waiting: its lint publishes.
                if (cts.IsCancellationRequested || !_documents.ContainsKey(state.Document.Uri)) return;
                await Publish(new PublishDiagnosticsParams(state.Document.Uri, version, Diagnose(state, result))).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                await LogAsync(1, $"triallint: linting {state.Document.Uri} failed: {Core.ExceptionText.Describe(ex)}").ConfigureAwait(false);
            }
        });
    }

    /// <summary>The text and result for the document's current version, linting it now when the last lint is older.</summary>
    private async Task<(string Text, FileResult Result)> CurrentAsync(DocumentState state, CancellationToken ct)
    {
        var (text, result, _) = await LintLatestAsync(state, ct).ConfigureAwait(false);
        return (text, result);
    }

    private async Task<(string Text, FileResult Result, int Version)> LintLatestAsync(DocumentState state, CancellationToken ct)
    {
        await state.Gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            string text;
            int version;
            lock (state)
            {
                text = state.Document.Text;
                version = state.Document.Version;
            }
            if (state.Last is { } last && last.Version == version && ReferenceEquals(last.Text, text)) return (text, last.Result, version);
            var result = await Task.Run(() => LintNow(state, text), CancellationToken.None).ConfigureAwait(false);
            state.Last = (version, text, result);
            return (text, result, version);
        }
        finally
        {
            state.Gate.Release();
        }
    }

    private FileResult LintNow(DocumentState state, string text)
    {
        string path = state.Document.Path;
        switch (state.Kind)
        {
            case DocumentKind.Report:
            case DocumentKind.Record:
                return _workspace.Lint(path, text);
            case DocumentKind.Config:
                {
                    var source = new SourceText(path, text);
                    var problems = new List<Core.Diagnostic>();
                    if (ConfigLoader.Load(source, problems) is { } config)
                    {
                        var folders = config.RuleFolders.Where(f => Directory.Exists(f) || File.Exists(f)).ToArray();
                        var rules = folders.Length > 0 ? RuleSet.Load(folders) : RuleSet.BuiltIn;
                        ConfigLoader.CheckNames(config, rules, problems, source);
                    }
                    return new FileResult(path, source, YamlSyntaxParser.Parse(source), null, [.. problems]);
                }
            case DocumentKind.Rule:
            case DocumentKind.Pack:
                {
                    var source = new SourceText(path, text);
                    var problems = new List<Core.Diagnostic>();
                    var rule = new RuleSource(path, text);
                    if (state.Kind == DocumentKind.Rule) RuleFileLoader.Load(rule, problems);
                    else PackLoader.Load(rule, problems);
                    return new FileResult(path, source, YamlSyntaxParser.Parse(source), null, [.. problems]);
                }
            default:
                return new FileResult(path, null, null, null, []);
        }
    }

    private List<Protocol.Diagnostic> Diagnose(DocumentState state, FileResult result) =>
        Findings.ToLsp(result, state.Kind == DocumentKind.Report ? _workspace.ConfigFor(state.Document.Path)?.Registry : null);

    private Task Publish(PublishDiagnosticsParams p) =>
        _rpc.IsDisposed ? Task.CompletedTask : SendAsync("textDocument/publishDiagnostics", p);

    private async Task LogAsync(int type, string message)
    {
        try
        {
            if (!_rpc.IsDisposed) await SendAsync("window/logMessage", new MessageParams(type, message)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ObjectDisposedException or ConnectionLostException or IOException)
        {
            // The client is gone: nobody to tell.
        }
    }

    private static bool Contains(Protocol.Range range, Position p)
    {
        bool after = p.Line > range.Start.Line || (p.Line == range.Start.Line && p.Character >= range.Start.Character);
        bool before = p.Line < range.End.Line || (p.Line == range.End.Line && p.Character <= range.End.Character);
        return after && before;
    }

    /// <summary>Runs a request: the test hook first, then the body; a failure is logged to the client and answered with an error.</summary>
    private async Task<T> Guard<T>(string method, Func<Task<T>> body, CancellationToken ct)
    {
        try
        {
            if (_options.BeforeRequest is { } hook) await hook(method, ct).ConfigureAwait(false);
            return await body().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not LocalRpcException)
        {
            string message = $"triallint: {method} failed: {Core.ExceptionText.Describe(ex)}";
            await LogAsync(1, message).ConfigureAwait(false);
            throw new LocalRpcException(message) { ErrorCode = -32603 };
        }
    }

    private void Notification(string method, Action body)
    {
        try
        {
            if (_options.BeforeRequest is { } hook) hook(method, CancellationToken.None).GetAwaiter().GetResult();
            body();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _ = LogAsync(1, $"triallint: {method} failed: {Core.ExceptionText.Describe(ex)}");
        }
    }

    // ---- StreamJsonRpc under Native AOT ----
    // StreamJsonRpc marks SystemTextJsonFormatter, RpcTargetMetadata.FromClass and parameter-object messages as not
    // proven trim-safe: they may reflect over types they are not told about. Here every type that crosses the wire is
    // in LspJsonContext (the formatter's only resolver) and the one target class is named with typeof, so the trimmer
    // keeps its methods; the native build runs the protocol tests' scenario (LanguageServerNativeTests) to prove it.

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Every message type is in LspJsonContext; proven by the native-build test.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Every message type is in LspJsonContext; proven by the native-build test.")]
    private static SystemTextJsonFormatter CreateFormatter()
    {
        var formatter = new SystemTextJsonFormatter();
        // $/cancelRequest carries a RequestId, which StreamJsonRpc deserializes with these options too.
        formatter.JsonSerializerOptions.TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine(LspJsonContext.Default, new RequestIdResolver());
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
        return formatter;
    }

    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "The target's methods take and return only LspJsonContext types; proven by the native-build test.")]
    private static RpcTargetMetadata TargetMetadata() => RpcTargetMetadata.FromClass(typeof(LanguageServerTarget));

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The parameter object is serialized whole through LspJsonContext.")]
    private Task SendAsync(string method, object parameters, bool request = false) =>
        request ? _rpc.InvokeWithParameterObjectAsync<JsonElement>(method, parameters) : _rpc.NotifyWithParameterObjectAsync(method, parameters);
}
