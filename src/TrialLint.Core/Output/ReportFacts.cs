using TrialLint.Model;

namespace TrialLint.Output;

/// <summary>How outputs name a report: its title with its acronym, and its registration, each said once.</summary>
public static class ReportFacts
{
    /// <summary>
    /// The title, with the acronym after it in brackets unless the title already says it
    /// (<c>... placebo-controlled trial (EXAMPLE-1) ...</c> is not followed by a second "(EXAMPLE-1)").
    /// </summary>
    public static string TitleWithAcronym(string title, string? acronym)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (string.IsNullOrWhiteSpace(acronym)) return title;
        string a = acronym.Trim();
        return System.Text.RegularExpressions.Regex.IsMatch(title, $@"(?<![\p{{L}}\p{{N}}]){System.Text.RegularExpressions.Regex.Escape(a)}(?![\p{{L}}\p{{N}}])",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(100))
            ? title : $"{title} ({a})";
    }

    /// <summary>
    /// The registration as people write it: "ClinicalTrials.gov NCT01234567 (registered 2020-01-02)". A number that
    /// already starts with the registry's name (ISRCTN50189673 in the ISRCTN registry) is not prefixed with it again.
    /// Null when the report gives no number.
    /// </summary>
    public static string? Registration(Registration? registration)
    {
        if (registration?.Id is not { } id || string.IsNullOrWhiteSpace(id)) return null;
        string registry = registration.Registry?.Trim() ?? "";
        string text = registry.Length == 0 ? id
            : Compact(id).StartsWith(Compact(registry), StringComparison.OrdinalIgnoreCase) ? id
            : $"{registry} {id}";
        return registration.Date is { } date ? $"{text} (registered {date})" : text;
    }

    /// <summary>"1 error", "2 errors"; "1 info", "3 info" (info is not counted as a plural noun).</summary>
    public static string Count(int n, string word) =>
        n == 1 || word == "info" ? $"{n} {word}" : $"{n} {word}s";

    private static string Compact(string text) => new(text.Where(char.IsLetterOrDigit).ToArray());
}
