namespace TrialLint.Model;

/// <summary>Statistical methods.</summary>
public sealed class StatisticalMethods : ModelObject
{
    /// <summary>Methods comparing groups. (<c>comparisons</c>)</summary>
    public string? Comparisons { get; init; }

    /// <summary>Who is included in each analysis. (<c>analysis_population</c>)</summary>
    public string? AnalysisPopulation { get; init; }

    /// <summary>Handling of missing data. (<c>missing_data</c>)</summary>
    public string? MissingData { get; init; }

    /// <summary>Subgroup and sensitivity analyses. (<c>additional_analyses</c>)</summary>
    public string? AdditionalAnalyses { get; init; }
}
