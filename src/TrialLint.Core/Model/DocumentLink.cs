namespace TrialLint.Model;

/// <summary>Where a document or dataset can be accessed.</summary>
public sealed class DocumentLink : ModelObject
{
    /// <summary>Address. (<c>url</c>)</summary>
    public string? Url { get; init; }

    /// <summary>Prose. (<c>statement</c>)</summary>
    public string? Statement { get; init; }
}
