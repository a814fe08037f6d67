namespace TrialLint.Diagnostics;

/// <summary>
/// The categories of diagnostics, one per id range. The ranges are fixed: an id is never reused, and a new
/// rule takes the next free id in its category's range.
/// </summary>
public static class DiagnosticCategory
{
    /// <summary>TL00xx: reading, syntax and schema.</summary>
    public const string Input = "Input";

    /// <summary>TL01xx: participant flow.</summary>
    public const string ParticipantFlow = "ParticipantFlow";

    /// <summary>TL02xx: harms.</summary>
    public const string Harms = "Harms";

    /// <summary>TL03xx: design, control, randomisation and blinding.</summary>
    public const string Design = "Design";

    /// <summary>TL04xx: follow-up and outcomes.</summary>
    public const string FollowUpAndOutcomes = "FollowUpAndOutcomes";

    /// <summary>TL05xx: registration and open science.</summary>
    public const string OpenScience = "OpenScience";

    /// <summary>TL06xx: registry records and cross-checks.</summary>
    public const string Registry = "Registry";

    /// <summary>TL07xx: results and statistics.</summary>
    public const string Results = "Results";

    /// <summary>TL08xx: configuration and suppressions.</summary>
    public const string Configuration = "Configuration";

    /// <summary>TL09xx: internal errors of TrialLint itself.</summary>
    public const string Internal = "Internal";

    /// <summary>Returns the category that owns an id such as TL0203, or null when the id is malformed.</summary>
    public static string? ForId(string id)
    {
        if (id is null || id.Length != 6 || !id.StartsWith("TL", StringComparison.Ordinal) || !id[2..].All(char.IsAsciiDigit))
            return null;
        return id[3] switch
        {
            '0' => Input,
            '1' => ParticipantFlow,
            '2' => Harms,
            '3' => Design,
            '4' => FollowUpAndOutcomes,
            '5' => OpenScience,
            '6' => Registry,
            '7' => Results,
            '8' => Configuration,
            _ => Internal,
        };
    }
}
