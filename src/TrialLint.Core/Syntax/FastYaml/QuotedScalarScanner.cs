using System.Text;

namespace TrialLint.Syntax.FastYaml;

/// <summary>
/// Reads a single- or double-quoted scalar that closes on the line it opens on, unescaping as YamlDotNet does.
/// A quoted scalar that runs on to the next line (its folding has rules of its own), a <c>\U</c> escape and an
/// escape that would give half of a surrogate pair are left to YamlDotNet, as is any escape YAML does not define.
/// </summary>
internal static class QuotedScalarScanner
{
    /// <summary>
    /// Reads the quoted scalar whose opening quote is at <paramref name="start"/>; false when the fast path
    /// leaves it to YamlDotNet. <paramref name="buffer"/> is scratch space for unescaping.
    /// </summary>
    public static bool TryScan(string text, int start, StringBuilder buffer, out ScannedScalar scalar)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        scalar = default;
        char quote = text[start];
        // The common case: no escape, so the value is a slice of the text.
        int stop = text.AsSpan(start + 1).IndexOfAny(quote, quote == '"' ? '\\' : '\'', '\n');
        if (stop < 0) return false;
        stop += start + 1;
        if (text[stop] == '\n') return false;
        if (text[stop] == quote && !(quote == '\'' && stop + 1 < text.Length && text[stop + 1] == '\''))
        {
            scalar = new ScannedScalar(text.Substring(start + 1, stop - start - 1), start, stop + 1, IsPlain: false);
            return true;
        }
        buffer.Clear();
        buffer.Append(text, start + 1, stop - start - 1);
        int end = quote == '\'' ? UnescapeSingle(text, stop, buffer) : UnescapeDouble(text, stop, buffer);
        if (end < 0) return false;
        scalar = new ScannedScalar(buffer.ToString(), start, end, IsPlain: false);
        return true;
    }

    /// <summary>Appends the rest of a single-quoted scalar from <paramref name="i"/>; returns the offset past the closing quote, or -1.</summary>
    private static int UnescapeSingle(string text, int i, StringBuilder value)
    {
        while (i < text.Length && text[i] is not ('\n' or '\r'))
        {
            if (text[i] == '\'')
            {
                if (i + 1 < text.Length && text[i + 1] == '\'')
                {
                    value.Append('\'');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            value.Append(text[i++]);
        }
        return -1;
    }

    /// <summary>Appends the rest of a double-quoted scalar from <paramref name="i"/>; returns the offset past the closing quote, or -1.</summary>
    private static int UnescapeDouble(string text, int i, StringBuilder value)
    {
        while (i < text.Length && text[i] is not ('\n' or '\r'))
        {
            char c = text[i];
            if (c == '"') return i + 1;
            if (c != '\\')
            {
                value.Append(c);
                i++;
                continue;
            }
            if (i + 1 >= text.Length) return -1;
            char code = text[i + 1];
            int hexDigits = code switch { 'x' => 2, 'u' => 4, _ => 0 };
            if (hexDigits == 0)
            {
                char? simple = SimpleEscape(code);
                if (simple is null) return -1;
                value.Append(simple.Value);
                i += 2;
                continue;
            }
            int codePoint = ParseHex(text, i + 2, hexDigits);
            if (codePoint < 0 || codePoint is >= 0xD800 and <= 0xDFFF) return -1;
            value.Append((char)codePoint);
            i += 2 + hexDigits;
        }
        return -1;
    }

    /// <summary>The value of <paramref name="count"/> hex digits at <paramref name="start"/>, or -1 when they are not all hex digits.</summary>
    private static int ParseHex(string text, int start, int count)
    {
        if (start + count > text.Length) return -1;
        int value = 0;
        for (int k = start; k < start + count; k++)
        {
            char c = text[k];
            if (!char.IsAsciiHexDigit(c)) return -1;
            value = (value << 4) + (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        }
        return value;
    }

    /// <summary>The character a one-letter escape such as <c>\n</c> stands for (YAML 1.2, section 5.7), or null.</summary>
    private static char? SimpleEscape(char code) => code switch
    {
        '0' => '\0',
        'a' => '\a',
        'b' => '\b',
        't' => '\t',
        'n' => '\n',
        'v' => '\v',
        'f' => '\f',
        'r' => '\r',
        'e' => '\x1B',
        ' ' => ' ',
        '"' => '"',
        '\\' => '\\',
        '/' => '/',
        'N' => '\x85',
        '_' => '\xA0',
        'L' => '\u2028',
        'P' => '\u2029',
        _ => null,
    };
}
