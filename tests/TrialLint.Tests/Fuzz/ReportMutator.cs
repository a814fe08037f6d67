using System.Text;

namespace TrialLint.Tests.Fuzz;

/// <summary>
/// Makes hostile variants of real inputs (the seeds, the rule fixtures, registry records), seeded so that every
/// variant can be made again from its seed and number. Each variant applies one to three mutations, at the level a
/// broken file breaks: bytes (invalid UTF-8, a byte flipped, a range cut or repeated, the file truncated), YAML and JSON
/// syntax (an indicator or a flow bracket put in, a document marker, an alias, a tab, NEL or a lone surrogate escape),
/// lines (swapped, repeated, re-indented, spliced in from another input) and values (numbers at and past every limit,
/// dates that do not exist, values of other types).
/// </summary>
public sealed class ReportMutator
{
    private static readonly string[] Tokens =
    [
        "{", "}", "[", "]", ":", ": ", "- ", "-", ",", "?", "*a", "&a ", "!", "!!binary ", "|", ">", "#", "'", "\"", "\\",
        "\t", "\r", "\n", "\u0085", "\u2028", "\u202e", "\u0000", "\ufeff", "...", "---\n", "... x\n", "%YAML 1.2\n",
        "\\ud800", "\\udc00", "\\u0000", "<<: *a\n", "~", "null", ".nan", ".inf", "-.inf", "0x1F", "0o17", "1_000",
    ];

    private static readonly string[] Values =
    [
        "-1", "0", "1", "1.5", "-0", "1e300", "-1e300", "1e-300", "79228162514264337593543950336", "9223372036854775807",
        "-9223372036854775808", "18446744073709551616", "NaN", "Infinity", "true", "false", "null", "[]", "{}", "\"\"",
        "\"2023-02-30\"", "\"2024-13-45\"", "\"0000-00-00\"", "\"9999-12-31\"", "\"x\"", "[1, [2, [3]]]", "{a: {b: {c: 1}}}",
        "\"NCT0000000\"", "\"a\\ud800b\"", "'''", "\"", "&x 1", "*x", "!!str 1", "0.000000000000000000001",
    ];

    private readonly IReadOnlyList<byte[]> _corpus;

    /// <summary>Creates a mutator over <paramref name="corpus"/> (the bytes of each input).</summary>
    public ReportMutator(IReadOnlyList<byte[]> corpus)
    {
        ArgumentOutOfRangeException.ThrowIfZero(corpus.Count);
        _corpus = corpus;
    }

    /// <summary>Variant number <paramref name="index"/> of run <paramref name="seed"/>: which input it starts from, and its bytes.</summary>
    public (int Input, byte[] Bytes) Make(int seed, int index)
    {
        var random = new Random(HashCode.Combine(seed, index));
        int input = random.Next(_corpus.Count);
        byte[] bytes = _corpus[input];
        int mutations = 1 + random.Next(3);
        for (int m = 0; m < mutations; m++) bytes = Mutate(bytes, random);
        return (input, bytes);
    }

    private byte[] Mutate(byte[] bytes, Random random)
    {
        switch (random.Next(12))
        {
            case 0: return FlipByte(bytes, random);
            case 1: return Splice(bytes, random.Next(bytes.Length + 1), 0, [(byte)random.Next(256)]);
            case 2: return CutRange(bytes, random);
            case 3: return RepeatRange(bytes, random);
            case 4: return bytes.Length == 0 ? bytes : bytes[..random.Next(bytes.Length)];
            default: break;
        }
        // The rest work on text (the bytes of a variant already broken may not be UTF-8: replacement characters are fine).
        string text = Encoding.UTF8.GetString(bytes);
        var lines = text.Split('\n').ToList();
        switch (random.Next(7))
        {
            case 0:
                text = text.Insert(random.Next(text.Length + 1), Tokens[random.Next(Tokens.Length)]);
                break;
            case 1:
                text = ReplaceValue(text, random);
                break;
            case 2 when lines.Count > 1:
                int a = random.Next(lines.Count), b = random.Next(lines.Count);
                (lines[a], lines[b]) = (lines[b], lines[a]);
                text = string.Join('\n', lines);
                break;
            case 3 when lines.Count > 0:
                int line = random.Next(lines.Count);
                lines.Insert(line, lines[line]);
                text = string.Join('\n', lines);
                break;
            case 4 when lines.Count > 0:
                int shifted = random.Next(lines.Count);
                lines[shifted] = random.Next(2) == 0 ? "  " + lines[shifted] : lines[shifted].TrimStart();
                text = string.Join('\n', lines);
                break;
            case 5:
                // Lines from another input, dropped in at a line boundary: a YAML report gets JSON and the other way round.
                var other = Encoding.UTF8.GetString(_corpus[random.Next(_corpus.Count)]).Split('\n');
                int from = random.Next(other.Length), count = 1 + random.Next(Math.Min(20, other.Length - from));
                lines.InsertRange(random.Next(lines.Count + 1), other.Skip(from).Take(count));
                text = string.Join('\n', lines);
                break;
            default:
                // Many copies of one line: long lists, repeated keys.
                if (lines.Count == 0) break;
                int copied = random.Next(lines.Count);
                lines.InsertRange(copied, Enumerable.Repeat(lines[copied], 2 + random.Next(200)));
                text = string.Join('\n', lines);
                break;
        }
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>A value after a "key: " (YAML) or "key": (JSON) replaced by a hostile one.</summary>
    private static string ReplaceValue(string text, Random random)
    {
        if (text.Length == 0) return Values[random.Next(Values.Length)];
        int start = text.IndexOf(':', random.Next(text.Length));
        if (start < 0) start = text.IndexOf(':');
        if (start < 0) return text + Values[random.Next(Values.Length)];
        int end = text.IndexOfAny(['\n', ',', '}'], start + 1);
        if (end < 0) end = text.Length;
        return string.Concat(text.AsSpan(0, start + 1), " ", Values[random.Next(Values.Length)], text.AsSpan(end));
    }

    private static byte[] FlipByte(byte[] bytes, Random random)
    {
        if (bytes.Length == 0) return bytes;
        var copy = (byte[])bytes.Clone();
        copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        return copy;
    }

    private static byte[] CutRange(byte[] bytes, Random random)
    {
        if (bytes.Length == 0) return bytes;
        int start = random.Next(bytes.Length);
        return Splice(bytes, start, 1 + random.Next(Math.Min(200, bytes.Length - start)), []);
    }

    private static byte[] RepeatRange(byte[] bytes, Random random)
    {
        if (bytes.Length == 0) return bytes;
        int start = random.Next(bytes.Length);
        int length = 1 + random.Next(Math.Min(200, bytes.Length - start));
        return Splice(bytes, start, 0, bytes.AsSpan(start, length).ToArray());
    }

    private static byte[] Splice(byte[] bytes, int at, int remove, byte[] insert)
    {
        var result = new byte[bytes.Length - remove + insert.Length];
        bytes.AsSpan(0, at).CopyTo(result);
        insert.CopyTo(result.AsSpan(at));
        bytes.AsSpan(at + remove).CopyTo(result.AsSpan(at + insert.Length));
        return result;
    }
}
