using System.CommandLine;
using TrialLint.LanguageServer;

namespace TrialLint.Cli.Commands;

/// <summary><c>triallint lsp</c>: the language server, over standard input and output.</summary>
internal static class LspCommand
{
    public static Command Create(TextWriter output, TextWriter error, Func<Stream>? input = null)
    {
        // Clients such as vscode-languageclient add --stdio for the stdio transport: it is the only transport.
        var stdio = new Option<bool>("--stdio") { Description = "Talk over standard input and output (the default and only transport)." };
        var command = new Command("lsp", "Run the language server (LSP over standard input and output): findings as you type, hover, completion, quick fixes.") { stdio };
        command.SetAction(parse =>
        {
            _ = output;
            // Standard output carries the protocol and nothing else; the server logs to the client.
            using var stdin = (input ?? Console.OpenStandardInput)();
            using var stdout = Console.OpenStandardOutput();
            try
            {
                return TrialLintLanguageServer.RunAsync(stdin, stdout, new LanguageServerOptions { Root = Directory.GetCurrentDirectory() }).GetAwaiter().GetResult();
            }
            catch (IOException ex)
            {
                error.WriteLine($"triallint: lsp: the connection to the client broke: {ex.Message}");
                return ExitCodes.InternalError;
            }
        });
        return command;
    }
}
