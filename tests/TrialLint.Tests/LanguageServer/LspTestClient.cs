using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Nerdbank.Streams;
using TrialLint.LanguageServer;

namespace TrialLint.Tests.LanguageServer;

/// <summary>
/// An LSP client written against the wire format (Content-Length framing, JSON-RPC 2.0), talking to an in-process
/// server over a duplex pipe: what the tests send and read is exactly what an editor sends and reads.
/// </summary>
internal sealed class LspTestClient : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly Stream _output;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly Channel<JsonObject> _notifications = Channel.CreateUnbounded<JsonObject>();
    private readonly List<JsonObject> _seen = [];
    private readonly SemaphoreSlim _write = new(1, 1);
    private int _nextId;

    private LspTestClient(Stream stream, Stream output, TrialLintLanguageServer? server)
    {
        _stream = stream;
        _output = output;
        InProcess = server;
        _ = Task.Run(ReadLoop);
    }

    /// <summary>The in-process server (null for a server process).</summary>
    private TrialLintLanguageServer? InProcess { get; }

    public TrialLintLanguageServer Server => InProcess ?? throw new InvalidOperationException("the server is a process");

    /// <summary>A client of a server process: reads its standard output, writes its standard input.</summary>
    public static LspTestClient ForProcess(Stream serverOutput, Stream serverInput) => new(serverOutput, serverInput, null);

    /// <summary>Starts a server (debounce 0 unless given) and a client connected to it, and initializes.</summary>
    public static async Task<LspTestClient> StartAsync(LanguageServerOptions? options = null, string? root = null, bool initialize = true)
    {
        var (client, server) = FullDuplexStream.CreatePair();
        var lsp = new TrialLintLanguageServer(server, server, options ?? new LanguageServerOptions { DebounceMilliseconds = 0 });
        lsp.Start();
        var c = new LspTestClient(client, client, lsp);
        if (initialize)
        {
            await c.RequestAsync("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = root is null ? null : new Uri(root).AbsoluteUri, ["capabilities"] = new JsonObject() });
            await c.NotifyAsync("initialized", new JsonObject());
        }
        return c;
    }

    public async Task<JsonObject> RequestAsync(string method, JsonNode? parameters) => await SendRequest(method, parameters).Response;

    /// <summary>Sends a request and returns its id and the task of its response (error or result).</summary>
    public (int Id, Task<JsonObject> Response) SendRequest(string method, JsonNode? parameters)
    {
        int id = Interlocked.Increment(ref _nextId);
        var tcs = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = tcs;
        _ = WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return (id, tcs.Task.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    public Task NotifyAsync(string method, JsonNode? parameters) =>
        WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    /// <summary>The next server notification of <paramref name="method"/> that satisfies <paramref name="match"/> (earlier ones of other kinds are kept).</summary>
    public async Task<JsonObject> WaitForAsync(string method, Func<JsonObject, bool>? match = null, int seconds = 30)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        while (true)
        {
            lock (_seen)
            {
                var found = _seen.FirstOrDefault(n => (string?)n["method"] == method && (match?.Invoke((JsonObject)n["params"]!) ?? true));
                if (found is not null)
                {
                    _seen.Remove(found);
                    return (JsonObject)found["params"]!;
                }
            }
            var next = await _notifications.Reader.ReadAsync(timeout.Token);
            lock (_seen) _seen.Add(next);
        }
    }

    /// <summary>Opens a document and returns its first published diagnostics.</summary>
    public async Task<JsonArray> OpenAsync(string uri, string text, int version = 1)
    {
        await NotifyAsync("textDocument/didOpen", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "yaml", ["version"] = version, ["text"] = text } });
        return (JsonArray)(await WaitForAsync("textDocument/publishDiagnostics", p => (string?)p["uri"] == uri))["diagnostics"]!;
    }

    public static JsonObject Position(int line, int character) => new() { ["line"] = line, ["character"] = character };

    public static JsonObject Range(int l1, int c1, int l2, int c2) => new() { ["start"] = Position(l1, c1), ["end"] = Position(l2, c2) };

    public static JsonObject Doc(string uri) => new() { ["uri"] = uri };

    private async Task WriteAsync(JsonObject message)
    {
        byte[] body = Encoding.UTF8.GetBytes(message.ToJsonString());
        byte[] header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _write.WaitAsync();
        try
        {
            await _output.WriteAsync(header);
            await _output.WriteAsync(body);
            await _output.FlushAsync();
        }
        finally
        {
            _write.Release();
        }
    }

    private async Task ReadLoop()
    {
        try
        {
            while (true)
            {
                int length = -1;
                while (true)
                {
                    string? line = await ReadLine();
                    if (line is null) return;
                    if (line.Length == 0) break;
                    if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
                }
                byte[] body = new byte[length];
                await _stream.ReadExactlyAsync(body);
                var message = JsonNode.Parse(body)!.AsObject();
                if (message["method"] is not null && message["id"] is not null)
                {
                    // A request from the server (window/showDocument ...): answered with null.
                    await WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = message["id"]!.DeepClone(), ["result"] = null });
                    await _notifications.Writer.WriteAsync(message);
                }
                else if (message["method"] is not null) await _notifications.Writer.WriteAsync(message);
                else if (message["id"] is JsonValue id && _pending.TryRemove(id.GetValue<int>(), out var tcs)) tcs.TrySetResult(message);
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or EndOfStreamException)
        {
        }
        finally
        {
            _notifications.Writer.TryComplete();
        }
    }

    private async Task<string?> ReadLine()
    {
        var bytes = new List<byte>();
        byte[] one = new byte[1];
        while (true)
        {
            int n = await _stream.ReadAsync(one);
            if (n == 0) return null;
            if (one[0] == '\n') return Encoding.ASCII.GetString([.. bytes]).TrimEnd('\r');
            bytes.Add(one[0]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        if (!ReferenceEquals(_stream, _output)) await _output.DisposeAsync();
        InProcess?.Dispose();
    }

    /// <summary>Applies LSP text edits (as a client does: from the last to the first).</summary>
    public static string Apply(string text, JsonArray edits)
    {
        var list = edits.Select(e => (Start: TextDocument.OffsetOf(text, ToPosition(e!["range"]!["start"]!)), End: TextDocument.OffsetOf(text, ToPosition(e!["range"]!["end"]!)), Text: (string)e!["newText"]!))
            .OrderByDescending(e => e.Start).ToList();
        foreach (var e in list) text = string.Concat(text.AsSpan(0, e.Start), e.Text, text.AsSpan(e.End));
        return text;
    }

    private static TrialLint.LanguageServer.Protocol.Position ToPosition(JsonNode p) => new((int)p["line"]!, (int)p["character"]!);

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);
}
