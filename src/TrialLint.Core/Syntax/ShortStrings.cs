using System.Text;

namespace TrialLint.Syntax;

/// <summary>
/// Strings for keys and short values of JSON text, shared within a thread: a registry record repeats the same few
/// hundred keys and group ids ("groupId", "BG000", "0") thousands of times. A direct-mapped table: a slot holds the
/// last string that hashed to it.
/// </summary>
internal static class ShortStrings
{
    /// <summary>Longest key kept.</summary>
    public const int KeyLength = 48;

    /// <summary>Longest value kept.</summary>
    public const int ValueLength = 16;

    private const int Slots = 2048;

    [ThreadStatic]
    private static string?[]? t_table;

    /// <summary>The text of <paramref name="utf8"/>: from the table when it is ASCII and at most <paramref name="maxLength"/> bytes long.</summary>
    public static string Get(ReadOnlySpan<byte> utf8, int maxLength)
    {
        if (utf8.Length > maxLength) return Encoding.UTF8.GetString(utf8);
        uint hash = 2166136261;
        foreach (byte b in utf8) hash = (hash ^ b) * 16777619;
        var table = t_table ??= new string?[Slots];
        ref string? slot = ref table[hash & (Slots - 1)];
        if (slot is { } cached && Ascii.Equals(utf8, cached)) return cached;
        string text = Encoding.UTF8.GetString(utf8);
        if (Ascii.IsValid(utf8)) slot = text;
        return text;
    }
}
