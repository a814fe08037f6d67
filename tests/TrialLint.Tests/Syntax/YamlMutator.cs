using System.Text;

namespace TrialLint.Tests.Syntax;

/// <summary>
/// Makes small hostile edits to YAML text, deterministically from a <see cref="Random"/>: characters deleted,
/// YAML indicators and odd characters inserted (often next to the structure: colons, dashes, quotes, line
/// starts), indentation changed, trailing spaces, CRLF and lone CR line breaks, lines doubled, swapped or dropped.
/// </summary>
public static class YamlMutator
{
    private static readonly string[] Insertions =
    [
        ":", ": ", "#", " #", "'", "\"", "|", ">", "|-", ">+", "|2", "-", "- ", "\t", " ", "  ", "\n", "\r\n", "\r",
        "{", "}", "[", "]", ",", ", ", "&a ", "*a", "!", "!!str ", "?", "? ", "%", "@", "`", "\\", "\\x4", "\\u00e9",
        "\\U0001F600", "\\n", "''", "é", "\u00A0", "\u2028", "\u0085", "\uFEFF", "\U0001F600", "\u0007", "---", "...",
        "--- ", "~", "0x1F", "1e3", ".5", "-.5", "+1", "null", "true", "a: b", "- a: b", "\n  ", "\n- ", "\nkey: ",
    ];

    /// <summary>Characters next to which an edit is most likely to change how YAML reads the text.</summary>
    private const string Structure = ":-#'\"|>[]{},\n ";

    /// <summary>Returns <paramref name="text"/> with one to three edits.</summary>
    public static string Mutate(Random random, string text)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(text);
        int edits = random.Next(1, 4);
        for (int e = 0; e < edits && text.Length > 0; e++) text = Edit(random, text);
        return text;
    }

    private static string Edit(Random random, string text)
    {
        int at = Position(random, text);
        switch (random.Next(10))
        {
            case 0:
                return text.Remove(at, 1);
            case 1:
            case 2:
            case 3:
                return text.Insert(at, Insertions[random.Next(Insertions.Length)]);
            case 4:
                return text.Remove(at, 1).Insert(at, Insertions[random.Next(Insertions.Length)]);
            case 5:
                return Reindent(random, text);
            case 6:
                return EditLine(random, text, (lines, i) => lines[i] += new string(' ', random.Next(1, 4)));
            case 7:
                return random.Next(2) == 0 ? text.Replace("\n", "\r\n") : ReplaceOne(text, at, "\n", "\r\n");
            case 8:
                return EditLine(random, text, (lines, i) =>
                {
                    if (i + 1 < lines.Count) (lines[i], lines[i + 1]) = (lines[i + 1], lines[i]);
                });
            default:
                return EditLine(random, text, (lines, i) =>
                {
                    if (random.Next(2) == 0) lines.Insert(i, lines[i]);
                    else lines.RemoveAt(i);
                });
        }
    }

    /// <summary>Half the time anywhere, else next to a structural character.</summary>
    private static int Position(Random random, string text)
    {
        int at = random.Next(text.Length);
        if (random.Next(2) == 0) return at;
        int near = text.AsSpan(at).IndexOfAny(Structure);
        return near < 0 ? at : Math.Min(at + near + random.Next(2), text.Length - 1);
    }

    private static string Reindent(Random random, string text) => EditLine(random, text, (lines, i) =>
    {
        int shift = random.Next(2) == 0 ? -random.Next(1, 3) : random.Next(1, 3);
        lines[i] = shift > 0 ? new string(' ', shift) + lines[i] : lines[i][Math.Min(-shift, lines[i].Length - lines[i].TrimStart(' ').Length)..];
    });

    private static string EditLine(Random random, string text, Action<List<string>, int> edit)
    {
        var lines = text.Split('\n').ToList();
        edit(lines, random.Next(lines.Count));
        return string.Join('\n', lines);
    }

    private static string ReplaceOne(string text, int from, string what, string with)
    {
        int i = text.IndexOf(what, Math.Min(from, text.Length), StringComparison.Ordinal);
        return i < 0 ? text : new StringBuilder(text).Remove(i, what.Length).Insert(i, with).ToString();
    }
}
