using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrialLint.LanguageServer.Protocol;

// The Language Server Protocol 3.17 messages this server reads and writes, and only those: no served package carries
// LSP types that work with System.Text.Json source generation (Native AOT). Names follow the specification
// (camelCase on the wire through LspJsonContext); properties the server never reads are left out.

/// <summary>A place in a document: 0-based line and UTF-16 character offset.</summary>
public sealed record Position(int Line, int Character);

/// <summary>A range in a document, end exclusive.</summary>
public sealed record Range(Position Start, Position End);

/// <summary>A range in a given document.</summary>
public sealed record Location(string Uri, Range Range);

/// <summary>Identifies a document.</summary>
public sealed record TextDocumentIdentifier(string Uri);

/// <summary>Identifies a version of a document.</summary>
public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

/// <summary>A document the client opened.</summary>
public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

/// <summary><c>initialize</c> parameters (what the server uses of them).</summary>
public sealed record InitializeParams
{
    /// <summary>The client's process, or null.</summary>
    public int? ProcessId { get; init; }

    /// <summary>The workspace root, or null.</summary>
    public string? RootUri { get; init; }

    /// <summary>What the client can do (read for showDocument).</summary>
    public JsonElement? Capabilities { get; init; }

    /// <summary>Settings: <c>{"debounceMs": 30}</c>.</summary>
    public JsonElement? InitializationOptions { get; init; }
}

/// <summary><c>initialize</c> result.</summary>
public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

/// <summary>The server's name and version.</summary>
public sealed record ServerInfo(string Name, string Version);

/// <summary>What the server offers.</summary>
public sealed record ServerCapabilities
{
    /// <summary>UTF-16, as TrialLint counts columns.</summary>
    public string PositionEncoding { get; init; } = "utf-16";

    /// <summary>Open/close and incremental changes.</summary>
    public TextDocumentSyncOptions TextDocumentSync { get; init; } = new();

    /// <summary>Hover on findings and keys.</summary>
    public bool HoverProvider { get; init; } = true;

    /// <summary>Completion of keys and values.</summary>
    public CompletionOptions CompletionProvider { get; init; } = new();

    /// <summary>Quick fixes.</summary>
    public CodeActionOptions CodeActionProvider { get; init; } = new();

    /// <summary>The commands code actions run.</summary>
    public ExecuteCommandOptions ExecuteCommandProvider { get; init; } = new();
}

/// <summary>How documents are synchronised.</summary>
public sealed record TextDocumentSyncOptions
{
    /// <summary>didOpen and didClose are sent.</summary>
    public bool OpenClose { get; init; } = true;

    /// <summary>2: incremental.</summary>
    public int Change { get; init; } = 2;

    /// <summary>didSave is sent (configuration files take effect on save).</summary>
    public bool Save { get; init; } = true;
}

/// <summary>Completion options.</summary>
public sealed record CompletionOptions
{
    /// <summary>Characters that open completion.</summary>
    public IReadOnlyList<string> TriggerCharacters { get; init; } = [":", " ", "-"];
}

/// <summary>Code action options.</summary>
public sealed record CodeActionOptions
{
    /// <summary>The kinds offered.</summary>
    public IReadOnlyList<string> CodeActionKinds { get; init; } = ["quickfix"];
}

/// <summary>Commands the server runs.</summary>
public sealed record ExecuteCommandOptions
{
    /// <summary>The command names.</summary>
    public IReadOnlyList<string> Commands { get; init; } = [Protocol.Commands.Explain];
}

/// <summary>The server's commands.</summary>
public static class Commands
{
    /// <summary>Shows a rule's help page; argument: the rule id.</summary>
    public const string Explain = "triallint.explain";
}

/// <summary><c>textDocument/didOpen</c>.</summary>
public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

/// <summary>One change: a range replaced by text, or (no range) the whole text.</summary>
public sealed record TextDocumentContentChangeEvent(Range? Range, string Text);

/// <summary><c>textDocument/didChange</c>.</summary>
public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

/// <summary><c>textDocument/didClose</c> and <c>textDocument/didSave</c>.</summary>
public sealed record TextDocumentParams(TextDocumentIdentifier TextDocument);

