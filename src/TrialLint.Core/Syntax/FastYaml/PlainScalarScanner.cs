namespace TrialLint.Syntax.FastYaml;

/// <summary>
/// Reads a plain (unquoted) scalar that fits on one line, by YamlDotNet's rules: it ends at <c>": "</c> (or a
/// colon at the end of the line), at a comment (<c>" #"</c>) or at the line's end, and in a flow collection also at
/// <c>, [ ] { }</c>; trailing spaces are not part of it. A plain scalar that goes on to the next line is not read
/// here: the block reader sees the more-indented line and gives up.
/// </summary>
internal static class PlainScalarScanner
{
    /// <summary>The indicators that cannot start a plain scalar (YAML 1.2, section 7.3.3).</summary>
    private const string Indicators = "-?:,[]{}#&*!|>'\"%@`";

    /// <summary>The characters that end a plain scalar inside a flow collection.</summary>
    private const string FlowIndicators = ",[]{}";

    /// <summary>
    /// Whether a plain scalar the fast path reads starts at <paramref name="i"/>. A <c>-</c> followed by a
    /// non-blank starts one (<c>-4.1</c>); <c>?</c> and <c>:</c> could too, but are left to YamlDotNet.
    /// </summary>
    public static bool CanStart(string text, int i, bool inFlow)
    {
        if (YamlChars.IsBlankOrEnd(text, i)) return false;
        char c = text[i];
        if (c == '-')
        {
            // YamlDotNet reports "-[" and the like inside a flow collection as an error.
            return !YamlChars.IsBlankOrEnd(text, i + 1) && !(inFlow && FlowIndicators.Contains(text[i + 1], StringComparison.Ordinal));
        }
        return !Indicators.Contains(c, StringComparison.Ordinal);
    }

    /// <summary>
    /// Reads the plain scalar starting at <paramref name="start"/> (where <see cref="CanStart"/> said yes) and returns
    /// the offset just past its last non-space character, or -1 when a <c>#</c> inside a word of a flow collection
    /// makes the fast path unsure. Where it stopped is for the caller to look at, after skipping spaces.
    /// </summary>
    public static int Scan(string text, int start, bool inFlow)
    {
        int i = start;
        while (true)
        {
            // One word: non-blank characters.
            while (!YamlChars.IsBlankOrEnd(text, i))
            {
                char c = text[i];
                if (c == ':' && (YamlChars.IsBlankOrEnd(text, i + 1) || (inFlow && i + 1 < text.Length && text[i + 1] == ','))) return i;
                if (inFlow && FlowIndicators.Contains(c, StringComparison.Ordinal)) return i;
                if (inFlow && c == '#') return -1;
                i++;
            }
            int end = i;
            while (i < text.Length && text[i] == ' ') i++;
            // A comment ends the scalar; so does the line (continuation lines are not read here).
            if (YamlChars.IsLineEnd(text, i) || text[i] == '#') return end;
            if (inFlow && (FlowIndicators.Contains(text[i], StringComparison.Ordinal) || text[i] == ':')) return end;
            if (text[i] == ':' && YamlChars.IsBlankOrEnd(text, i + 1)) return end;
        }
    }
}
