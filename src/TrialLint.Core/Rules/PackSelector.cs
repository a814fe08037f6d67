using TrialLint.Model;

namespace TrialLint.Rules;

/// <summary>
/// Chooses the packs for a report: the ones it names, or else by design — randomised trials get the packs for
/// randomised trials, single-arm and dose-finding trials the packs for non-randomised ones, and a multi-stage
/// trial the packs of each of its stages. Packs selected "always" join every report. A registry record gets the packs
/// for registry records and nothing else (the CONSORT packs check a journal report's items, most of which a registry
/// record has no field for); a report checked against its registration also gets the cross-check packs.
/// </summary>
public static class PackSelector
{
    /// <summary>Returns the ids of the packs that apply to <paramref name="report"/>.</summary>
    public static IReadOnlySet<string> Select(TrialReport report, IEnumerable<RulePack> packs)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(packs);
        var all = packs.ToList();
        if (report.Record is not null)
            return all.Where(p => p.SelectedWhen == PackSelection.Registry).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var selected = ByDesign(report, all);
        if (report.Registered is not null) selected.UnionWith(all.Where(p => p.SelectedWhen == PackSelection.CrossCheck).Select(p => p.Id));
        return selected;
    }

    private static HashSet<string> ByDesign(TrialReport report, List<RulePack> all)
    {
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
