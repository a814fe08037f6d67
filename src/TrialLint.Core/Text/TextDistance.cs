namespace TrialLint.Text;

/// <summary>Edit distance, for "did you mean ...?" suggestions on misspelt keys and names.</summary>
public static class TextDistance
{
    /// <summary>The candidate closest to <paramref name="word"/>, if it is close enough to be a likely misspelling.</summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(candidates);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in candidates)
        {
            int d = Levenshtein(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d < bestDistance)
            {
                best = candidate;
                bestDistance = d;
            }
        }
        return best is not null && bestDistance <= Math.Max(2, word.Length / 3) ? best : null;
    }

    /// <summary>
    /// The rule id closest to a misspelt one (TL0711 → TL0710): among ids one edit away, the numerically nearest,
    /// since a typo in the last digits is likelier than one that changes the category.
    /// </summary>
    public static string? ClosestId(string id, IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(ids);
        if (id.Length != 6 || !int.TryParse(id.AsSpan(2), out int number)) return Closest(id, ids);
        return ids.Where(c => Levenshtein(id.ToUpperInvariant(), c) <= 1 && int.TryParse(c.AsSpan(2), out _))
            .OrderBy(c => Math.Abs(int.Parse(c.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture) - number))
            .FirstOrDefault();
    }

    /// <summary>The Levenshtein distance between two strings.</summary>
    public static int Levenshtein(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
