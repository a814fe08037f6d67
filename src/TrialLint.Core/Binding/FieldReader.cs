using System.Collections.Immutable;
using TrialLint.Model;
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

    public long? Integer(string key) => Get(key) is ScalarNode s ? s.AsInteger() : null;

    public double? Number(string key) => Get(key) is ScalarNode s ? s.AsNumber() : null;

    public bool? Boolean(string key) => Get(key) is ScalarNode s ? s.AsBoolean() : null;

    public ImmutableArray<string> TextList(string key) =>
        Get(key) is SequenceNode seq
            ? seq.Items.OfType<ScalarNode>().Where(s => s.Type != ScalarType.Null).Select(s => s.Value).ToImmutableArray()
            : [];

    public T? Object<T>(string key, Func<MappingNode, T> bind)
        where T : ModelObject =>
        Get(key) is MappingNode m ? bind(m) : null;

    public ImmutableArray<T> List<T>(string key, Func<MappingNode, T> bind)
        where T : ModelObject
    {
        if (Get(key) is not SequenceNode seq) return [];
        var items = ImmutableArray.CreateBuilder<T>(seq.Items.Count);
        foreach (var item in seq.Items)
        {
            if (item is MappingNode m) items.Add(bind(m));
        }
        return items.ToImmutable();
    }

    private SyntaxNode? Get(string key)
    {
        var property = node.GetProperty(key);
        if (property is null) return null;
        _pointers[key] = property.Value.Pointer;
        return property.Value;
    }
}
