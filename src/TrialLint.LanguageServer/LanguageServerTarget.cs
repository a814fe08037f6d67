using System.Text.Json;
using StreamJsonRpc;
using TrialLint.LanguageServer.Protocol;

namespace TrialLint.LanguageServer;

/// <summary>The LSP methods the server answers, by their protocol names; each hands its parameters to the server.</summary>
public sealed class LanguageServerTarget
{
    private readonly TrialLintLanguageServer _server;

    internal LanguageServerTarget(TrialLintLanguageServer server) => _server = server;

    /// <summary><c>initialize</c>.</summary>
    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public Task<InitializeResult> InitializeAsync(InitializeParams p, CancellationToken ct) => _server.InitializeAsync(p, ct);

    /// <summary><c>initialized</c> (nothing to do).</summary>
    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public static void Initialized(JsonElement? p) => _ = p;

    /// <summary><c>shutdown</c>.</summary>
    [JsonRpcMethod("shutdown")]
    public Task<object?> ShutdownAsync(CancellationToken ct) => _server.ShutdownAsync(ct);

    /// <summary><c>exit</c>.</summary>
    [JsonRpcMethod("exit")]
    public void Exit() => _server.Exit();

    /// <summary><c>textDocument/didOpen</c>.</summary>
    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams p) => _server.DidOpen(p);

    /// <summary><c>textDocument/didChange</c>.</summary>
    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams p) => _server.DidChange(p);

    /// <summary><c>textDocument/didClose</c>.</summary>
    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(TextDocumentParams p) => _server.DidClose(p);

    /// <summary><c>textDocument/didSave</c>.</summary>
    [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
    public void DidSave(TextDocumentParams p) => _server.DidSave(p);

    /// <summary><c>textDocument/hover</c>.</summary>
    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public Task<Hover?> HoverAsync(TextDocumentPositionParams p, CancellationToken ct) => _server.HoverAsync(p, ct);

    /// <summary><c>textDocument/completion</c>.</summary>
    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public Task<CompletionList> CompletionAsync(TextDocumentPositionParams p, CancellationToken ct) => _server.CompletionAsync(p, ct);

    /// <summary><c>textDocument/codeAction</c>.</summary>
    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public Task<CodeAction[]> CodeActionAsync(CodeActionParams p, CancellationToken ct) => _server.CodeActionAsync(p, ct);

    /// <summary><c>workspace/executeCommand</c>.</summary>
    [JsonRpcMethod("workspace/executeCommand", UseSingleObjectParameterDeserialization = true)]
    public Task<string?> ExecuteCommandAsync(ExecuteCommandParams p, CancellationToken ct) => _server.ExecuteCommandAsync(p, ct);
}
