using System.Collections.Immutable;
using System.Globalization;
using TrialLint.Model;

namespace TrialLint.Registry;

/// <summary>
/// Settings for registry records and cross-checks: the date records are judged on (results overdue), and the
/// registration reports are checked against (<c>triallint lint --registry</c>).
/// </summary>
public sealed class RegistryOptions
{
    /// <summary>The defaults: judged today, no cross-check.</summary>
    public static RegistryOptions Default { get; } = new();

    /// <summary>The date "results overdue" is judged on; null for today.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The registered studies reports are checked against (mapped registry records); empty for none.</summary>
    public ImmutableArray<TrialReport> Registrations { get; init; } = [];

    /// <summary>
    /// Finds the registration of a trial by its registration id (the <c>registry:</c> folder of the configuration);
    /// used when no single record is given with <c>--registry</c>. Null when there is no folder.
    /// </summary>
    public Func<string, TrialReport?>? FindRegistration { get; init; }

    /// <summary>The as-of date as YYYY-MM-DD.</summary>
    public string AsOfText => (AsOf ?? DateOnly.FromDateTime(DateTime.Today)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
