namespace TrialLint.Registry;

/// <summary>ClinicalTrials.gov API v2 enumerations and their values in the TrialLint report format.</summary>
internal static class CtGovVocabulary
{
    /// <summary>The registry's name.</summary>
    public const string RegistryName = "ClinicalTrials.gov";

    /// <summary>Overall statuses of a trial that ended or paused before it was planned to.</summary>
    public static readonly string[] StoppedStatuses = ["WITHDRAWN", "TERMINATED", "SUSPENDED"];

    /// <summary>A trial's web address on ClinicalTrials.gov.</summary>
    public static string Url(string nctId) => "https://clinicaltrials.gov/study/" + nctId;

    /// <summary>Arm group type → arm role.</summary>
    public static string? Role(string? type) => type?.ToUpperInvariant() switch
    {
        "EXPERIMENTAL" => "experimental",
        "ACTIVE_COMPARATOR" => "active-comparator",
        "PLACEBO_COMPARATOR" => "placebo-comparator",
        "SHAM_COMPARATOR" => "sham-comparator",
        "NO_INTERVENTION" => "no-intervention",
        "OTHER" => "other",
        _ => null,
    };

    /// <summary>Intervention type → intervention type of the report format.</summary>
    public static string? InterventionType(string? type) => type?.ToUpperInvariant() switch
    {
        null => null,
        "DRUG" => "drug",
        "BIOLOGICAL" => "biological",
        "DEVICE" => "device",
        "PROCEDURE" => "procedure",
        "BEHAVIORAL" => "behavioural",
        "DIETARY_SUPPLEMENT" => "dietary-supplement",
        "RADIATION" => "radiation",
        "GENETIC" => "genetic",
        "COMBINATION_PRODUCT" => "combination",
        _ => "other",
    };

    /// <summary>The prefix of an <c>interventionNames</c> entry ("Drug: placebo") → intervention type.</summary>
    public static string? InterventionTypeFromLabel(string label) => label.Trim().ToUpperInvariant() switch
    {
        "DRUG" => "drug",
        "BIOLOGICAL" => "biological",
        "DEVICE" => "device",
        "PROCEDURE" or "PROCEDURE/SURGERY" => "procedure",
        "BEHAVIORAL" => "behavioural",
        "DIETARY SUPPLEMENT" => "dietary-supplement",
        "RADIATION" => "radiation",
        "GENETIC" => "genetic",
        "COMBINATION PRODUCT" => "combination",
        _ => "other",
    };

    /// <summary>Intervention model → design type; observational models are "other".</summary>
    public static string? DesignType(string? interventionModel) => interventionModel?.ToUpperInvariant() switch
    {
        null => null,
        "PARALLEL" => "parallel",
        "CROSSOVER" => "crossover",
        "FACTORIAL" => "factorial",
        "SINGLE_GROUP" => "single-arm",
        _ => "other",
    };

    /// <summary>The phases list → phase ("PHASE1", "PHASE2" → "1/2").</summary>
    public static string? Phase(IReadOnlyList<string> phases)
    {
        var set = phases.Select(p => p.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        if (set.Count == 0) return null;
        if (set.Contains("NA")) return "not-applicable";
        if (set.Contains("EARLY_PHASE1")) return "early-1";
        if (set.SetEquals(["PHASE1", "PHASE2"])) return "1/2";
        if (set.SetEquals(["PHASE2", "PHASE3"])) return "2/3";
        if (set.Count == 1)
        {
            return set.Single() switch
            {
                "PHASE1" => "1",
                "PHASE2" => "2",
                "PHASE3" => "3",
                "PHASE4" => "4",
                _ => null,
            };
        }
        return null;
    }

    /// <summary>Who was masked → who was blinded.</summary>
    public static string Masked(string who) => who.ToUpperInvariant() switch
    {
        "PARTICIPANT" => "participants",
        "CARE_PROVIDER" => "care-providers",
        "INVESTIGATOR" => "investigators",
        "OUTCOMES_ASSESSOR" => "outcome-assessors",
        _ => "other",
    };

    /// <summary>An outcome measure type → outcome type.</summary>
    public static string? OutcomeType(string? type) => type?.ToUpperInvariant() switch
    {
        "PRIMARY" => "primary",
        "SECONDARY" => "secondary",
        "OTHER_PRE_SPECIFIED" or "POST_HOC" => "other",
        _ => null,
    };

    /// <summary>A dispersion type of an outcome measure → dispersion type, and the CI level it implies.</summary>
    public static (string? Type, double? Level) Dispersion(string? text)
    {
        if (text is null) return (null, null);
        string t = text.ToLowerInvariant();
        if (t.Contains("standard deviation", StringComparison.Ordinal)) return ("sd", null);
        if (t.Contains("standard error", StringComparison.Ordinal)) return ("se", null);
        if (t.Contains("inter-quartile", StringComparison.Ordinal) || t.Contains("interquartile", StringComparison.Ordinal)) return ("iqr", null);
        if (t.Contains("full range", StringComparison.Ordinal)) return ("range", null);
        var ci = System.Text.RegularExpressions.Regex.Match(t, @"(\d+(?:\.\d+)?)\s*%\s*confidence interval");
        if (ci.Success) return ("ci", double.Parse(ci.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        return (null, null);
    }

    /// <summary>Words for a status in messages ("COMPLETED" → "completed").</summary>
    public static string Words(string? value) => (value ?? "").Replace('_', ' ').ToLowerInvariant();
}
