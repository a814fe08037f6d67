using TrialLint.Text;

namespace TrialLint.Syntax;

/// <summary>A set of keys and values (a YAML mapping, a JSON object). Keys are unique: the parser reports duplicates.</summary>
public sealed class MappingNode : SyntaxNode
{
    private readonly Dictionary<string, SyntaxProperty>? _byName;
    private readonly List<SyntaxProperty> _properties;

    /// <summary>Creates a mapping node; when a key repeats, the first one wins (the parser reports the repeat).</summary>
    public MappingNode(TextSpan span, JsonPointer pointer, IReadOnlyList<SyntaxProperty> properties)
        : base(span, pointer)
    {
        Properties = properties ?? throw new ArgumentNullException(nameof(properties));
        _properties = properties as List<SyntaxProperty> ?? [.. properties];
        _byName = Index(_properties);
    }

    /// <summary>A mapping whose pointer, and its values' pointers, are built from the parent when first asked for (the JSON parser's nodes).</summary>
    internal MappingNode(TextSpan span, IReadOnlyList<SyntaxProperty> properties)
        : base(span)
    {
        _properties = properties as List<SyntaxProperty> ?? [.. properties];
        Properties = _properties;
        _byName = Index(_properties);
        for (int i = 0; i < _properties.Count; i++) Adopt(_properties[i].Value, _properties[i].Name);
    }

    private static Dictionary<string, SyntaxProperty>? Index(List<SyntaxProperty> properties)
    {
        Dictionary<string, SyntaxProperty>? byName = null;
        // Mappings of up to 24 keys (nearly all) are faster to scan than to hash, and the index would be built for
        // every object of a registry record; a scan compares lengths first.
        if (properties.Count > 24)
        {
            byName = new Dictionary<string, SyntaxProperty>(properties.Count, StringComparer.Ordinal);
            foreach (var p in properties) byName.TryAdd(p.Name, p);
        }
        return byName;
    }

    /// <summary>The properties in document order.</summary>
    public IReadOnlyList<SyntaxProperty> Properties { get; }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Mapping;

    /// <summary>Returns the property named <paramref name="name"/>, or null.</summary>
    public SyntaxProperty? GetProperty(string name)
    {
        if (_byName is not null) return _byName.GetValueOrDefault(name);
        foreach (var p in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_properties))
        {
            if (string.Equals(p.Name, name, StringComparison.Ordinal)) return p;
        }
        return null;
    }

    /// <summary>Returns the value of the property named <paramref name="name"/>, or null.</summary>
    public SyntaxNode? this[string name] => GetProperty(name)?.Value;

    /// <inheritdoc/>
    public override string Describe() => "a set of keys and values";
}
