using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TrialLint.Text;

namespace TrialLint.Suppressions;

/// <summary>Finds <c># triallint-disable…</c> comments in a YAML report.</summary>
public static partial class SuppressionCommentParser
{
    /// <summary>The directives in <paramref name="source"/>, in line order.</summary>
    public static ImmutableArray<SuppressionDirective> Parse(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!source.Text.Contains("triallint-", StringComparison.Ordinal)) return [];
        var directives = ImmutableArray.CreateBuilder<SuppressionDirective>();
        for (int line = 1; line <= source.LineCount; line++)
        {
            string text = source.GetLineText(line);
            var match = Directive().Match(text);
            if (!match.Success) continue;
            var kind = match.Groups["kind"].Value switch
            {
                "disable-next-line" => DirectiveKind.NextLine,
                "disable-file" => DirectiveKind.File,
                "enable" => DirectiveKind.Enable,
                _ => DirectiveKind.Disable,
            };
            // "TL0101, TL0102 -- the reason": ids before the first "--", the reason after it.
            string rest = match.Groups["rest"].Value;
            int dashes = rest.IndexOf("--", StringComparison.Ordinal);
            string idText = dashes < 0 ? rest : rest[..dashes];
            string? reason = dashes < 0 ? null : rest[(dashes + 2)..].Trim();
            if (string.IsNullOrWhiteSpace(reason)) reason = null;
            var ids = idText.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(id => id.ToUpperInvariant()).ToImmutableArray();
            int column = match.Groups["comment"].Index + 1;
            directives.Add(new SuppressionDirective(kind, ids, reason, line, column, text.Length - column + 1));
        }
        return directives.ToImmutable();
    }

    // A comment starts a line or follows whitespace.
    [GeneratedRegex(@"(?:^|\s)(?<comment>#\s*triallint-(?<kind>disable-next-line|disable-file|disable|enable)(?![\w-])(?<rest>.*))$")]
    private static partial Regex Directive();
}
