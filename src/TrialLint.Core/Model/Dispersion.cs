namespace TrialLint.Model;

/// <summary>Dispersion or precision of a value.</summary>
public sealed class Dispersion : ModelObject
{
    /// <summary>sd, se, iqr, range or ci. (<c>type</c>)</summary>
    public string? Type { get; init; }

    /// <summary>SD or SE. (<c>value</c>)</summary>
    public double? Value { get; init; }

    /// <summary>Lower bound. (<c>lower</c>)</summary>
    public double? Lower { get; init; }

    /// <summary>Upper bound. (<c>upper</c>)</summary>
    public double? Upper { get; init; }

    /// <summary>Confidence level in percent. (<c>level</c>)</summary>
    public double? Level { get; init; }
}
