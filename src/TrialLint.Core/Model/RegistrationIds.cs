using System.Text.RegularExpressions;

namespace TrialLint.Model;

/// <summary>
/// Whether a report and a registry record are of the same trial, by their registration numbers: the one answer the
/// cross-checks (TL0606-TL0612), the choice of the record a report is checked against (<c>--registry</c>, a registry
/// folder) and the rule function <c>same_trial</c> all use. Numbers are compared as registries mean them, not as
/// written: case, spaces and a registry label do not matter (<c>nct 01234567</c>, <c>EudraCT 2004-000123-45</c>), an
/// EU CTR number is its EudraCT number (<c>2004-000123-45-GB</c>), <c>JPRN-UMIN000012345</c> is
/// <c>UMIN000012345</c>, and a report registered twice (<c>NCT01234567; EudraCT 2004-000123-45</c>) matches either.
/// </summary>
public static partial class RegistrationIds
{
    /// <summary>
    /// The registration numbers in <paramref name="text"/>, normalised: upper case, without spaces or labels. The text
    /// is split at <c>;</c> and <c>,</c>; a part holding a ClinicalTrials.gov, ISRCTN or EudraCT number gives those
    /// numbers (so a record's address gives its number), any other part is one number as written.
    /// </summary>
    public static IReadOnlyList<string> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var ids = new List<string>();
        foreach (string part in text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string compact = NoiseInIdPattern().Replace(part.ToUpperInvariant(), "");
            if (compact.StartsWith("JPRN-", StringComparison.Ordinal)) compact = compact["JPRN-".Length..];
            var known = KnownIdPattern().Matches(compact);
            if (known.Count > 0) ids.AddRange(known.Select(m => m.Value));
            else if (compact.Length > 0) ids.Add(compact);
        }
        return ids;
    }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> share a registration number.</summary>
    public static bool Same(string? a, string? b)
    {
        var first = Parse(a);
        return first.Count > 0 && Parse(b).Any(first.Contains);
    }

    /// <summary>
    /// Whether <paramref name="report"/> may be checked against <paramref name="registered"/>: true when the report
    /// gives no registration number (nothing contradicts the record) or shares one with it.
    /// </summary>
    public static bool SameTrial(TrialReport report, TrialReport registered)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(registered);
        return Parse(report.Registration?.Id).Count == 0 || Same(report.Registration?.Id, registered.Registration?.Id);
    }

    // Spaces, and the colon or hash after a label ("ISRCTN: 12345678", "No. #"); "/" and "-" belong to some numbers.
    [GeneratedRegex(@"[\s:#]+", RegexOptions.CultureInvariant)]
    private static partial Regex NoiseInIdPattern();

    // ClinicalTrials.gov, ISRCTN and EudraCT (an EU CTR number adds a country: its EudraCT part is the trial).
    [GeneratedRegex(@"NCT\d{8}(?!\d)|ISRCTN\d{8}(?!\d)|(?<!\d)(?:19|20)\d{2}-\d{6}-\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex KnownIdPattern();
}
