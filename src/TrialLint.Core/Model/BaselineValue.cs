namespace TrialLint.Model;

/// <summary>
/// The numbers of a baseline characteristic (or of one of its categories) in one arm: a count with its percentage,
/// or a mean with its SD, a median with its quartiles, a range.
/// </summary>
public sealed class BaselineValue : ModelObject
{
    /// <summary>The arm's id. (<c>arm</c>)</summary>
    public string? Arm { get; init; }

    /// <summary>Participants with the characteristic or in the category. (<c>n</c>)</summary>
    public long? N { get; init; }

    /// <summary>Their percentage. (<c>percentage</c>)</summary>
    public double? Percentage { get; init; }

    /// <summary>Mean. (<c>mean</c>)</summary>
    public double? Mean { get; init; }

    /// <summary>Standard deviation. (<c>sd</c>)</summary>
    public double? Sd { get; init; }

    /// <summary>Median. (<c>median</c>)</summary>
    public double? Median { get; init; }

    /// <summary>First quartile. (<c>q1</c>)</summary>
    public double? Q1 { get; init; }

    /// <summary>Third quartile. (<c>q3</c>)</summary>
    public double? Q3 { get; init; }

    /// <summary>Smallest value. (<c>min</c>)</summary>
    public double? Min { get; init; }

    /// <summary>Largest value. (<c>max</c>)</summary>
    public double? Max { get; init; }

    /// <summary>Another summary (a geometric mean, a single number) in the characteristic's unit. (<c>value</c>)</summary>
    public double? Value { get; init; }

    /// <summary>Participants with data for this characteristic, when not all of the arm's baseline n. (<c>n_with_data</c>)</summary>
    public long? NWithData { get; init; }
}
