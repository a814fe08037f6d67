using System.Globalization;
using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Registry;

/// <summary>
/// A position in a registry record's syntax tree that may not exist: reading a member of a missing node gives a
/// missing node, never an exception, so the mapper can walk a record with any part absent or of the wrong type.
/// Numbers may be written as JSON numbers or as text ("12"), as ClinicalTrials.gov does.
/// </summary>
internal readonly partial struct RecordNode
{
    // Where a missing node would be. A node that exists has its own pointer, built only when asked for: the mapper
    // walks every value of a results section and keeps the pointers of few.
    private readonly JsonPointer _missingAt;

    public RecordNode(SyntaxNode? node, JsonPointer pointer)
    {
        Syntax = node;
        if (node is null) _missingAt = pointer;
    }

    public RecordNode(SyntaxNode node)
    {
        Syntax = node;
    }

    /// <summary>The node, or null when it is missing.</summary>
    public SyntaxNode? Syntax { get; }

    /// <summary>The node's pointer; for a missing node, where it would be.</summary>
    public JsonPointer Pointer => Syntax?.Pointer ?? _missingAt;

    public bool Exists => Syntax is not null && Syntax is not ScalarNode { Type: ScalarType.Null };

    public bool IsObject => Syntax is MappingNode;

    public RecordNode this[string key] => Syntax is MappingNode m && m[key] is { } value ? new(value) : new(null, Pointer.Append(key));

    /// <summary>The items of a list (none for anything else).</summary>
    public IEnumerable<RecordNode> Items
    {
        get
        {
            if (Syntax is not SequenceNode s) yield break;
            foreach (var item in s.Items) yield return new RecordNode(item);
        }
    }

    public int Count => Syntax is SequenceNode s ? s.Items.Count : 0;

    /// <summary>The value as text (numbers and true/false as written); null when missing, null or blank.</summary>
    public string? Text => Syntax is ScalarNode { Type: not ScalarType.Null } s && !string.IsNullOrWhiteSpace(s.Value) ? s.Value.Trim() : null;

    /// <summary>The value as a whole number (also when written as text); null otherwise.</summary>
    public long? Integer => (Syntax switch
    {
        ScalarNode { Type: ScalarType.Integer } s => s.AsInteger(),
        ScalarNode { Type: ScalarType.String } s when long.TryParse(Plain(s.Value), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n) => n,
        _ => null,
    }) is long value && value is >= -SyntaxLimits.MaxWholeNumber and <= SyntaxLimits.MaxWholeNumber ? value : null;

    /// <summary>The value as a number (also when written as text, e.g. "-1.9"); null otherwise.</summary>
    public double? Number => Syntax switch
    {
        ScalarNode { Type: ScalarType.Integer or ScalarType.Float } s => s.AsNumber(),
        ScalarNode { Type: ScalarType.String } s when double.TryParse(Plain(s.Value), NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && double.IsFinite(d) => d,
        _ => null,
    };

    /// <summary>
    /// The text of a number without its thousands separators: ClinicalTrials.gov writes "1,553" for 1553 in counts
    /// and values. Only commas between groups of exactly three digits are separators ("1,5" stays unreadable).
    /// </summary>
    private static string Plain(string value)
    {
        string text = value.Trim();
        return text.Contains(',', StringComparison.Ordinal) && ThousandsSeparated().IsMatch(text) ? text.Replace(",", "", StringComparison.Ordinal) : text;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")]
    private static partial System.Text.RegularExpressions.Regex ThousandsSeparated();

    public bool? Boolean => Syntax is ScalarNode s ? s.AsBoolean() : null;

    /// <summary>The text values of a list of text.</summary>
    public IEnumerable<string> Texts => Items.Select(i => i.Text).OfType<string>();
}

/// <summary>Collects the pointers of a model object's fields as the mapper reads them from a record.</summary>
internal sealed class FieldMap
{
    private readonly Dictionary<string, JsonPointer> _present = new(StringComparer.Ordinal);
    private Dictionary<string, JsonPointer>? _missing;

    /// <summary>Pointers of the fields present in the record.</summary>
    public IReadOnlyDictionary<string, JsonPointer> Present => _present;

    /// <summary>Where absent fields would be in the record.</summary>
    public IReadOnlyDictionary<string, JsonPointer> Missing => (IReadOnlyDictionary<string, JsonPointer>?)_missing ?? new Dictionary<string, JsonPointer>();

    /// <summary>Records <paramref name="field"/> as read from <paramref name="node"/> when it exists, else where it would be; returns the node.</summary>
    public RecordNode Read(string field, RecordNode node)
    {
        if (node.Exists) _present[field] = node.Pointer;
        else Absent(field, node.Pointer);
        return node;
    }

    /// <summary>Records <paramref name="field"/> at <paramref name="pointer"/> (a value the mapper built from the record).</summary>
    public void Set(string field, JsonPointer pointer) => _present[field] = pointer;

    /// <summary>Records where the absent <paramref name="field"/> would be.</summary>
    public void Absent(string field, JsonPointer pointer)
    {
        if (_present.ContainsKey(field)) return;
        (_missing ??= new Dictionary<string, JsonPointer>(StringComparer.Ordinal))[field] = pointer;
    }
}
