namespace TrialLint.Model;

/// <summary>An intervention given in an arm.</summary>
public sealed class Intervention : ModelObject
{
    /// <summary>Name. (<c>name</c>)</summary>
    public string? Name { get; init; }

    /// <summary>Kind of intervention. (<c>type</c>)</summary>
    public string? Type { get; init; }

    /// <summary>Dose. (<c>dose</c>)</summary>
    public string? Dose { get; init; }

    /// <summary>Route of administration. (<c>route</c>)</summary>
    public string? Route { get; init; }

    /// <summary>Schedule. (<c>schedule</c>)</summary>
    public string? Schedule { get; init; }

    /// <summary>Details. (<c>description</c>)</summary>
    public string? Description { get; init; }
}
