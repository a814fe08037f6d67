namespace TrialLint.Model;

/// <summary>Intervention delivery.</summary>
public sealed class Delivery : ModelObject
{
    /// <summary>As actually administered. (<c>as_administered</c>)</summary>
    public string? AsAdministered { get; init; }

    /// <summary>Concomitant care. (<c>concomitant_care</c>)</summary>
    public string? ConcomitantCare { get; init; }
}
