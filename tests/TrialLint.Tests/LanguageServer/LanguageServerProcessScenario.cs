using System.Diagnostics;
using System.Text.Json.Nodes;
using TrialLint.Configuration;
using TrialLint.Engine;
using TrialLint.Rules;
using TrialLint.Tests.Infrastructure;
using static TrialLint.Tests.LanguageServer.LspTestClient;

namespace TrialLint.Tests.LanguageServer;

/// <summary>
/// <c>triallint lsp</c> as a process (the native executable in the release step): every message type crosses the
/// wire once — initialize, didOpen, publishDiagnostics equal to lint's, didChange, hover, completion, code actions,
/// executeCommand, a failing request, shutdown and exit — so a type the trimmer dropped fails here.
/// </summary>
internal static class LanguageServerProcessScenario
{
    public static async Task RunAsync(string executable, string[] prefixArgs)
    {
        var start = new ProcessStartInfo(executable, [.. prefixArgs, "lsp"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.Combine(),
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await using var client = ForProcess(process.StandardOutput.BaseStream, process.StandardInput.BaseStream);
        var init = await client.RequestAsync("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = new Uri(RepoPaths.Combine()).AbsoluteUri, ["capabilities"] = new JsonObject(), ["initializationOptions"] = new JsonObject { ["debounceMs"] = 0 } });
        Assert.Equal("triallint", (string)init["result"]!["serverInfo"]!["name"]!);
        await client.NotifyAsync("initialized", new JsonObject());

        string seed = RepoPaths.Combine("seeds", "als-phase1-msc.trial.yaml");
        string uri = new Uri(seed).AbsoluteUri;
        var published = await client.OpenAsync(uri, File.ReadAllText(seed));
        var expected = new LintEngine(RuleSet.BuiltIn, new LintOptions { Configuration = new ConfigResolver(null) }).LintFile(seed).Diagnostics.Where(d => !d.IsSuppressed).ToList();
        Assert.Equal(expected.Select(d => $"{d.Id} {d.Location.StartLine - 1}:{d.Location.StartColumn - 1} {d.Message}"),
            published.Select(p => $"{(string)p!["code"]!} {(int)p["range"]!["start"]!["line"]!}:{(int)p["range"]!["start"]!["character"]!} {(string)p["message"]!}"));
        Assert.Contains(published, p => p!["relatedInformation"] is JsonArray { Count: > 0 });

        await client.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = Range(0, 0, 0, 0), ["text"] = "acronim: X\n" }),
        });
        var changed = await client.WaitForAsync("textDocument/publishDiagnostics", p => (int?)p["version"] == 2);
        Assert.Contains(changed["diagnostics"]!.AsArray(), d => (string)d!["code"]! == "TL0022");

        var hover = await client.RequestAsync("textDocument/hover", new JsonObject { ["textDocument"] = Doc(uri), ["position"] = Position(131, 12) });
        Assert.Contains("### How to fix", (string)hover["result"]!["contents"]!["value"]!, StringComparison.Ordinal);
        var completion = await client.RequestAsync("textDocument/completion", new JsonObject { ["textDocument"] = Doc(uri), ["position"] = Position(0, 3) });
        Assert.Contains(completion["result"]!["items"]!.AsArray(), i => (string)i!["label"]! == "acronym");
        var actions = (await client.RequestAsync("textDocument/codeAction", new JsonObject { ["textDocument"] = Doc(uri), ["range"] = Range(0, 0, 0, 0), ["context"] = new JsonObject { ["diagnostics"] = new JsonArray() } }))["result"]!.AsArray();
        Assert.Contains(actions, a => (string)a!["title"]! == "Change 'acronim' to 'acronym'");
        var explain = await client.RequestAsync("workspace/executeCommand", new JsonObject { ["command"] = "triallint.explain", ["arguments"] = new JsonArray("TL0105") });
        Assert.StartsWith("# TL0105", (string)explain["result"]!, StringComparison.Ordinal);
        var failing = await client.RequestAsync("workspace/executeCommand", new JsonObject { ["command"] = "triallint.explain", ["arguments"] = new JsonArray("TL9999") });
        Assert.Equal(-32603, (int)failing["error"]!["code"]!);

        await client.RequestAsync("shutdown", null);
        await client.NotifyAsync("exit", null);
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "the server did not exit");
        Assert.True(process.ExitCode == 0, await stderr);
    }
}
