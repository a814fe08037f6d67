using System.Globalization;
using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Registry;

/// <summary>
/// A position in a registry record that may not exist: reading a member of a missing value gives a missing value,
/// never an exception, so the mapper can walk a record with any part absent or of the wrong type. Numbers may be
/// written as JSON numbers or as text ("12"), as ClinicalTrials.gov does. The record is read from its
/// <see cref="JsonTokenTable"/>, not a tree of nodes: the mapper reads most of a record's values once.
/// </summary>
internal readonly partial struct RecordNode
{
    private readonly JsonTokenTable? _table;

    // The value's index in the table plus one, so that default(RecordNode) is missing.
    private readonly int _entry;

    // Where a missing value would be. A value that exists has its own pointer, built only when asked for: the
    // mapper walks every value of a results section and keeps the pointers of few.
    private readonly JsonPointer _missingAt;

    public RecordNode(JsonTokenTable table, int index)
    {
        _table = table;
        _entry = index + 1;
    }

    private RecordNode(JsonTokenTable? table, JsonPointer missingAt)
    {
        _table = table;
        _missingAt = missingAt;
    }

    private int Index => _entry - 1;

    private JsonTokenTable.ValueKind? Kind => _entry > 0 ? _table!.KindOf(Index) : null;

    /// <summary>The value's pointer; for a missing value, where it would be.</summary>
    public JsonPointer Pointer => _entry > 0 ? _table!.PointerOf(Index) : _missingAt;

    public bool Exists => Kind is { } kind && kind != JsonTokenTable.ValueKind.Null;

    public bool IsObject => Kind == JsonTokenTable.ValueKind.Object;

    public RecordNode this[string key] => IsObject && _table!.Member(Index, key) is int member and >= 0 ? new(_table, member) : new(_table, Pointer.AppendLazily(key));

    /// <summary>The items of a list (none for anything else).</summary>
    public IEnumerable<RecordNode> Items
    {
        get
        {
            if (Kind != JsonTokenTable.ValueKind.Array) yield break;
            foreach (int item in _table!.Items(Index)) yield return new RecordNode(_table, item);
        }
    }

    public int Count => Kind == JsonTokenTable.ValueKind.Array ? _table!.ItemCount(Index) : 0;

    // The value as the parser's ScalarNode has it, for values that are not lists, objects or null.
    private string? Scalar => Kind is { } kind && kind is not (JsonTokenTable.ValueKind.Object or JsonTokenTable.ValueKind.Array or JsonTokenTable.ValueKind.Null)
        ? _table!.ScalarText(Index) : null;

    /// <summary>The value as text (numbers and true/false as written); null when missing, null or blank.</summary>
    public string? Text => Scalar is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>The value as a whole number (also when written as text); null otherwise.</summary>
    public long? Integer => (Kind switch
    {
        JsonTokenTable.ValueKind.Integer when long.TryParse(Scalar!.Replace("_", ""), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n) => n,
        JsonTokenTable.ValueKind.String when long.TryParse(Plain(Scalar!), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n) => n,
        _ => (long?)null,
    }) is long value && value is >= -SyntaxLimits.MaxWholeNumber and <= SyntaxLimits.MaxWholeNumber ? value : null;

    /// <summary>The value as a number (also when written as text, e.g. "-1.9"); null otherwise.</summary>
    public double? Number => Kind switch
    {
        JsonTokenTable.ValueKind.Integer or JsonTokenTable.ValueKind.Float => double.TryParse(Scalar, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) ? d : null,
        JsonTokenTable.ValueKind.String when double.TryParse(Plain(Scalar!), NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && double.IsFinite(d) => d,
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

    public bool? Boolean => Kind == JsonTokenTable.ValueKind.Boolean ? _table!.ScalarText(Index) == "true" : null;

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
