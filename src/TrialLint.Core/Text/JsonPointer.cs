using System.Text;

namespace TrialLint.Text;

/// <summary>
/// An RFC 6901 JSON Pointer such as <c>/flow/periods/0/groups/1/analysed</c>. It names a node independently of
/// line numbers, so findings, baselines and suppressions keep matching when unrelated lines move.
/// </summary>
public readonly struct JsonPointer : IEquatable<JsonPointer>
{
    // The pointer's text, or something that builds it when first needed (a node of a parsed record, which knows its
    // parent): the registry mapper keeps the pointer of every value it maps, and findings need few of them.
    private readonly object? _value;

    private JsonPointer(string value) => _value = value;

    private JsonPointer(IPointerText source) => _value = source;

    private string? Value => _value as string ?? (_value as IPointerText)?.PointerText;

    /// <summary>The pointer to the document root (the empty string).</summary>
    public static JsonPointer Root => default;

    /// <summary>Whether this is the root pointer.</summary>
    public bool IsRoot => _value is null || (_value is IPointerText source ? source.IsRoot : ((string)_value).Length == 0);

    /// <summary>Returns the pointer to the member <paramref name="name"/> of the object this pointer names.</summary>
    public JsonPointer Append(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new JsonPointer((Value ?? string.Empty) + "/" + Escape(name));
    }

    /// <summary>Returns the pointer to item <paramref name="index"/> of the array this pointer names.</summary>
    public JsonPointer Append(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return new JsonPointer((Value ?? string.Empty) + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// <see cref="Append(string)"/>, with the text built when first needed: the registry mapper notes where every
    /// absent field would be, and findings need few of those places.
    /// </summary>
    internal JsonPointer AppendLazily(string name) => new(new AppendedPointer(this, name));

    /// <summary>A pointer from text already known to be one (built by <see cref="Append(string)"/>), without checking it again.</summary>
    internal static JsonPointer FromText(string text) => new(text);

    /// <summary>A pointer whose text <paramref name="source"/> builds when it is first needed.</summary>
    internal static JsonPointer Of(IPointerText source) => new(source);

    /// <summary>Parses a pointer such as <c>/arms/0/id</c>; the empty string is the root.</summary>
    public static JsonPointer Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text[0] != '/') throw new FormatException($"A JSON Pointer starts with '/': '{text}'.");
        return new JsonPointer(text);
    }

    /// <summary>The unescaped reference tokens of the pointer, outermost first.</summary>
    public IReadOnlyList<string> Segments =>
        IsRoot ? [] : Value!.Substring(1).Split('/').Select(Unescape).ToArray();

    private static string Escape(string name) =>
        name.Contains('~') || name.Contains('/') ? name.Replace("~", "~0").Replace("/", "~1") : name;

    private static string Unescape(string token) =>
        token.Contains('~') ? new StringBuilder(token).Replace("~1", "/").Replace("~0", "~").ToString() : token;

    /// <inheritdoc/>
    public bool Equals(JsonPointer other) =>
        ReferenceEquals(_value, other._value)
        || (_value is IPointerText a && other._value is IPointerText b && a.SameAs(b))
        || string.Equals(Value ?? "", other.Value ?? "", StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is JsonPointer other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value ?? "");

    /// <summary>The pointer text; the root is the empty string.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Compares two pointers by value.</summary>
    public static bool operator ==(JsonPointer left, JsonPointer right) => left.Equals(right);

    /// <summary>Compares two pointers by value.</summary>
    public static bool operator !=(JsonPointer left, JsonPointer right) => !left.Equals(right);
}

/// <summary>A member of a pointer, spelled out when first read.</summary>
internal sealed class AppendedPointer(JsonPointer parent, string name) : IPointerText
{
    private string? _text;

    public string PointerText => _text ??= parent.Append(name).ToString();

    public bool IsRoot => false;
}

/// <summary>Something that knows its JSON Pointer and builds its text only when asked (see <see cref="JsonPointer.Of"/>).</summary>
internal interface IPointerText
{
    /// <summary>The pointer's text, built once.</summary>
    string PointerText { get; }

    /// <summary>Whether the pointer is the root's, without building its text.</summary>
    bool IsRoot { get; }

    /// <summary>Whether <paramref name="other"/> names the same value, known without building either text (false when it cannot tell).</summary>
    bool SameAs(IPointerText other) => false;
}
