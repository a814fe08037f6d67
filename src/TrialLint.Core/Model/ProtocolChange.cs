namespace TrialLint.Model;

/// <summary>A change to the trial after it began.</summary>
public sealed class ProtocolChange : ModelObject
{
    /// <summary>What changed. (<c>kind</c>)</summary>
    public string? Kind { get; init; }

    /// <summary>The change. (<c>description</c>)</summary>
    public string? Description { get; init; }

    /// <summary>Why. (<c>reason</c>)</summary>
    public string? Reason { get; init; }

    /// <summary>When. (<c>date</c>)</summary>
    public string? Date { get; init; }
}
