using System.Text;
using TrialLint.Diagnostics;
using TrialLint.Text;

namespace TrialLint.Syntax;

/// <summary>
/// Turns the bytes of a file into a <see cref="SourceText"/>, or into a finding that says why they are not a
/// UTF-8 text report (binary content, UTF-16, invalid UTF-8). A UTF-8 byte-order mark is dropped, so columns
/// count from the first real character.
/// </summary>
public static class SourceDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>; returns null and sets <paramref name="diagnostic"/> when they are not UTF-8 text.</summary>
    public static SourceText? Decode(string path, ReadOnlySpan<byte> bytes, out Diagnostic? diagnostic)
    {
        ArgumentNullException.ThrowIfNull(path);
        diagnostic = null;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            diagnostic = NotText(path, "it is saved as UTF-16; save it as UTF-8", 1);
            return null;
        }
        bytes = WithoutByteOrderMark(bytes);

        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostic = NotText(path, "it contains binary data (a NUL byte)", LineOf(bytes, nul));
            return null;
        }
        try
        {
            return new SourceText(path, StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException ex)
        {
            int at = ex.Index >= 0 ? ex.Index : 0;
            // The exception's index is relative to the bytes it was given; find the real offset when it is not.
            int bad = FindInvalidUtf8(bytes);
            if (bad >= 0) at = bad;
            string value = at < bytes.Length ? $"0x{bytes[at]:X2}" : "a truncated sequence";
            diagnostic = NotText(path, $"the byte {value} is not valid UTF-8; save the file as UTF-8", LineOf(bytes, at));
            return null;
        }
    }

    /// <summary>The bytes without a UTF-8 byte-order mark: those the decoded text is the exact encoding of.</summary>
    internal static ReadOnlySpan<byte> WithoutByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? bytes[3..] : bytes;

    private static Diagnostic NotText(string path, string reason, int line) =>
        Diagnostic.Create(InputDiagnostics.NotText, new Location(path, line, 1, line, 1, JsonPointer.Root), ("reason", reason));

    private static int LineOf(ReadOnlySpan<byte> bytes, int offset) =>
        bytes[..Math.Min(offset, bytes.Length)].Count((byte)'\n') + 1;

    private static int FindInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        int offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out int consumed);
            if (status != System.Buffers.OperationStatus.Done) return offset;
            offset += consumed;
        }
        return -1;
    }
}
