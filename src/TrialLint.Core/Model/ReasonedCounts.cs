using System.Collections.Immutable;

namespace TrialLint.Model;

/// <summary>Sums over lists of <see cref="ReasonedCount"/>.</summary>
public static class ReasonedCounts
{
    /// <summary>The number of participants listed (entries without a number count as 0).</summary>
    public static long Total(this ImmutableArray<ReasonedCount> counts)
    {
        long total = 0;
        foreach (var c in counts) total += c.N ?? 0;
        return total;
    }
}
