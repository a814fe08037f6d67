using System.Collections.Frozen;
using TrialLint.Text;

namespace TrialLint.Model;

/// <summary>
/// Base of every object in the report model. It remembers the JSON Pointer of the node it was bound from and of
/// each field that was present, so analyzers report at the exact place, and a report bound from a registry record
/// reports at the registry's own fields. A missing field's pointer is the object's pointer plus the field name.
/// </summary>
public abstract class ModelObject
{
    private static readonly FrozenDictionary<string, JsonPointer> NoFields = FrozenDictionary<string, JsonPointer>.Empty;
    private IReadOnlyDictionary<string, JsonPointer>? _fields;
    private IReadOnlyDictionary<string, JsonPointer>? _missing;

    /// <summary>The pointer of the node this object was bound from.</summary>
    public JsonPointer Pointer { get; init; }

    /// <summary>Pointers of the fields that were present in the source, by field name.</summary>
    public IReadOnlyDictionary<string, JsonPointer> FieldPointers
    {
        get => _fields ?? NoFields;
        init => _fields = value;
    }

    /// <summary>
    /// Where absent fields would be, for objects whose source names its fields differently from the model: a
    /// registry record's missing <c>whyStopped</c> is the model's missing <c>stopping.reason</c>. Fields not listed
    /// here would be at the object's pointer plus the field name.
    /// </summary>
    public IReadOnlyDictionary<string, JsonPointer> MissingFieldPointers
    {
        get => _missing ?? NoFields;
        init => _missing = value;
    }

    /// <summary>Whether the source gave <paramref name="field"/> (even as an empty value).</summary>
    public bool Has(string field) => FieldPointers.ContainsKey(field);

    /// <summary>The pointer of <paramref name="field"/>; for a missing field, where it would be.</summary>
    public JsonPointer PointerOf(string field) =>
        FieldPointers.TryGetValue(field, out var pointer) ? pointer
        : _missing is not null && _missing.TryGetValue(field, out var missing) ? missing
        : Pointer.Append(field);
}
