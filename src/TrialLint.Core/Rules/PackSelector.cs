using System.Collections.Frozen;
using TrialLint.Model;

namespace TrialLint.Rules;

/// <summary>
/// The one place that decides which packs apply to a file; the lint engine asks once per file (once per study of a
/// registry file) and the driver, every output and the HTML checklist read that answer (<c>FileResult.SelectedPacks</c>).
/// In order:
/// <list type="number">
/// <item>A registry record gets the packs for registry records and nothing else, whatever the configuration says (the
/// CONSORT packs check a journal report's items, most of which a registry record has no field for).</item>
/// <item>A report that names its packs under <c>packs:</c> gets those (the ones that exist).</item>
/// <item>Else the packs the configuration names under <c>extends:</c>, when it names any.</item>
/// <item>Else by design: randomised trials get the packs for randomised trials, single-arm and dose-finding trials the
/// packs for non-randomised ones, a multi-stage trial the packs of each of its stages, and every trial the packs
/// selected "always".</item>
/// <item>A report checked against its registration (<c>--registry</c>) also gets the cross-check packs, whichever of
/// the two rules above chose its packs.</item>
/// </list>
/// </summary>
public static class PackSelector
{
    /// <summary>Returns the ids of the packs that apply to <paramref name="report"/>.</summary>
    /// <param name="report">The bound report or mapped registry record.</param>
    /// <param name="packs">Every pack loaded.</param>
    /// <param name="configuredPacks">The packs the file's configuration names under <c>extends:</c> (empty or null: none).</param>
    public static IReadOnlySet<string> Select(TrialReport report, IEnumerable<RulePack> packs, IReadOnlyCollection<string>? configuredPacks = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(packs);
        var all = packs as IReadOnlyList<RulePack> ?? packs.ToList();
        if (report.Record is not null)
            return Ids(all.Where(p => p.SelectedWhen == PackSelection.Registry));
        var chosen = !report.Packs.IsEmpty ? all.Where(p => report.Packs.Contains(p.Id))
            : configuredPacks is { Count: > 0 } ? all.Where(p => configuredPacks.Contains(p.Id))
            : ByDesign(report, all);
        if (report.Registered is not null) chosen = chosen.Concat(all.Where(p => p.SelectedWhen == PackSelection.CrossCheck));
        return Ids(chosen);
    }

    private static IEnumerable<RulePack> ByDesign(TrialReport report, IReadOnlyList<RulePack> all)
    {
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
        return all.Where(p => selections.Contains(p.SelectedWhen));
    }

    private static FrozenSet<string> Ids(IEnumerable<RulePack> packs) => packs.Select(p => p.Id).ToFrozenSet(StringComparer.Ordinal);
}
