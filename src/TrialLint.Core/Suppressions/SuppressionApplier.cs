using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Text;

namespace TrialLint.Suppressions;

/// <summary>
/// Applies a report's suppression comments to its findings: a finding a valid comment covers is kept but marked
/// suppressed with the comment's reason. A comment without a reason silences nothing and is itself a finding
/// (TL0810), as is an unknown rule id (TL0811) and a comment that silences nothing (TL0812). Input, configuration
/// and internal findings cannot be suppressed.
/// </summary>
public static class SuppressionApplier
{
    /// <summary>Returns <paramref name="diagnostics"/> with the comments of <paramref name="source"/> applied.</summary>
    public static List<Diagnostic> Apply(IReadOnlyList<Diagnostic> diagnostics, SourceText source, IReadOnlySet<string> knownIds)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(knownIds);
        var directives = SuppressionCommentParser.Parse(source);
        if (directives.IsEmpty) return [.. diagnostics];

        var result = new List<Diagnostic>(diagnostics);
        var problems = new List<Diagnostic>();
        var valid = new List<(SuppressionDirective Directive, ImmutableArray<string> Ids)>();
        foreach (var directive in directives.Where(d => d.Kind != DirectiveKind.Enable))
        {
            var location = new Location(source.Path, directive.Line, directive.Column, directive.Line, directive.Column + directive.Length, JsonPointer.Root);
            var ids = directive.Ids.Where(id => knownIds.Contains(id)).ToImmutableArray();
            foreach (string unknown in directive.Ids.Where(id => !knownIds.Contains(id)))
            {
                string suggestion = TextDistance.ClosestId(unknown, knownIds) is { } guess ? $"; did you mean {guess}?" : string.Empty;
                problems.Add(Diagnostic.Create(ConfigurationDiagnostics.SuppressionUnknownRule, location, ("id", unknown), ("suggestion", suggestion)));
            }
            if (directive.Ids.Length > 0 && ids.IsEmpty) continue;
            if (directive.Reason is null)
            {
                problems.Add(Diagnostic.Create(ConfigurationDiagnostics.SuppressionWithoutReason, location,
                    ("ids", directive.Ids.Length == 0 ? "all rules" : string.Join(", ", directive.Ids))));
                continue;
            }
            valid.Add((directive, ids));
        }

        var used = new HashSet<(SuppressionDirective, string)>();
        for (int i = 0; i < result.Count; i++)
        {
            var d = result[i];
            if (!CanBeSuppressed(d)) continue;
            foreach (var (directive, ids) in valid)
            {
                if (!(ids.IsEmpty || ids.Contains(d.Id)) || !Covers(directive, d.Location.StartLine, directives, source, d.Id)) continue;
                result[i] = d.WithSuppression(new Suppression(SuppressionKind.InSource, directive.Reason!));
                used.Add((directive, ids.IsEmpty ? "*" : d.Id));
                break;
            }
        }
        foreach (var (directive, ids) in valid)
        {
            var location = new Location(source.Path, directive.Line, directive.Column, directive.Line, directive.Column + directive.Length, JsonPointer.Root);
            foreach (string id in ids.IsEmpty ? ["*"] : ids)
            {
                if (!used.Contains((directive, id)))
                    problems.Add(Diagnostic.Create(ConfigurationDiagnostics.SuppressionUnused, location, ("id", id == "*" ? "all rules" : id)));
            }
        }
        result.AddRange(problems);
        return result;
    }

    private static bool CanBeSuppressed(Diagnostic d) =>
        d.Descriptor.Category is not (DiagnosticCategory.Input or DiagnosticCategory.Configuration or DiagnosticCategory.Internal) && !d.IsSuppressed;

    private static bool Covers(SuppressionDirective directive, int line, ImmutableArray<SuppressionDirective> all, SourceText source, string id) => directive.Kind switch
    {
        DirectiveKind.File => true,
        DirectiveKind.NextLine => line == NextContentLine(source, directive.Line),
        DirectiveKind.Disable => line > directive.Line && line < EnabledAgainAt(directive, all, id, source),
        _ => false,
    };

    private static int EnabledAgainAt(SuppressionDirective disable, ImmutableArray<SuppressionDirective> all, string id, SourceText source) =>
        all.Where(d => d.Kind == DirectiveKind.Enable && d.Line > disable.Line && (d.Ids.IsEmpty || d.Ids.Contains(id)))
            .Select(d => d.Line)
            .DefaultIfEmpty(source.LineCount + 1)
            .Min();

    /// <summary>The line a next-line comment is about: the next one that is not blank or another comment.</summary>
    private static int NextContentLine(SourceText source, int line)
    {
        for (int next = line + 1; next <= source.LineCount; next++)
        {
            string text = source.GetLineText(next).TrimStart();
            if (text.Length > 0 && !text.StartsWith('#')) return next;
        }
        return line + 1;
    }
}
