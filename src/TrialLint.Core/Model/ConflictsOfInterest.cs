namespace TrialLint.Model;

/// <summary>Conflicts of interest.</summary>
public sealed class ConflictsOfInterest : ModelObject
{
    /// <summary>True when none are declared. (<c>none_declared</c>)</summary>
    public bool? NoneDeclared { get; init; }

    /// <summary>The declarations. (<c>statement</c>)</summary>
    public string? Statement { get; init; }
}
