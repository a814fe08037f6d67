using System.Text.RegularExpressions;
using TrialLint.Engine;
using TrialLint.LanguageServer.Protocol;
using TrialLint.Model;
using TrialLint.Syntax;
using Core = TrialLint.Diagnostics;

namespace TrialLint.LanguageServer;

/// <summary>
/// Findings as LSP diagnostics: the same ids, severities, messages and ranges as <c>triallint lint</c> (its 1-based
/// columns made 0-based), the rule id as code with a link to its help page, and, where the report has it, the other
/// side of a flow mismatch (the arm's definition) or of a cross-check (the registration record).
/// Suppressed findings (comments, configuration, baseline) are not shown, as the console does not show them.
/// </summary>
internal static partial class Findings
{
    /// <summary>The diagnostics of a lint result.</summary>
    public static List<Protocol.Diagnostic> ToLsp(FileResult result, string? registryFolder) =>
        result.Diagnostics.Where(d => !d.IsSuppressed).Select(d => ToLsp(d, result, registryFolder)).ToList();

    /// <summary>The range of a finding's location.</summary>
    public static Protocol.Range RangeOf(Core.Location location) =>
        new(new Position(Math.Max(0, location.StartLine - 1), Math.Max(0, location.StartColumn - 1)),
            new Position(Math.Max(0, location.EndLine - 1), Math.Max(0, location.EndColumn - 1)));

    /// <summary>1 error, 2 warning, 3 information.</summary>
    public static int SeverityOf(Core.DiagnosticSeverity severity) => severity switch
    {
        Core.DiagnosticSeverity.Error => 1,
        Core.DiagnosticSeverity.Warning => 2,
        _ => 3,
    };

    private static Protocol.Diagnostic ToLsp(Core.Diagnostic d, FileResult result, string? registryFolder) => new()
    {
        Range = RangeOf(d.Location),
        Severity = SeverityOf(d.Severity),
        Code = d.Id,
        CodeDescription = new CodeDescription(d.Descriptor.HelpLinkUri),
        Message = d.Message,
        Data = d.Location.Pointer.ToString(),
        RelatedInformation = Related(d, result, registryFolder) is { Count: > 0 } related ? related : null,
    };

    private static List<DiagnosticRelatedInformation> Related(Core.Diagnostic d, FileResult result, string? registryFolder)
    {
        var related = new List<DiagnosticRelatedInformation>();
        if (result.Tree is not { } tree || !Path.IsPathRooted(result.Path)) return related;
        string uri = TextDocument.UriOf(result.Path);
        // A flow or baseline number of an arm: the other side is where the arm is defined.
        var segments = d.Location.Pointer.Segments;
        if (d.Id.StartsWith("TL01", StringComparison.Ordinal) || d.Id.StartsWith("TL07", StringComparison.Ordinal))
        {
            string? arm = ArmOf(tree, segments);
            if (arm is not null && tree.Root is MappingNode root && root["arms"] is SequenceNode arms)
            {
                for (int i = 0; i < arms.Items.Count; i++)
                {
                    if (arms.Items[i] is MappingNode a && a["id"] is ScalarNode id && id.Value == arm)
                    {
                        var location = tree.GetLocation(id.Pointer);
                        related.Add(new(new Protocol.Location(uri, RangeOf(location)), $"arm '{arm}' is defined here"));
                    }
                }
            }
        }
        // A cross-check with the registration: the record in the configuration's registry folder, at what the message quotes.
        if (d.Id.StartsWith("TL06", StringComparison.Ordinal) && registryFolder is not null && result.Report?.Registration?.Id is { } registrationId)
        {
            string record = Path.Combine(registryFolder, registrationId.Trim() + ".json");
            if (File.Exists(record))
            {
                string text = File.ReadAllText(record);
                var at = new Protocol.Range(new Position(0, 0), new Position(0, 0));
                foreach (Match quoted in Quoted().Matches(d.Message))
                {
                    int found = text.IndexOf(Escape(quoted.Groups[1].Value), StringComparison.Ordinal);
                    if (found < 0 || quoted.Groups[1].Value.Length < 4) continue;
                    at = new Protocol.Range(TextDocument.PositionOf(text, found), TextDocument.PositionOf(text, found + Escape(quoted.Groups[1].Value).Length));
                    break;
                }
                related.Add(new(new Protocol.Location(TextDocument.UriOf(record), at), $"the registration {registrationId.Trim()}"));
            }
        }
        return related;
    }

    /// <summary>The arm id of the flow group or baseline column a pointer is in, read from the tree.</summary>
    private static string? ArmOf(SyntaxTree tree, IReadOnlyList<string> segments)
    {
        SyntaxNode? node = tree.Root;
        string? arm = null;
        foreach (string segment in segments)
        {
            node = YamlPath.Child(node, segment);
            if (node is MappingNode map && map["arm"] is ScalarNode a) arm = a.Value;
            if (node is null) break;
        }
        return arm;
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    [GeneratedRegex("'([^']{4,200})'")]
    private static partial Regex Quoted();
}
