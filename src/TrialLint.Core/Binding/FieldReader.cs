using System.Collections.Immutable;
using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Binding;

/// <summary>
/// Reads the fields of one mapping for <see cref="ReportBinder"/> and records the pointer of each field present.
/// Values of the wrong type read as absent; schema validation reports them.
/// </summary>
internal sealed class FieldReader(MappingNode node)
{
    private readonly Dictionary<string, JsonPointer> _pointers = new(StringComparer.Ordinal);

    /// <summary>Pointers of the fields read that were present.</summary>
    public IReadOnlyDictionary<string, JsonPointer> Pointers => _pointers;

    public string? Text(string key) => Get(key) is ScalarNode { Type: ScalarType.String } s ? s.Value : null;

    /// <summary>Any scalar as text (for keys such as phase that may be written as 1 or "1").</summary>
    public string? ScalarText(string key) => Get(key) is ScalarNode { Type: not ScalarType.Null } s ? s.Value : null;

    public long? Integer(string key) =>
        Get(key) is ScalarNode s && s.AsInteger() is long n && n is >= -SyntaxLimits.MaxWholeNumber and <= SyntaxLimits.MaxWholeNumber ? n : null;

    public double? Number(string key) => Get(key) is ScalarNode s ? s.AsNumber() : null;

    public bool? Boolean(string key) => Get(key) is ScalarNode s ? s.AsBoolean() : null;

    public ImmutableArray<string> TextList(string key) =>
        Get(key) is SequenceNode seq
            ? seq.Items.OfType<ScalarNode>().Where(s => s.Type != ScalarType.Null).Select(s => s.Value).ToImmutableArray()
            : [];

    /// <summary>The value of <paramref name="key"/>, recording its pointer; null when the key is absent.</summary>
    public SyntaxNode? Get(string key)
    {
        var property = node.GetProperty(key);
        if (property is null) return null;
        _pointers[key] = property.Value.Pointer;
        return property.Value;
    }
}
