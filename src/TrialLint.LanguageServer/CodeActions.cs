using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using TrialLint.Engine;
using TrialLint.LanguageServer.Protocol;
using TrialLint.Syntax;
using TrialLint.Text;
using Core = TrialLint.Diagnostics;

namespace TrialLint.LanguageServer;

/// <summary>
/// Quick fixes for findings: a misspelt key → the key the engine suggests (TL0022); a missing section → its skeleton
/// from the schema; a loss without a reason (TL0102) → a <c>reason:</c> line; a malformed registration number (TL0502)
/// → the number normalised, when exactly one normalisation is a valid number; any finding in a YAML report → a
/// <c># triallint-disable-next-line</c> comment; and "explain this rule".
/// </summary>
internal static partial class CodeActions
{
    /// <summary>The actions for the findings of <paramref name="result"/> that touch <paramref name="range"/>.</summary>
    public static List<CodeAction> For(string uri, string text, FileResult result, Protocol.Range range)
    {
        var actions = new List<CodeAction>();
        var findings = result.Diagnostics.Where(d => !d.IsSuppressed && Touches(Findings.RangeOf(d.Location), range)).ToList();
        var explained = new HashSet<string>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            var lsp = new[] { Summary(finding) };
            void Add(string title, IReadOnlyList<TextEdit> edits, bool preferred = false) =>
                actions.Add(new CodeAction { Title = title, Diagnostics = lsp, IsPreferred = preferred ? true : null, Edit = new WorkspaceEdit(new Dictionary<string, IReadOnlyList<TextEdit>> { [uri] = edits }) });

            if (MisspeltKey(finding) is { } suggested)
                Add($"Change '{Argument(finding, "key")}' to '{suggested}'", [new TextEdit(Findings.RangeOf(finding.Location), suggested)], preferred: true);
            if (result.Tree is { } tree && MissingSection(tree, text, finding) is { } section)
                Add(section.Title, [section.Edit]);
            if (finding.Id == "TL0102" && finding.Location.IsMissing && result.Tree is { } t2 && ReasonLine(t2, text, finding) is { } reason)
                Add("Add a 'reason:' line", [reason], preferred: true);
            if (finding.Id == "TL0502" && result.Tree is { } t3 && NormalisedRegistrationId(t3, finding) is { } id)
                Add($"Change the registration number to '{id.Value}'", [new TextEdit(id.Range, id.Value)], preferred: true);
            if (result.Tree is { Format: SourceFormat.Yaml })
                Add($"Suppress {finding.Id} on this line (with a reason)", [Suppression(text, finding)]);
            if (explained.Add(finding.Id))
                actions.Add(new CodeAction { Title = $"Explain {finding.Id}", Diagnostics = lsp, Command = new Command($"Explain {finding.Id}", Commands.Explain, [finding.Id]) });
        }
        return actions;
    }

    private static Protocol.Diagnostic Summary(Core.Diagnostic d) => new()
    {
        Range = Findings.RangeOf(d.Location),
        Severity = Findings.SeverityOf(d.Severity),
        Code = d.Id,
        Message = d.Message,
    };

    private static bool Touches(Protocol.Range finding, Protocol.Range range)
    {
        static int Cmp(Position a, Position b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Character.CompareTo(b.Character);
        // An empty request (a cursor) touches the findings on its line; a selection, the findings it overlaps.
        if (Cmp(range.Start, range.End) == 0)
            return finding.Start.Line <= range.Start.Line && range.Start.Line <= finding.End.Line;
        return Cmp(finding.Start, range.End) <= 0 && Cmp(range.Start, finding.End) <= 0;
    }

    private static string? Argument(Core.Diagnostic d, string name) =>
        d.Arguments.FirstOrDefault(a => a.Key == name).Value?.ToString();

    /// <summary>TL0022 carries the engine's suggestion ("; did you mean 'x'?").</summary>
    private static string? MisspeltKey(Core.Diagnostic d) =>
        d.Id == "TL0022" && Argument(d, "suggestion") is { } s && SuggestedKey().Match(s) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>A section the finding says is missing (an object or list the schema describes), inserted as a skeleton under its parent.</summary>
    private static (string Title, TextEdit Edit)? MissingSection(SyntaxTree tree, string text, Core.Diagnostic d)
    {
        if (!d.Location.IsMissing || tree.Format != SourceFormat.Yaml || tree.Root is not MappingNode root) return null;
        var segments = d.Location.Pointer.Segments;
        SyntaxNode node = root;
        var path = new List<string>();
        foreach (string segment in segments)
        {
            SyntaxNode? next = YamlPath.Child(node, segment);
            if (next is null)
            {
                if (node is not MappingNode parent) return null;
                var schema = SchemaIndex.Get("trial-report.schema.json");
                var keyPath = path.Append(segment).ToList();
                if (schema.At(keyPath) is not { } keySchema || schema.TypeOf(keySchema) is not ("object" or "array")) return null;
                int indent = parent.Properties.Count > 0 ? tree.Source.GetPosition(parent.Properties[0].NameSpan.Start).Column - 1 : 0;
                string nl = TextDocument.LineBreak(text);
                string skeleton = Skeleton(schema, keyPath, segment, indent, nl);
                // After the parent's last line of content (the end of the file for the report itself).
                int end = LineEnd(text, parent.Span.End);
                var at = TextDocument.PositionOf(text, end);
                string insert = nl + skeleton.TrimEnd('\n', '\r');
                return ($"Add the '{segment}' section", new TextEdit(new Protocol.Range(at, at), insert));
            }
            node = next;
            path.Add(segment);
        }
        return null;
    }

    /// <summary>A section written from the schema: each key of an object with an empty value of its type.</summary>
    internal static string Skeleton(SchemaIndex schema, IReadOnlyList<string> path, string key, int indent, string nl)
    {
        var sb = new StringBuilder();
        void Write(IReadOnlyList<string> at, string name, int col, string prefix, int depth)
        {
            var s = schema.At(at);
            string? type = s is { } e ? schema.TypeOf(e) : null;
            string lead = TextDocument.Spaces(col) + prefix + name + ":";
            if (type == "object" && depth < 2)
            {
                sb.Append(lead).Append(nl);
                foreach (var (child, _, _) in schema.Keys(at)) Write([.. at, child], child, col + 2, "", depth + 1);
            }
            else if (type == "array" && depth < 1 && schema.At([.. at, "0"]) is { } item && schema.TypeOf(item) == "object")
            {
                sb.Append(lead).Append(nl);
                bool first = true;
                foreach (var (child, _, _) in schema.Keys([.. at, "0"]))
                {
                    Write([.. at, "0", child], child, col + 2, first ? "- " : "  ", depth + 2);
                    first = false;
                }
            }
            else if (s is { } str && type == "string" && schema.Branches(str).Any(b => b.TryGetProperty("pattern", out _) || b.TryGetProperty("format", out _)))
            {
                // An empty date or address breaks its pattern: left for the author to write.
                sb.Append(lead).Append(' ').Append(nl);
            }
            else
            {
                sb.Append(lead).Append(' ').Append(type switch { "array" => "[]", "object" => "{}", "integer" or "number" => "", "boolean" => "", _ => "\"\"" }).Append(nl);
            }
        }
        Write(path, key, indent, "", 0);
        // Keys with no value written would be null (a wrong type): leave them as comments to fill in.
        return Regex.Replace(sb.ToString(), @"^( *)(- )?([a-z_]+): $", "$1$2# $3: ", RegexOptions.Multiline);
    }

    private static TextEdit? ReasonLine(SyntaxTree tree, string text, Core.Diagnostic d)
    {
        var segments = d.Location.Pointer.Segments;
        if (segments.Count == 0 || segments[^1] != "reason") return null;
        SyntaxNode? node = tree.Root;
        foreach (string segment in segments.Take(segments.Count - 1))
        {
            node = YamlPath.Child(node, segment);
        }
        if (node is not MappingNode { Properties.Count: > 0 } entry) return null;
        var first = tree.Source.GetPosition(entry.Properties[0].NameSpan.Start);
        // A flow mapping ({n: 5}) is on one line with its braces: not rewritten.
        if (tree.Source.GetLineText(first.Line).TrimStart().TrimStart('-').TrimStart().StartsWith('{')) return null;
        int end = LineEnd(text, entry.Span.End);
        var at = TextDocument.PositionOf(text, end);
        return new TextEdit(new Protocol.Range(at, at), TextDocument.LineBreak(text) + TextDocument.Spaces(first.Column - 1) + "reason: \"\"");
    }

    private static (Protocol.Range Range, string Value)? NormalisedRegistrationId(SyntaxTree tree, Core.Diagnostic d)
    {
        if (tree.Root is not MappingNode root || root["registration"] is not MappingNode registration || registration["id"] is not ScalarNode id) return null;
        string? registry = registration["registry"] is ScalarNode r ? r.Value : null;
        // Letter case is not checked by the rule: forms that differ only in case are one number, written as issued.
        var candidates = RegistrationIdCandidates(id.Value).Where(c => c != id.Value && IsAcceptedId(c, registry))
            .GroupBy(c => c.ToUpperInvariant(), StringComparer.Ordinal).Select(g => g.Last()).ToList();
        if (candidates.Count != 1) return null;
        // A quoted scalar keeps its quotes: replace the text inside them.
        var location = tree.GetLocation(id.Pointer);
        string raw = tree.Source.Text.Substring(id.Span.Start, id.Span.Length);
        var range = Findings.RangeOf(location);
        if (raw.Length >= 2 && (raw[0] == '"' || raw[0] == '\'') && raw[^1] == raw[0])
            range = new Protocol.Range(range.Start with { Character = range.Start.Character + 1 }, range.End with { Character = range.End.Character - 1 });
        return (range, candidates[0]);
    }

    /// <summary>Ways a registration number is commonly mistyped, undone: spaces or separators inside, the registry's name before it, lower case.</summary>
    internal static IEnumerable<string> RegistrationIdCandidates(string value)
    {
        string trimmed = value.Trim();
        var forms = new List<string> { Regex.Replace(trimmed, @"\s+", "") };
        // A separator between the registry's letters and the digits (NCT-01363401, ISRCTN: 123...).
        forms.Add(Regex.Replace(trimmed, @"^([A-Za-z]+)[\s:_\-.#]+(\d)", "$1$2"));
        // The number among other words (ClinicalTrials.gov NCT01363401; NCT01363401 (registered 2011)).
        forms.AddRange(trimmed.Split([' ', ',', ';', '(', ')', '[', ']'], StringSplitOptions.RemoveEmptyEntries).Where(t => t.Any(char.IsAsciiDigit) && t.Any(char.IsAsciiLetter)).Select(t => t.TrimEnd('.', ':')));
        foreach (string form in forms.ToList())
        {
            // Registries with an all-capital prefix: the prefix in capitals.
            var m = Regex.Match(form, @"^([A-Za-z]+)(\d.*)$");
            if (m.Success && m.Groups[1].Value.ToUpperInvariant() is "NCT" or "ISRCTN" or "ACTRN" or "DRKS" or "KCT" or "PACTR" or "IRCT" or "NTR" or "TCTR" or "LBCTR" or "RPCEC" or "UMIN")
                forms.Add(m.Groups[1].Value.ToUpperInvariant() + m.Groups[2].Value);
        }
        return forms.Where(f => f.Length > 0);
    }

    /// <summary>Whether TL0502 accepts a number (with the registry named): the rule itself decides, on a report holding only that.</summary>
    private static bool IsAcceptedId(string id, string? registry)
    {
        var yaml = new StringBuilder("format_version: 1\nregistration:\n");
        if (registry is not null) yaml.Append("  registry: ").Append(JsonSerializer.Serialize(registry, LspJsonContext.Default.String)).Append('\n');
        yaml.Append("  id: ").Append(JsonSerializer.Serialize(id, LspJsonContext.Default.String)).Append('\n');
        var result = Probe.Value.LintText("registration-number.trial.yaml", yaml.ToString());
        return !result.Diagnostics.Any(f => f.Id is "TL0502" or "TL0023" or "TL0021");
    }

    private static readonly Lazy<LintEngine> Probe = new(() => new LintEngine(Rules.RuleSet.BuiltIn, new LintOptions { Packs = ["consort-2025"] }));

    private static TextEdit Suppression(string text, Core.Diagnostic d)
    {
        int line = Math.Max(0, d.Location.StartLine - 1);
        string current = TextDocument.LineAt(text, line);
        var at = new Position(line, 0);
        return new TextEdit(new Protocol.Range(at, at), TextDocument.Spaces(TextDocument.Indent(current)) + $"# triallint-disable-next-line {d.Id} -- " + TextDocument.LineBreak(text));
    }

    private static int LineEnd(string text, int offset)
    {
        // The span of a block ends after its last line break; the insertion goes at the end of its last line of content.
        int end = Math.Min(offset, text.Length);
        while (end > 0 && (text[end - 1] == '\n' || text[end - 1] == '\r')) end--;
        int next = text.IndexOfAny(['\n', '\r'], end);
        return next < 0 ? text.Length : next;
    }

    [GeneratedRegex("did you mean '([^']+)'")]
    private static partial Regex SuggestedKey();
}
