using TrialLint.Text;

namespace TrialLint.Syntax;

/// <summary>
/// Where a piece of a text value is in the source: a word inside a plain, quoted, literal (<c>|</c>) or folded
/// (<c>&gt;</c>) YAML scalar, or a JSON string, so a finding about one number in a paragraph underlines that number
/// rather than the whole paragraph. The value and its source are walked side by side: line folding, indentation
/// and escapes are whitespace or one character of the value; the piece found is checked to be written in the
/// source exactly as in the value, and anything else gives no span.
/// </summary>
public static class ScalarText
{
    /// <summary>
    /// The span in <paramref name="source"/> of the characters <paramref name="start"/> to
    /// <paramref name="start"/> + <paramref name="length"/> of <paramref name="node"/>'s value, or null when they
    /// cannot be found written as they are (an escape inside them, a value the walk cannot follow).
    /// </summary>
    public static TextSpan? SpanOf(SourceText source, ScalarNode node, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(node);
        string value = node.Value;
        string text = source.Text;
        if (start < 0 || length <= 0 || start + length > value.Length || node.Span.End > text.Length) return null;
        int j = node.Span.Start, end = node.Span.End;
        if (j >= end) return null;
        char first = text[j];
        bool doubleQuoted = first == '"', singleQuoted = first == '\'';
        if (doubleQuoted || singleQuoted)
        {
            j++;
        }
        else if (first is '|' or '>')
        {
            // A block scalar: its value starts on the line after the header.
            int lineBreak = text.IndexOf('\n', j, end - j);
            if (lineBreak < 0) return null;
            j = lineBreak + 1;
        }

        int spanStart = -1;
        for (int i = 0; i < start + length; i++)
        {
            char c = value[i];
            if (i == start) spanStart = -2; // set when the first character is matched
            if (char.IsWhiteSpace(c))
            {
                // One or more characters of whitespace in the value: the source's whitespace, line breaks,
                // indentation and whitespace escapes (\n, \t, an escaped line break).
                if (i >= start) return null; // the piece itself must be written on one line, as it is
                while (j < end)
                {
                    if (char.IsWhiteSpace(text[j])) j++;
                    else if (doubleQuoted && text[j] == '\\' && j + 1 < end && (text[j + 1] is 'n' or 't' or 'r' or ' ' or '_' or 'L' or 'P' or '\n' or '\r')) j += 2;
                    else break;
                }
                continue;
            }
            while (j < end && char.IsWhiteSpace(text[j])) j++;
            if (j >= end) return null;
            int matched = j;
            if (text[j] == c)
            {
                j++;
                if (singleQuoted && c == '\'' && j < end && text[j] == '\'') j++;
            }
            else if (doubleQuoted && text[j] == '\\' && j + 1 < end)
            {
                j += text[j + 1] switch { 'x' => 4, 'u' => 6, 'U' => 10, _ => 2 };
            }
            else
            {
                return null;
            }
            if (spanStart == -2) spanStart = matched;
        }
        if (spanStart < 0 || j > end) return null;
        var span = TextSpan.FromBounds(spanStart, j);
        return string.CompareOrdinal(text, span.Start, value, start, length) == 0 && span.Length == length ? span : null;
    }
}
