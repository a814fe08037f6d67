using System.Collections.Immutable;

namespace TrialLint.Model;

/// <summary>One stage of a multi-stage trial.</summary>
public sealed class Stage : ModelObject
{
    /// <summary>Identifier. (<c>id</c>)</summary>
    public string? Id { get; init; }

    /// <summary>Name. (<c>title</c>)</summary>
    public string? Title { get; init; }

    /// <summary>Whether allocation in this stage was random. (<c>randomised</c>)</summary>
    public bool? Randomised { get; init; }

    /// <summary>Design type of this stage. (<c>type</c>)</summary>
    public string? Type { get; init; }

    /// <summary>Arm ids in this stage. (<c>arms</c>)</summary>
    public ImmutableArray<string> Arms { get; init; } = [];

    /// <summary>Prose. (<c>statement</c>)</summary>
    public string? Statement { get; init; }
}
