using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TrialLint.Engine;

/// <summary>
/// One part of a run split N ways (<c>--shard I/N</c>), for a CI matrix or several machines. What belongs to a shard
/// is decided by a hash of its name alone (SHA-256 of the path with '/' separators; for an archive entry
/// <c>archive.zip/entry.json</c>, for an NDJSON line <c>file.jsonl:LINE</c>), so the shards are disjoint and together
/// cover the run, and an item's shard does not depend on which other items exist or in what order they come.
/// </summary>
public sealed record Shard(int Index, int Count)
{
    /// <summary>Reads <c>I/N</c> with 1 &lt;= I &lt;= N; null when the text is not that.</summary>
    public static Shard? Parse(string? text)
    {
        var parts = (text ?? "").Split('/');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count)
            && count >= 1 && index >= 1 && index <= count ? new Shard(index, count) : null;
    }

    /// <summary>The shard (1-based) of an item named <paramref name="key"/> when the run is split <paramref name="count"/> ways.</summary>
    public static int Of(string key, int count)
    {
        ArgumentNullException.ThrowIfNull(key);
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(key.Replace('\\', '/')));
        return (int)(BitConverter.ToUInt32(hash, 0) % (uint)count) + 1;
    }

    /// <summary>Whether the item named <paramref name="key"/> belongs to this shard.</summary>
    public bool Contains(string key) => Count == 1 || Of(key, Count) == Index;

    /// <inheritdoc/>
    public override string ToString() => $"{Index}/{Count}";
}
