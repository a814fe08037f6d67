namespace TrialLint.Model;

/// <summary>The publication a report was written from.</summary>
public sealed class SourceInfo : ModelObject
{
    /// <summary>Citation of the publication. (<c>citation</c>)</summary>
    public string? Citation { get; init; }

    /// <summary>Address of the publication. (<c>url</c>)</summary>
    public string? Url { get; init; }

    /// <summary>Date of the publication. (<c>date</c>)</summary>
    public string? Date { get; init; }
}