/// <summary>A document and a place in it (hover, completion).</summary>
public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

/// <summary>A link to a rule's help page.</summary>
public sealed record CodeDescription(string Href);

/// <summary>Another place a finding is about.</summary>
public sealed record DiagnosticRelatedInformation(Location Location, string Message);

/// <summary>A finding, as LSP shows it.</summary>
public sealed record Diagnostic
{
    /// <summary>Where.</summary>
    public required Range Range { get; init; }

    /// <summary>1 error, 2 warning, 3 information, 4 hint.</summary>
    public int Severity { get; init; }

    /// <summary>The rule id (TL####).</summary>
    public string? Code { get; init; }

    /// <summary>The rule's help page.</summary>
    public CodeDescription? CodeDescription { get; init; }

    /// <summary>Always "triallint".</summary>
    public string Source { get; init; } = "triallint";

    /// <summary>The message, as <c>triallint lint</c> writes it.</summary>
    public required string Message { get; init; }

    /// <summary>The other side of a cross-check or flow mismatch.</summary>
    public IReadOnlyList<DiagnosticRelatedInformation>? RelatedInformation { get; init; }

    /// <summary>The JSON Pointer of what the finding is about.</summary>
    public string? Data { get; init; }
}

/// <summary><c>textDocument/publishDiagnostics</c>.</summary>
public sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>Text with a kind (markdown or plaintext).</summary>
public sealed record MarkupContent(string Kind, string Value);

/// <summary>A hover.</summary>
public sealed record Hover(MarkupContent Contents, Range? Range);

/// <summary>A completion item.</summary>
public sealed record CompletionItem
{
    /// <summary>What the list shows (and inserts, without <see cref="InsertText"/>).</summary>
    public required string Label { get; init; }

    /// <summary>10 property, 12 value, 20 enum member.</summary>
    public int Kind { get; init; }

    /// <summary>A short type or summary.</summary>
    public string? Detail { get; init; }

    /// <summary>The schema's description.</summary>
    public MarkupContent? Documentation { get; init; }

    /// <summary>The text inserted.</summary>
    public string? InsertText { get; init; }
}

/// <summary>A completion list.</summary>
public sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);

/// <summary>The findings a code action request is about.</summary>
public sealed record CodeActionContext(IReadOnlyList<Diagnostic>? Diagnostics, IReadOnlyList<string>? Only);

/// <summary><c>textDocument/codeAction</c>.</summary>
public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext? Context);

/// <summary>A text replacement.</summary>
public sealed record TextEdit(Range Range, string NewText);

/// <summary>Edits to documents by uri.</summary>
public sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);

/// <summary>A command the client asks the server to run.</summary>
public sealed record Command(string Title, [property: JsonPropertyName("command")] string Name, IReadOnlyList<string>? Arguments);

/// <summary>A quick fix, or a command.</summary>
public sealed record CodeAction
{
    /// <summary>What the editor shows.</summary>
    public required string Title { get; init; }

    /// <summary>"quickfix".</summary>
    public string Kind { get; init; } = "quickfix";

    /// <summary>The findings it fixes.</summary>
    public IReadOnlyList<Diagnostic>? Diagnostics { get; init; }

    /// <summary>Whether it is the fix to apply.</summary>
    public bool? IsPreferred { get; init; }

    /// <summary>The edit.</summary>
    public WorkspaceEdit? Edit { get; init; }

    /// <summary>Or a command.</summary>
    public Command? Command { get; init; }
}

/// <summary><c>workspace/executeCommand</c>.</summary>
public sealed record ExecuteCommandParams([property: JsonPropertyName("command")] string Name, IReadOnlyList<JsonElement>? Arguments);

/// <summary><c>window/logMessage</c> and <c>window/showMessage</c>: 1 error, 2 warning, 3 info, 4 log.</summary>
public sealed record MessageParams(int Type, string Message);

/// <summary><c>window/showDocument</c>.</summary>
public sealed record ShowDocumentParams(string Uri, bool External, bool TakeFocus);
