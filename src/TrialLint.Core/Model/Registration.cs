namespace TrialLint.Model;

/// <summary>Trial registration.</summary>
public sealed class Registration : ModelObject
{
    /// <summary>Name of the registry. (<c>registry</c>)</summary>
    public string? Registry { get; init; }

    /// <summary>Registration number. (<c>id</c>)</summary>
    public string? Id { get; init; }

    /// <summary>Address of the registry record. (<c>url</c>)</summary>
    public string? Url { get; init; }

    /// <summary>Date of registration (YYYY[-MM[-DD]]). (<c>date</c>)</summary>
    public string? Date { get; init; }

    /// <summary>Prose about registration. (<c>statement</c>)</summary>
    public string? Statement { get; init; }
}
