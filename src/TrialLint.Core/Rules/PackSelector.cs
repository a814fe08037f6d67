using TrialLint.Model;

namespace TrialLint.Rules;

/// <summary>
/// Chooses the packs for a report: the ones it names, or else by design — randomised trials get the packs for
/// randomised trials, single-arm and dose-finding trials the packs for non-randomised ones, and a multi-stage
/// trial the packs of each of its stages. Packs selected "always" join every report.
/// </summary>
public static class PackSelector
{
    /// <summary>Returns the ids of the packs that apply to <paramref name="report"/>.</summary>
    public static IReadOnlySet<string> Select(TrialReport report, IEnumerable<RulePack> packs)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(packs);
        var all = packs.ToList();
        if (!report.Packs.IsEmpty)
            return all.Where(p => report.Packs.Contains(p.Id)).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);

        var selections = new HashSet<PackSelection> { PackSelection.Always };
        var stages = report.Design?.Stages ?? [];
        if (stages.Length > 0)
        {
            foreach (var stage in stages)
                selections.Add(stage.Randomised == true ? PackSelection.Randomised : PackSelection.NotRandomised);
        }
        else
        {
            // A report that does not say whether it was randomised is read as a randomised trial: CONSORT is the
            // default checklist, and a rule reports the missing design.
            selections.Add(report.Design?.Randomised == false ? PackSelection.NotRandomised : PackSelection.Randomised);
        }
        return all.Where(p => selections.Contains(p.SelectedWhen)).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
    }
}
