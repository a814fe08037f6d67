using TrialLint.Diagnostics;
using TrialLint.Engine;

namespace TrialLint.Baselines;

/// <summary>
/// Matches a run's findings against a baseline, one file at a time: a finding with an unused entry of the same key is
/// marked suppressed (known debt); the rest are new. Entries of linted files that matched nothing are stale — the
/// finding was fixed, or its value changed — and are kept for the end of the run.
/// </summary>
public sealed class BaselineMatcher
{
    private readonly BaselineFile _baseline;
    private readonly Dictionary<(string, string, string, string), int> _remaining = [];
    private readonly HashSet<string> _linted = new(StringComparer.Ordinal);

    /// <summary>Creates a matcher for <paramref name="baseline"/>.</summary>
    public BaselineMatcher(BaselineFile baseline)
    {
        _baseline = baseline ?? throw new ArgumentNullException(nameof(baseline));
        foreach (var entry in baseline.Entries) _remaining[entry.Key] = _remaining.GetValueOrDefault(entry.Key) + 1;
    }

    /// <summary>New findings (not in the baseline) seen so far.</summary>
    public List<(FileResult File, Diagnostic Finding)> New { get; } = [];

    /// <summary>Returns <paramref name="result"/> with its baselined findings marked suppressed.</summary>
    public FileResult Apply(FileResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        _linted.Add(_baseline.RelativePath(result.Path));
        if (result.Diagnostics.IsEmpty) return result;
        var marked = result.Diagnostics.Select(d =>
        {
            if (d.IsSuppressed || !BaselineFile.CanBaseline(d)) return d;
            var key = _baseline.EntryFor(d, result).Key;
            if (_remaining.TryGetValue(key, out int count) && count > 0)
            {
                _remaining[key] = count - 1;
                return d.WithSuppression(new Suppression(SuppressionKind.Baseline, $"in the baseline {Path.GetFileName(_baseline.Path)}"));
            }
            New.Add((result, d));
            return d;
        }).ToList();
        return result.WithDiagnostics([.. marked]);
    }

    /// <summary>Entries of the files linted in this run that matched no finding.</summary>
    public IReadOnlyList<BaselineEntry> Stale() =>
        _baseline.Entries.GroupBy(e => e.Key).SelectMany(g =>
        {
            int left = _remaining.GetValueOrDefault(g.Key);
            return _linted.Contains(g.Key.Item1) ? g.Take(left) : [];
        }).ToList();
}
