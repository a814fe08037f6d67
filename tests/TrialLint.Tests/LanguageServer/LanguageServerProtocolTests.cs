using System.Text.Json.Nodes;
using TrialLint.Configuration;
using TrialLint.Engine;
using TrialLint.LanguageServer;
using TrialLint.Rules;
using TrialLint.Tests.Infrastructure;
using static TrialLint.Tests.LanguageServer.LspTestClient;

namespace TrialLint.Tests.LanguageServer;

/// <summary>
/// <c>triallint lsp</c> driven in-process over a duplex pipe with the wire format an editor uses: the lifecycle,
/// documents opened and edited incrementally, diagnostics equal to <c>triallint lint</c>'s, hover, completion, every
/// quick fix (applied, and the text checked), cancellation, and a request that fails without stopping the server.
/// </summary>
public sealed class LanguageServerProtocolTests
{
    private static readonly string Seed = RepoPaths.Combine("seeds", "als-phase1-msc.trial.yaml");

    private static string TempReport(string text, string name = "draft.trial.yaml")
    {
        string dir = Path.Combine(Path.GetTempPath(), "triallint-lsp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        // A .git folder stops the search for a configuration here, as in a report repository.
        Directory.CreateDirectory(Path.Combine(dir, ".git"));
        string path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Uri(string path) => new Uri(path).AbsoluteUri;

    [Fact]
    public async Task Initialize_shutdown_and_exit_end_the_session_with_0()
    {
        var client = await StartAsync(initialize: false);
        var init = await client.RequestAsync("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = null, ["capabilities"] = new JsonObject() });
        var caps = init["result"]!["capabilities"]!;
        Assert.Equal(2, (int)caps["textDocumentSync"]!["change"]!);
        Assert.True((bool)caps["hoverProvider"]!);
        Assert.Equal("triallint", (string)init["result"]!["serverInfo"]!["name"]!);
        var shutdown = await client.RequestAsync("shutdown", null);
        Assert.True(shutdown.ContainsKey("result") && shutdown["result"] is null);
        await client.NotifyAsync("exit", null);
        Assert.Equal(0, await client.Server.Completion.WaitAsync(TimeSpan.FromSeconds(10)));
        await client.DisposeAsync();
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_1()
    {
        var client = await StartAsync();
        await client.NotifyAsync("exit", null);
        Assert.Equal(1, await client.Server.Completion.WaitAsync(TimeSpan.FromSeconds(10)));
        await client.DisposeAsync();
    }

    [Fact]
    public async Task Diagnostics_of_the_seed_are_lints_findings_at_the_same_ranges()
    {
        await using var client = await StartAsync(root: RepoPaths.Combine());
        var published = await client.OpenAsync(Uri(Seed), File.ReadAllText(Seed));
        var expected = new LintEngine(RuleSet.BuiltIn, new LintOptions { Configuration = new ConfigResolver(null) }).LintFile(Seed)
            .Diagnostics.Where(d => !d.IsSuppressed).ToList();
        Assert.Equal(21, expected.Count);
        Assert.Equal(expected.Count, published.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            var e = expected[i];
            var p = published[i]!;
            Assert.Equal(e.Id, (string)p["code"]!);
            Assert.Equal(e.Message, (string)p["message"]!);
            Assert.Equal(e.Severity switch { TrialLint.Diagnostics.DiagnosticSeverity.Error => 1, TrialLint.Diagnostics.DiagnosticSeverity.Warning => 2, _ => 3 }, (int)p["severity"]!);
            Assert.Equal(e.Location.StartLine - 1, (int)p["range"]!["start"]!["line"]!);
            Assert.Equal(e.Location.StartColumn - 1, (int)p["range"]!["start"]!["character"]!);
            Assert.Equal(e.Location.EndLine - 1, (int)p["range"]!["end"]!["line"]!);
            Assert.Equal(e.Location.EndColumn - 1, (int)p["range"]!["end"]!["character"]!);
            Assert.Equal(e.Descriptor.HelpLinkUri, (string)p["codeDescription"]!["href"]!);
        }
        // The flow finding points at the other side: where the arm is defined.
        var tl0105 = published.First(p => (string)p!["code"]! == "TL0105")!;
        var related = tl0105["relatedInformation"]!.AsArray().Single()!;
        Assert.Contains("arm 'msc'", (string)related["message"]!, StringComparison.Ordinal);
        Assert.Equal(Uri(Seed), (string)related["location"]!["uri"]!);
    }

    [Fact]
    public async Task Incremental_changes_are_applied_and_relinted()
    {
        string text = "format_version: 1\ntitle: \"A trial\"\n";
        string path = TempReport(text);
        await using var client = await StartAsync();
        var first = await client.OpenAsync(Uri(path), text);
        Assert.DoesNotContain(first, d => (string)d!["code"]! == "TL0022");
        // Insert a misspelt key on a new third line, in two edits (as typing sends them).
        await client.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri(path), ["version"] = 2 },
            ["contentChanges"] = new JsonArray(
                new JsonObject { ["range"] = Range(2, 0, 2, 0), ["text"] = "acronim" },
                new JsonObject { ["range"] = Range(2, 7, 2, 7), ["text"] = ": X\n" }),
        });
        var second = await client.WaitForAsync("textDocument/publishDiagnostics", p => (int?)p["version"] == 2);
        var unknown = second["diagnostics"]!.AsArray().Single(d => (string)d!["code"]! == "TL0022")!;
        Assert.Equal("'acronim' is not a key of the report; did you mean 'acronym'?", (string)unknown["message"]!);
        Assert.Equal(2, (int)unknown["range"]!["start"]!["line"]!);
        Assert.Equal(7, (int)unknown["range"]!["end"]!["character"]!);
        // Replace the whole line: the finding goes.
        await client.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri(path), ["version"] = 3 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = Range(2, 0, 3, 0), ["text"] = "" }),
        });
        var third = await client.WaitForAsync("textDocument/publishDiagnostics", p => (int?)p["version"] == 3);
        Assert.DoesNotContain(third["diagnostics"]!.AsArray(), d => (string)d!["code"]! == "TL0022");
    }

    [Fact]
    public async Task Hover_on_a_finding_shows_the_rules_help_and_on_a_key_its_description()
    {
        await using var client = await StartAsync();
        await client.OpenAsync(Uri(Seed), File.ReadAllText(Seed));
        // Line 131 (0-based 130): "- arm: msc", where TL0105 is.
        var hover = await client.RequestAsync("textDocument/hover", new JsonObject { ["textDocument"] = Doc(Uri(Seed)), ["position"] = Position(130, 12) });
        string help = (string)hover["result"]!["contents"]!["value"]!;
        Assert.Contains("TL0105: Number analysed not reported", help, StringComparison.Ordinal);
        Assert.Contains("### Cause", help, StringComparison.Ordinal);
        Assert.Contains("### How to fix", help, StringComparison.Ordinal);
        Assert.Contains("### Checklist items", help, StringComparison.Ordinal);
        Assert.Contains("CONSORT-2025", help, StringComparison.Ordinal);

        int titleLine = File.ReadAllLines(Seed).ToList().FindIndex(l => l.StartsWith("title:", StringComparison.Ordinal));
        var key = await client.RequestAsync("textDocument/hover", new JsonObject { ["textDocument"] = Doc(Uri(Seed)), ["position"] = Position(titleLine, 2) });
        Assert.StartsWith("**title**", (string)key["result"]!["contents"]!["value"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completion_offers_the_keys_not_yet_written_and_enumerated_values()
    {
        string text = "format_version: 1\nregi\ndesign:\n  type: \n  ph\n";
        string path = TempReport(text);
        await using var client = await StartAsync();
        await client.OpenAsync(Uri(path), text);
        var keys = (await client.RequestAsync("textDocument/completion", new JsonObject { ["textDocument"] = Doc(Uri(path)), ["position"] = Position(1, 4) }))["result"]!["items"]!.AsArray();
        var registration = keys.Single(i => (string)i!["label"]! == "registration")!;
        Assert.Contains("registration", (string)registration["documentation"]!["value"]!, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(keys, i => (string)i!["label"]! == "format_version");

        var values = (await client.RequestAsync("textDocument/completion", new JsonObject { ["textDocument"] = Doc(Uri(path)), ["position"] = Position(3, 8) }))["result"]!["items"]!.AsArray();
        Assert.Contains(values, i => (string)i!["label"]! == "single-arm");
        Assert.Contains(values, i => (string)i!["label"]! == "parallel");

        var nested = (await client.RequestAsync("textDocument/completion", new JsonObject { ["textDocument"] = Doc(Uri(path)), ["position"] = Position(4, 4) }))["result"]!["items"]!.AsArray();
        Assert.Equal(["phase"], nested.Select(i => (string)i!["label"]!));
    }

    private static async Task<(string Text, JsonArray Actions)> ActionsAt(LspTestClient client, string path, string text, int line, int character)
    {
        var response = await client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = Doc(Uri(path)),
            ["range"] = Range(line, character, line, character),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray() },
        });
        return (text, response["result"]!.AsArray());
    }

    private static string ApplyAction(JsonArray actions, string titleStart, string uri, string text)
    {
        var action = actions.First(a => ((string)a!["title"]!).StartsWith(titleStart, StringComparison.Ordinal))!;
        return Apply(text, action["edit"]!["changes"]![uri]!.AsArray());
    }

    [Fact]
    public async Task Quick_fix_replaces_a_misspelt_key_with_the_suggested_one()
    {
        string text = "format_version: 1\ntitle: \"A trial\"\nacronim: ALS-1\n";
        string path = TempReport(text);
        await using var client = await StartAsync();
        await client.OpenAsync(Uri(path), text);
        var (_, actions) = await ActionsAt(client, path, text, 2, 3);
        string fixedText = ApplyAction(actions, "Change 'acronim' to 'acronym'", Uri(path), text);
        Assert.Equal("format_version: 1\ntitle: \"A trial\"\nacronym: ALS-1\n", fixedText);
    }

    [Fact]
    public async Task Quick_fix_inserts_a_missing_section_from_the_schema()
    {
        string text = File.ReadAllText(Seed);
        await using var client = await StartAsync();
        var published = await client.OpenAsync(Uri(Seed), text);
        var tl0501 = published.First(d => (string)d!["code"]! == "TL0501")!;
        int line = (int)tl0501["range"]!["start"]!["line"]!;
        var (_, actions) = await ActionsAt(client, Seed, text, line, 0);
        string fixedText = ApplyAction(actions, "Add the 'registration' section", Uri(Seed), text);
        Assert.Contains("\nregistration:\n  registry: \"\"\n  id: \"\"\n", fixedText, StringComparison.Ordinal);
        // The skeleton is valid YAML in the schema: no syntax, type or unknown-key finding.
        var after = new LintEngine().LintText(Seed, fixedText);
        Assert.Empty(after.Diagnostics.Where(d => d.Id.StartsWith("TL00", StringComparison.Ordinal)).Select(d => d.ToString() + "\n" + fixedText[^400..]));
    }

    [Fact]
    public async Task Quick_fix_adds_a_reason_line_to_a_loss_without_one()
    {
        string text = "format_version: 1\ndesign:\n  type: single-arm\narms:\n  - id: a\nflow:\n  periods:\n    - groups:\n        - arm: a\n          allocated: 10\n          discontinued:\n            - n: 2\n          analysed: 8\n";
        string path = TempReport(text);
        await using var client = await StartAsync();
        var published = await client.OpenAsync(Uri(path), text);
        var tl0102 = published.First(d => (string)d!["code"]! == "TL0102")!;
        var (_, actions) = await ActionsAt(client, path, text, (int)tl0102["range"]!["start"]!["line"]!, 14);
        string fixedText = ApplyAction(actions, "Add a 'reason:' line", Uri(path), text);
        Assert.Contains("            - n: 2\n              reason: \"\"\n          analysed: 8\n", fixedText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NCT 01363401", "ClinicalTrials.gov", "NCT01363401")]
    [InlineData("nct-01363401", "ClinicalTrials.gov", "NCT01363401")]
    [InlineData("ClinicalTrials.gov NCT01363401", null, "NCT01363401")]
    [InlineData("ISRCTN 1234 5678", "ISRCTN", "ISRCTN12345678")]
    public async Task Quick_fix_normalises_a_malformed_registration_number(string id, string? registry, string normalised)
    {
        string text = $"format_version: 1\nregistration:\n{(registry is null ? "" : $"  registry: {registry}\n")}  id: \"{id}\"\n";
        string path = TempReport(text);
        await using var client = await StartAsync();
        var published = await client.OpenAsync(Uri(path), text);
        var tl0502 = published.First(d => (string)d!["code"]! == "TL0502")!;
        var (_, actions) = await ActionsAt(client, path, text, (int)tl0502["range"]!["start"]!["line"]!, 6);
        string fixedText = ApplyAction(actions, "Change the registration number", Uri(path), text);
        Assert.Contains($"  id: \"{normalised}\"\n", fixedText, StringComparison.Ordinal);
        Assert.DoesNotContain(new LintEngine().LintText(path, fixedText).Diagnostics, d => d.Id == "TL0502");
    }

    [Fact]
    public async Task No_registration_fix_when_the_normalisation_is_ambiguous()
    {
        // Two numbers in one field: which one is meant is not for the editor to guess.
        string text = "format_version: 1\nregistration:\n  id: \"NCT01363401 and ISRCTN12345678\"\n";
        string path = TempReport(text);
        await using var client = await StartAsync();
        await client.OpenAsync(Uri(path), text);
        var (_, actions) = await ActionsAt(client, path, text, 2, 6);
        Assert.DoesNotContain(actions, a => ((string)a!["title"]!).StartsWith("Change the registration number", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Quick_fix_suppresses_a_finding_with_a_comment_awaiting_its_reason()
    {
        string text = File.ReadAllText(Seed);
        await using var client = await StartAsync();
        await client.OpenAsync(Uri(Seed), text);
        var (_, actions) = await ActionsAt(client, Seed, text, 130, 12);
        string fixedText = ApplyAction(actions, "Suppress TL0105", Uri(Seed), text);
        var lines = fixedText.Split('\n');
        Assert.Equal("        # triallint-disable-next-line TL0105 -- ", lines[130]);
        Assert.Equal("        - arm: msc", lines[131]);
        // With a reason written after "-- ", the finding is suppressed.
        string withReason = fixedText.Replace("TL0105 -- \n", "TL0105 -- analysed in the registry record\n", StringComparison.Ordinal);
        var after = new LintEngine().LintText(Seed, withReason);
        Assert.True(after.Diagnostics.Single(d => d.Id == "TL0105").IsSuppressed);
    }

    [Fact]
    public async Task Explain_this_rule_runs_a_command_that_shows_the_help_page()
    {
        string text = File.ReadAllText(Seed);
        await using var client = await StartAsync();
        await client.OpenAsync(Uri(Seed), text);
        var (_, actions) = await ActionsAt(client, Seed, text, 130, 12);
        var explain = actions.First(a => (string)a!["title"]! == "Explain TL0105")!;
        var command = explain["command"]!;
        var result = await client.RequestAsync("workspace/executeCommand", new JsonObject { ["command"] = command["command"]!.DeepClone(), ["arguments"] = command["arguments"]!.DeepClone() });
        Assert.StartsWith("# TL0105", (string)result["result"]!, StringComparison.Ordinal);
        var shown = await client.WaitForAsync("window/showMessage");
        Assert.Contains("## How to fix", (string)shown["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_request_is_answered_as_cancelled_and_the_server_goes_on()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = new LanguageServerOptions
        {
            DebounceMilliseconds = 0,
            BeforeRequest = async (method, ct) =>
            {
                if (method != "textDocument/hover") return;
                entered.TrySetResult();
                await Task.Delay(Timeout.Infinite, ct);
            },
        };
        await using var client = await StartAsync(options);
        await client.OpenAsync(Uri(Seed), File.ReadAllText(Seed));
        var (id, response) = client.SendRequest("textDocument/hover", new JsonObject { ["textDocument"] = Doc(Uri(Seed)), ["position"] = Position(130, 12) });
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await client.NotifyAsync("$/cancelRequest", new JsonObject { ["id"] = id });
        var answer = await response;
        Assert.Equal(-32800, (int)answer["error"]!["code"]!);
        var completion = await client.RequestAsync("textDocument/completion", new JsonObject { ["textDocument"] = Doc(Uri(Seed)), ["position"] = Position(0, 0) });
        Assert.NotNull(completion["result"]);
    }

    [Fact]
    public async Task A_request_that_throws_is_logged_and_the_server_keeps_serving()
    {
        var options = new LanguageServerOptions
        {
            DebounceMilliseconds = 0,
            BeforeRequest = (method, _) => method == "textDocument/hover" ? throw new InvalidOperationException("boom in hover") : Task.CompletedTask,
        };
        await using var client = await StartAsync(options);
        await client.OpenAsync(Uri(Seed), File.ReadAllText(Seed));
        var failed = await client.RequestAsync("textDocument/hover", new JsonObject { ["textDocument"] = Doc(Uri(Seed)), ["position"] = Position(130, 12) });
        Assert.Equal(-32603, (int)failed["error"]!["code"]!);
        var log = await client.WaitForAsync("window/logMessage");
        Assert.Equal(1, (int)log["type"]!);
        Assert.Contains("textDocument/hover failed: InvalidOperationException: boom in hover", (string)log["message"]!, StringComparison.Ordinal);
        // Still serving: a broken file is a diagnostic, not a crash.
        string broken = TempReport("format_version: 1\ntitle: [unclosed\n");
        var published = await client.OpenAsync(Uri(broken), File.ReadAllText(broken));
        Assert.Contains(published, d => ((string)d!["code"]!).StartsWith("TL00", StringComparison.Ordinal) && (int)d["severity"]! == 1);
    }

    [Fact]
    public async Task A_configuration_file_gets_its_own_findings_at_their_lines()
    {
        string text = "failLevel: warning\nrules:\n  TL0101: off\n  TL9999: warning\n";
        string path = TempReport(text, ".triallint.yaml");
        await using var client = await StartAsync();
        var published = await client.OpenAsync(Uri(path), text);
        var problem = published.Single()!;
        Assert.Equal("TL0809", (string)problem["code"]!);
        Assert.Equal(3, (int)problem["range"]!["start"]!["line"]!);
        Assert.Contains("'TL9999' is not a rule TrialLint knows", (string)problem["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configuration_file_gets_completion_and_hover_from_its_schema()
    {
        string text = "failLevel: warning\nru: x\n";
        string path = TempReport(text, ".triallint.yaml");
        await using var client = await StartAsync();
        await client.OpenAsync(Uri(path), text);
        var levels = (await client.RequestAsync("textDocument/completion", new JsonObject { ["textDocument"] = Doc(Uri(path)), ["position"] = Position(0, 11) }))["result"]!["items"]!.AsArray();
        Assert.Contains(levels, i => (string)i!["label"]! == "warning");
        var keys = (await client.RequestAsync("textDocument/completion", new JsonObject { ["textDocument"] = Doc(Uri(path)), ["position"] = Position(1, 2) }))["result"]!["items"]!.AsArray();
        Assert.Contains(keys, i => (string)i!["label"]! == "rules");
        var hover = await client.RequestAsync("textDocument/hover", new JsonObject { ["textDocument"] = Doc(Uri(path)), ["position"] = Position(0, 3) });
        Assert.StartsWith("**failLevel**", (string)hover["result"]!["contents"]!["value"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rule_file_gets_its_own_findings_at_their_lines()
    {
        string text = "id: TL0599\ntitle: Test rule\nseverity: warning\ncategory: OpenScience\nchecklist:\n  - CONSORT-2025:99z\ndescription: A rule written to test the language server.\nmessage: The registration is missing\nrequire: present(registration)\n";
        string path = TempReport(text, "my-rule.yaml");
        await using var client = await StartAsync();
        var published = await client.OpenAsync(Uri(path), text);
        Assert.Contains(published, d => ((string)d!["code"]!).StartsWith("TL08", StringComparison.Ordinal) && (int)d["range"]!["start"]!["line"]! == 5);
    }

    [Fact]
    public async Task The_configurations_severities_and_suppression_comments_are_honoured()
    {
        string text = "# triallint-disable-file TL0201 -- harms are in the companion paper\nformat_version: 1\ntitle: \"A trial\"\n";
        string path = TempReport(text);
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(path)!, ".triallint.yaml"), "rules:\n  TL0501: off\n  TL0508: info\n");
        await using var client = await StartAsync();
        var published = await client.OpenAsync(Uri(path), text);
        Assert.DoesNotContain(published, d => (string)d!["code"]! is "TL0201" or "TL0501");
        Assert.Equal(3, (int)published.Single(d => (string)d!["code"]! == "TL0508")!["severity"]!);
        var expected = new LintEngine(RuleSet.BuiltIn, new LintOptions { Configuration = new ConfigResolver(null) }).LintFile(path).Diagnostics.Where(d => !d.IsSuppressed).Select(d => d.Id);
        Assert.Equal(expected, published.Select(d => (string)d!["code"]!));
    }
}

/// <summary>The same scenario as the native build's, against the JIT-compiled <c>triallint lsp</c> process.</summary>
public sealed class LanguageServerProcessTests
{
    [Fact]
    public Task The_command_serves_the_protocol_over_stdio_and_exits_with_0() =>
        LanguageServerProcessScenario.RunAsync("dotnet", [typeof(TrialLint.Cli.Program).Assembly.Location]);
}
