using System.Collections.Immutable;

namespace TrialLint.Model;

/// <summary>
/// One characteristic of the baseline table (age, sex, NYHA class ...): its numbers per arm, or, for a
/// characteristic with categories (female / male), the numbers of each category per arm.
/// </summary>
public sealed class BaselineCharacteristic : ModelObject
{
    /// <summary>Name of the characteristic. (<c>name</c>)</summary>
    public string? Name { get; init; }

    /// <summary>Unit of the values (years, kg/m²), or what is counted when it is not participants (eyes). (<c>unit</c>)</summary>
    public string? Unit { get; init; }

    /// <summary>
    /// Whether a participant is in one category at most (sex, NYHA class); false when a participant can be in
    /// several (medical history, medications), so the categories are not added up. Null means exclusive. (<c>exclusive</c>)
    /// </summary>
    public bool? Exclusive { get; init; }

    /// <summary>The numbers per arm, for a characteristic without categories. (<c>values</c>)</summary>
    public ImmutableArray<BaselineValue> Values { get; init; } = [];

    /// <summary>The categories, each with its numbers per arm. (<c>categories</c>)</summary>
    public ImmutableArray<BaselineCategory> Categories { get; init; } = [];
}
