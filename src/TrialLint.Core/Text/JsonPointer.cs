using System.Text;

namespace TrialLint.Text;

/// <summary>
/// An RFC 6901 JSON Pointer such as <c>/flow/periods/0/groups/1/analysed</c>. It names a node independently of
/// line numbers, so findings, baselines and suppressions keep matching when unrelated lines move.
/// </summary>
public readonly struct JsonPointer : IEquatable<JsonPointer>
{
    private readonly string? _value;

    private JsonPointer(string value) => _value = value;

    /// <summary>The pointer to the document root (the empty string).</summary>
    public static JsonPointer Root => default;

    /// <summary>Whether this is the root pointer.</summary>
    public bool IsRoot => string.IsNullOrEmpty(_value);

    /// <summary>Returns the pointer to the member <paramref name="name"/> of the object this pointer names.</summary>
    public JsonPointer Append(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new JsonPointer((_value ?? string.Empty) + "/" + Escape(name));
    }

    /// <summary>Returns the pointer to item <paramref name="index"/> of the array this pointer names.</summary>
    public JsonPointer Append(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return new JsonPointer((_value ?? string.Empty) + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A pointer from text already known to be one (built by <see cref="Append(string)"/>), without checking it again.</summary>
    internal static JsonPointer FromText(string text) => new(text);

    /// <summary>Parses a pointer such as <c>/arms/0/id</c>; the empty string is the root.</summary>
    public static JsonPointer Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text[0] != '/') throw new FormatException($"A JSON Pointer starts with '/': '{text}'.");
        return new JsonPointer(text);
    }

    /// <summary>The unescaped reference tokens of the pointer, outermost first.</summary>
    public IReadOnlyList<string> Segments =>
        IsRoot ? [] : _value!.Substring(1).Split('/').Select(Unescape).ToArray();

    private static string Escape(string name) =>
        name.Contains('~') || name.Contains('/') ? name.Replace("~", "~0").Replace("/", "~1") : name;

    private static string Unescape(string token) =>
        token.Contains('~') ? new StringBuilder(token).Replace("~1", "/").Replace("~0", "~").ToString() : token;

    /// <inheritdoc/>
    public bool Equals(JsonPointer other) => string.Equals(_value ?? "", other._value ?? "", StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is JsonPointer other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_value ?? "");

    /// <summary>The pointer text; the root is the empty string.</summary>
    public override string ToString() => _value ?? string.Empty;

    /// <summary>Compares two pointers by value.</summary>
    public static bool operator ==(JsonPointer left, JsonPointer right) => left.Equals(right);

    /// <summary>Compares two pointers by value.</summary>
    public static bool operator !=(JsonPointer left, JsonPointer right) => !left.Equals(right);
}
