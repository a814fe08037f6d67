namespace TrialLint.Model;

/// <summary>An estimated effect between arms.</summary>
public sealed class EffectEstimate : ModelObject
{
    /// <summary>Effect measure. (<c>measure</c>)</summary>
    public string? Measure { get; init; }

    /// <summary>Estimate. (<c>estimate</c>)</summary>
    public double? Estimate { get; init; }

    /// <summary>Lower confidence bound. (<c>ci_lower</c>)</summary>
    public double? CiLower { get; init; }

    /// <summary>Upper confidence bound. (<c>ci_upper</c>)</summary>
    public double? CiUpper { get; init; }

    /// <summary>Confidence level in percent. (<c>ci_level</c>)</summary>
    public double? CiLevel { get; init; }

    /// <summary>Time point of this estimate. (<c>time_frame</c>)</summary>
    public string? TimeFrame { get; init; }

    /// <summary>P value. (<c>p_value</c>)</summary>
    public double? PValue { get; init; }

    /// <summary>A P value reported only as a bound, such as &lt;0.001. (<c>p_value_text</c>)</summary>
    public string? PValueText { get; init; }

    /// <summary>Whether the measure is absolute. (<c>absolute</c>)</summary>
    public bool? Absolute { get; init; }
}
