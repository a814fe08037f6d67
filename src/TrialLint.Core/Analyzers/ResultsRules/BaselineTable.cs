using System.Text.RegularExpressions;
using TrialLint.Model;

namespace TrialLint.Analyzers.ResultsRules;

/// <summary>
/// Reads the numbers of a report's baseline table for the results checks (TL0701, TL0711): each value with the
/// characteristic and category it belongs to, and the denominator a count or percentage of it is of.
/// </summary>
internal static partial class BaselineTable
{
    /// <summary>One value of the table: the numbers of a characteristic (or of one of its categories) in one arm.</summary>
    internal readonly record struct Row(BaselineCharacteristic Characteristic, int Index, BaselineCategory? Category, BaselineValue Value)
    {
        /// <summary>"baseline characteristic 'Sex' (category 'Female')", or its position when it has no name.</summary>
        public string Name => Describe(Characteristic, Index) + (Category is null ? "" : $" (category '{Category.Name ?? "?"}')");
    }

    /// <summary>The baseline n of each arm (the first group given for it).</summary>
    public static Dictionary<string, long> ArmSizes(Baseline? baseline)
    {
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var group in baseline?.Groups ?? [])
        {
            if (group.Arm is { } arm && group.N is long n && n > 0) sizes.TryAdd(arm, n);
        }
        return sizes;
    }

    /// <summary>Every value of every characteristic, in order.</summary>
    public static IEnumerable<Row> Rows(Baseline? baseline)
    {
        if (baseline is null) yield break;
        for (int i = 0; i < baseline.Characteristics.Length; i++)
        {
            var characteristic = baseline.Characteristics[i];
            foreach (var value in characteristic.Values) yield return new Row(characteristic, i, null, value);
            foreach (var category in characteristic.Categories)
                foreach (var value in category.Values) yield return new Row(characteristic, i, category, value);
        }
    }

    /// <summary>
    /// Whether the counts of <paramref name="characteristic"/> are counts of participants, so that the arm's baseline
    /// n is their denominator: no unit, or a unit that names participants. A count of eyes, lesions or visits is
    /// compared only with its own <c>n_with_data</c>.
    /// </summary>
    public static bool CountsParticipants(BaselineCharacteristic characteristic) =>
        characteristic.Unit is not { } unit || ParticipantUnit().IsMatch(unit.Trim());

    /// <summary>The arm's baseline n when the counts of the row are participants; null otherwise.</summary>
    public static long? ArmSize(Row row, Dictionary<string, long> sizes) =>
        CountsParticipants(row.Characteristic) && row.Value.Arm is { } arm && sizes.TryGetValue(arm, out long n) ? n : null;

    /// <summary>"baseline characteristic 'Age'", or its position.</summary>
    public static string Describe(BaselineCharacteristic characteristic, int index) =>
        characteristic.Name is { } name ? $"baseline characteristic '{name}'" : $"baseline characteristic {index + 1}";

    [GeneratedRegex(@"^(?:(?:number|count)\s+of\s+)?(?:participants?|patients?|subjects?|persons?|people|individuals?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ParticipantUnit();
}
