using System.Text;

namespace TrialLint.Syntax.FastYaml;

/// <summary>
/// Reads a literal (<c>|</c>) or folded (<c>&gt;</c>) block scalar with its chomping (<c>-</c>, <c>+</c>) and
/// indentation indicators. The algorithm follows YamlDotNet's scanner step by step (indentation detection,
/// folding, chomping, and where the scalar's span ends: at the start of the first line after it), because the
/// tree must match that path to the character; where YamlDotNet reports an error this reader gives up.
/// </summary>
internal static class BlockScalarScanner
{
    /// <summary>
    /// Reads the block scalar whose indicator is at <paramref name="start"/>, inside a block collection indented
    /// <paramref name="indent"/> columns. On success <paramref name="next"/> is where reading goes on (after the
    /// indentation of the first line that is not part of the scalar) and <paramref name="nextLineStart"/> the start
    /// of that line. <paramref name="buffer"/> is scratch space for the value.
    /// </summary>
    public static bool TryScan(string text, int start, int indent, StringBuilder buffer, out ScannedScalar scalar, out int next, out int nextLineStart)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        scalar = default;
        next = nextLineStart = 0;
        bool literal = text[start] == '|';
        int i = start + 1;
        if (!TryReadHeader(text, ref i, out int chomping, out int increment)) return false;

        // The header line ends here.
        bool? isFirstLine = null;
        int lineStart = -1;
        if (i < text.Length)
        {
            i = YamlChars.SkipLineBreak(text, i);
            isFirstLine = true;
            lineStart = i;
        }
        if (lineStart < 0) return false; // the text ends on the header line: leave that rarity to YamlDotNet
        int end = i;
        int contentIndent = increment != 0 ? indent + increment : 0;
        int trailingBreaks = 0;
        var cursor = new Cursor(text, i, lineStart);
        if (!TryScanBreaks(ref cursor, ref contentIndent, ref trailingBreaks, literal, ref end, ref isFirstLine, indent)) return false;
        isFirstLine = false;

        buffer.Clear();
        bool leadingBreak = false, leadingBlank = false;
        while (cursor.Column == contentIndent && cursor.Pos < text.Length)
        {
            bool trailingBlank = text[cursor.Pos] == ' ';
            if (!literal && leadingBreak && !leadingBlank && !trailingBlank)
            {
                // Folding: one line break between two lines of text becomes a space; blank lines stay breaks.
                if (trailingBreaks == 0) buffer.Append(' ');
            }
            else if (leadingBreak)
            {
                buffer.Append('\n');
            }
            leadingBreak = false;
            buffer.Append('\n', trailingBreaks);
            trailingBreaks = 0;
            leadingBlank = text[cursor.Pos] == ' ';

            int lineEnd = YamlChars.LineEnd(text, cursor.Pos);
            buffer.Append(text, cursor.Pos, lineEnd - cursor.Pos);
            cursor.Pos = lineEnd;
            if (lineEnd < text.Length)
            {
                cursor.NextLine();
                leadingBreak = true;
            }
            if (!TryScanBreaks(ref cursor, ref contentIndent, ref trailingBreaks, literal, ref end, ref isFirstLine, indent)) return false;
        }

        // Chomping: strip (-) drops the final break, clip (default) keeps one, keep (+) keeps the blank lines too.
        if (chomping != -1 && leadingBreak) buffer.Append('\n');
        if (chomping == 1) buffer.Append('\n', trailingBreaks);
        scalar = new ScannedScalar(buffer.ToString(), start, end, IsPlain: false);
        next = cursor.Pos;
        nextLineStart = cursor.LineStart;
        return true;
    }

    /// <summary>Reads the indicators after <c>|</c> or <c>&gt;</c> and the rest of the header line (spaces and a comment).</summary>
    private static bool TryReadHeader(string text, ref int i, out int chomping, out int increment)
    {
        chomping = 0;
        increment = 0;
        // The chomping and indentation indicators come in either order.
        bool chompingFirst = TryReadChomping(text, ref i, ref chomping);
        if (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            increment = text[i++] - '0';
            if (increment == 0) return false; // an indentation indicator of 0 is an error
        }
        if (!chompingFirst) TryReadChomping(text, ref i, ref chomping);
        if (i < text.Length && text[i] == '#') return false; // a comment needs a space before it here
        while (i < text.Length && text[i] == ' ') i++;
        if (i < text.Length && text[i] == '#') i = YamlChars.LineEnd(text, i);
        return YamlChars.IsLineEnd(text, i);
    }

    private static bool TryReadChomping(string text, ref int i, ref int chomping)
    {
        if (i >= text.Length || text[i] is not ('+' or '-')) return false;
        chomping = text[i++] == '+' ? 1 : -1;
        return true;
    }

    /// <summary>
    /// Skips the indentation and the empty lines before the next line of content (counting them in
    /// <paramref name="breaks"/>), works out the content's indentation on the first call, and moves
    /// <paramref name="end"/> to the start of the last line reached. False where YamlDotNet reports an error.
    /// </summary>
    private static bool TryScanBreaks(ref Cursor cursor, ref int contentIndent, ref int breaks, bool literal, ref int end, ref bool? isFirstLine, int indent)
    {
        string text = cursor.Text;
        int maxIndent = 0;
        int indentOfFirstLine = -1;
        end = cursor.Pos;
        while (true)
        {
            while ((contentIndent == 0 || cursor.Column < contentIndent) && cursor.Pos < text.Length && text[cursor.Pos] == ' ') cursor.Pos++;
            if (cursor.Column > maxIndent) maxIndent = cursor.Column;
            if (YamlChars.IsLineEnd(text, cursor.Pos) && cursor.Pos < text.Length)
            {
                if (isFirstLine == true)
                {
                    isFirstLine = false;
                    indentOfFirstLine = cursor.Column;
                }
                breaks++;
                cursor.NextLine();
                end = cursor.Pos;
                continue;
            }
            if (literal && isFirstLine == true)
            {
                // A first line of nothing but spaces, more of them than the content's indentation, is an error (W9L4).
                int k = cursor.Pos;
                while (k < text.Length && text[k] == ' ') k++;
                if (k < text.Length && YamlChars.IsLineEnd(text, k) && k - cursor.LineStart > cursor.Column)
                {
                    isFirstLine = false;
                    indentOfFirstLine = k - cursor.LineStart;
                }
            }
            break;
        }
        if (literal && indentOfFirstLine > 1 && contentIndent < indentOfFirstLine - 1) return false;
        if (!literal && maxIndent > cursor.Column && indentOfFirstLine > -1) return false;
        if (contentIndent == 0) contentIndent = Math.Max(maxIndent, Math.Max(indent + 1, 1));
        return true;
    }

    /// <summary>A position in the text and the start of its line, so the column is at hand.</summary>
    private struct Cursor(string text, int pos, int lineStart)
    {
        public readonly string Text = text;
        public int Pos = pos;
        public int LineStart = lineStart;

        public readonly int Column => Pos - LineStart;

        /// <summary>Steps over the line break at <see cref="Pos"/>.</summary>
        public void NextLine()
        {
            Pos = YamlChars.SkipLineBreak(Text, Pos);
            LineStart = Pos;
        }
    }
}
