using System.Text.RegularExpressions;
using TrialLint.LanguageServer.Protocol;
using TrialLint.Syntax;

namespace TrialLint.LanguageServer;

/// <summary>
/// Where the cursor is in a YAML document being typed, read from indentation alone (a half-typed document does not
/// parse): the keys and list items above it, and whether it is at a key or at a value.
/// </summary>
internal static partial class YamlPath
{
    /// <summary>What is being typed.</summary>
    internal sealed record Context(IReadOnlyList<string> Parent, string? Key, bool AtValue, string Prefix, int KeyColumn, IReadOnlySet<string> Siblings);

    public static Context? At(string text, Position position)
    {
        string line = TextDocument.LineAt(text, position.Line);
        string before = line[..Math.Min(position.Character, line.Length)];
        if (before.TrimStart().StartsWith('#')) return null;
        var path = new List<string>();
        int col;
        bool inItem = false;
        string? key = null;
        bool atValue = false;
        string prefix;
        var value = ValueLine().Match(before);
        var keyOnly = KeyPrefix().Match(before);
        var item = ItemValue().Match(before);
        if (value.Success)
        {
            col = value.Groups[1].Length + value.Groups[2].Length;
            key = value.Groups[3].Value;
            atValue = true;
            prefix = value.Groups[4].Value;
            if (value.Groups[2].Length > 0) { path.Add("0"); inItem = true; col = value.Groups[1].Length; }
        }
        else if (keyOnly.Success)
        {
            col = keyOnly.Groups[1].Length + keyOnly.Groups[2].Length;
            prefix = keyOnly.Groups[3].Value;
            if (keyOnly.Groups[2].Length > 0) { path.Add("0"); inItem = true; col = keyOnly.Groups[1].Length; }
        }
        else if (item.Success)
        {
            // "- val" under a list of values: the values the list's items allow.
            col = item.Groups[1].Length;
            prefix = item.Groups[2].Value;
            atValue = true;
            key = "0";
            inItem = true;
        }
        else return null;
        int keyColumn = value.Success || keyOnly.Success ? (value.Success ? value.Groups[1].Length + value.Groups[2].Length : keyOnly.Groups[1].Length + keyOnly.Groups[2].Length) : col;

        for (int l = position.Line - 1; l >= 0 && col > 0; l--)
        {
            string above = TextDocument.LineAt(text, l);
            if (above.Trim().Length == 0 || above.TrimStart().StartsWith('#')) continue;
            var m = AnyLine().Match(above);
            if (!m.Success) continue;
            int indent = m.Groups[1].Length;
            bool dash = m.Groups[2].Length > 0;
            string? k = m.Groups[3].Success && m.Groups[3].Length > 0 ? m.Groups[3].Value : null;
            int kc = indent + m.Groups[2].Length;
            if (!inItem)
            {
                if (dash && kc == col) { path.Add("0"); col = indent; inItem = true; }
                else if (k is not null && kc < col && !dash) { path.Add(k); col = kc; }
                else if (k is not null && kc < col && dash) { path.Add(k); path.Add("0"); col = indent; inItem = true; }
                else if (kc < col) return null;
            }
            else
            {
                if (dash && indent == col) continue;
                if (k is not null && kc <= col && !dash) { path.Add(k); col = kc; inItem = false; }
                else if (k is not null && kc <= col && dash) { path.Add(k); path.Add("0"); col = indent; }
                else if (kc < col) return null;
            }
        }
        path.Reverse();
        if (!atValue) key = null;
        var siblings = atValue ? new HashSet<string>() : Siblings(text, position.Line, keyColumn);
        return new Context(path, key, atValue, prefix, keyColumn, siblings);
    }

    /// <summary>The path (keys and list indexes) of the key whose name is under the cursor, from a parsed tree.</summary>
    public static IReadOnlyList<string>? KeyAt(SyntaxTree tree, int offset)
    {
        SyntaxNode? node = tree.Root;
        var path = new List<string>();
        while (node is not null)
        {
            SyntaxNode? next = null;
            if (node is MappingNode m)
            {
                foreach (var p in m.Properties)
                {
                    if (offset >= p.NameSpan.Start && offset <= p.NameSpan.End)
                    {
                        path.Add(p.Name);
                        return path;
                    }
                    if (offset >= p.Value.Span.Start && offset <= p.Value.Span.End && p.Value is not ScalarNode)
                    {
                        path.Add(p.Name);
                        next = p.Value;
                        break;
                    }
                }
            }
            else if (node is SequenceNode s)
            {
                for (int i = 0; i < s.Items.Count; i++)
                {
                    if (offset >= s.Items[i].Span.Start && offset <= s.Items[i].Span.End && s.Items[i] is not ScalarNode)
                    {
                        path.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        next = s.Items[i];
                        break;
                    }
                }
            }
            node = next;
        }
        return null;
    }

    /// <summary>The child of a mapping (by key) or a list (by index), or null.</summary>
    public static SyntaxNode? Child(SyntaxNode? node, string segment) => node switch
    {
        MappingNode m => m[segment],
        SequenceNode s when int.TryParse(segment, out int i) && i >= 0 && i < s.Items.Count => s.Items[i],
        _ => null,
    };

    private static HashSet<string> Siblings(string text, int line, int col)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (int step in new[] { -1, 1 })
        {
            for (int l = line + step; l >= 0; l += step)
            {
                string s = TextDocument.LineAt(text, l);
                if (l > line && s.Length == 0 && TextDocument.OffsetOf(text, new Position(l, 0)) >= text.Length) break;
                if (s.Trim().Length == 0 || s.TrimStart().StartsWith('#')) continue;
                var m = AnyLine().Match(s);
                if (!m.Success) continue;
                int kc = m.Groups[1].Length + m.Groups[2].Length;
                if (kc < col || (m.Groups[2].Length > 0 && kc == col && step < 0)) { if (m.Groups[2].Length > 0 && kc == col && m.Groups[3].Success) keys.Add(m.Groups[3].Value); break; }
                if (m.Groups[2].Length > 0 && kc == col && step > 0) break;
                if (kc == col && m.Groups[3].Success && m.Groups[3].Length > 0) keys.Add(m.Groups[3].Value);
            }
        }
        return keys;
    }

    [GeneratedRegex(@"^( *)(- +)?([A-Za-z_][\w-]*):\s+(\S*)$")]
    private static partial Regex ValueLine();

    [GeneratedRegex(@"^( *)(- +)?([A-Za-z_][\w-]*)?$")]
    private static partial Regex KeyPrefix();

    [GeneratedRegex(@"^( *)- +(\S*)$")]
    private static partial Regex ItemValue();

    [GeneratedRegex(@"^( *)(- +)?(?:([A-Za-z_$][\w$-]*|""[^""]*"")\s*:(?:\s|$))?")]
    private static partial Regex AnyLine();
}
