using TrialLint.Diagnostics;
using TrialLint.Model;
using TrialLint.Registry;

namespace TrialLint.Analyzers.RegistryRules;

/// <summary>What the cross-checks of a report against its registration share: the registration, the pairing of outcomes.</summary>
internal static class CrossCheck
{
    /// <summary>
    /// The registration the report is checked against; null, and the rule marked not applicable, when there is none
    /// or it is another trial's (TL0606 reports that).
    /// </summary>
    public static TrialReport? Registration(ReportAnalysisContext context, DiagnosticDescriptor descriptor)
    {
        var registered = context.Report.Registered;
        if (registered is null || !RegistrationIds.SameTrial(context.Report, registered))
        {
            context.ReportNotApplicable(descriptor);
            return null;
        }
        return registered;
    }

    /// <summary>The record, for messages: "NCT01234567 (NCT01234567.json)".</summary>
    public static string Name(TrialReport registered) =>
        (registered.Registration?.Id ?? "the registry record") + (registered.Record?.Path is { } path ? $" ({Path.GetFileName(path)})" : "");

    /// <summary>Where in the record an object is: "NCT01234567.json at /protocolSection/outcomesModule/primaryOutcomes/0".</summary>
    public static string Where(TrialReport registered, ModelObject obj) =>
        (registered.Record?.Path is { } path ? Path.GetFileName(path) : "the record") + " at " + obj.Pointer;

    /// <summary>The outcomes as registered (the protocol's, whatever the results report).</summary>
    public static IReadOnlyList<Outcome> RegisteredOutcomes(TrialReport registered) =>
        registered.Record is { } record ? record.RegisteredOutcomes : registered.Outcomes;

    /// <summary>A registered outcome's description, which the matching reads beside its title (the record's outcome description).</summary>
    public static string? Description(Outcome outcome) => outcome.Statement;

    /// <summary>How similar a reported outcome is to a registered one, read with its description.</summary>
    public static OutcomeMatching.Similarity Compare(Outcome reported, Outcome registered) =>
        OutcomeMatching.Compare(Title(reported), Title(registered), Description(registered));

    /// <summary>An outcome's name for matching and messages: its title, else its measure, else its id.</summary>
    public static string Title(Outcome outcome) => outcome.Title ?? outcome.Measure ?? outcome.Id ?? "(untitled)";

    /// <summary>Whether the report declares a change of this outcome: a change of kind outcome, with a reason, that names it (or names no outcome).</summary>
    public static bool Declared(TrialReport report, string outcome) =>
        report.Changes.Any(c => c.Kind == "outcome" && !string.IsNullOrWhiteSpace(c.Reason)
            && (string.IsNullOrWhiteSpace(c.Description) || OutcomeMatching.Mentions(c.Description, outcome)));

    /// <summary>The report's primary outcomes, the registered primary outcomes, and how they pair.</summary>
    public static (IReadOnlyList<Outcome> Reported, IReadOnlyList<Outcome> Registered, IReadOnlyList<OutcomeMatching.Pair> Pairs) PrimaryPairs(TrialReport report, TrialReport registered)
    {
        var reported = report.Outcomes.Where(o => o.Type == "primary").ToList();
        var primaries = RegisteredOutcomes(registered).Where(o => o.Type == "primary").ToList();
        var pairs = OutcomeMatching.Match(reported.Select(Title).ToList(), primaries.Select(Title).ToList(), primaries.Select(Description).ToList(),
            reported.Select(o => o.TimeFrame).ToList(), primaries.Select(o => o.TimeFrame).ToList());
        return (reported, primaries, pairs);
    }

    /// <summary>
    /// The primary outcomes that switched: registered ones the report does not give as primary, reported ones the
    /// registration does not list as primary (neither declared under <c>changes</c>), which unregistered reported
    /// outcome took the place of which unreported registered one (paired most similar first), registered primaries the
    /// report gives as secondary, and reported primaries registered as secondary. A reported outcome whose replaced
    /// registered one it matches only uncertainly (<see cref="OutcomeMatching.Similarity.IsUncertain"/>) may be the
    /// same outcome reworded: it is in <c>Uncertain</c>, and reported at a lower severity.
    /// </summary>
    public sealed record Switching(
        IReadOnlyList<Outcome> Reported, IReadOnlyList<Outcome> Registered, IReadOnlyList<OutcomeMatching.Pair> Pairs,
        IReadOnlyList<int> Unreported, IReadOnlyList<int> Unregistered, IReadOnlyDictionary<int, int> Replaces,
        IReadOnlyDictionary<int, (Outcome Outcome, OutcomeMatching.Similarity Similarity)> Demoted,
        IReadOnlyDictionary<int, (Outcome Outcome, OutcomeMatching.Similarity Similarity)> Promoted,
        IReadOnlyDictionary<int, OutcomeMatching.Similarity> Uncertain);

    /// <summary>Works out how the primary outcomes of the report and of the registration differ.</summary>
    public static Switching PrimarySwitching(TrialReport report, TrialReport registered)
    {
        var (reported, primaries, pairs) = PrimaryPairs(report, registered);
        var unreported = Enumerable.Range(0, primaries.Count).Where(j => !pairs.Any(p => p.Registered == j)).ToList();
        var unregistered = Enumerable.Range(0, reported.Count).Where(i => !pairs.Any(p => p.Reported == i)).ToList();

        // An unregistered outcome takes the place of an unreported one, most similar first.
        var replaces = new Dictionary<int, int>();
        var candidates = unregistered.SelectMany(i => unreported.Select(j => (i, j, Score: Compare(reported[i], primaries[j]).Score)))
            .OrderByDescending(c => c.Score).ThenBy(c => c.j).ThenBy(c => c.i);
        foreach (var (i, j, _) in candidates)
        {
            if (replaces.ContainsKey(i) || replaces.ContainsValue(j)) continue;
            replaces[i] = j;
        }

        // A declared change covers the outcome it names, and the swap that outcome is part of.
        var declaredReported = unregistered.Where(i => Declared(report, Title(reported[i]))).ToHashSet();
        var declaredRegistered = unreported.Where(j => Declared(report, Title(primaries[j]))).ToHashSet();
        foreach (var (i, j) in replaces)
        {
            if (declaredReported.Contains(i) || declaredRegistered.Contains(j))
            {
                declaredReported.Add(i);
                declaredRegistered.Add(j);
            }
        }
        unreported.RemoveAll(declaredRegistered.Contains);
        unregistered.RemoveAll(declaredReported.Contains);
        foreach (int i in declaredReported) replaces.Remove(i);

        var others = report.Outcomes.Where(o => o.Type != "primary").ToList();
        var demoted = new Dictionary<int, (Outcome, OutcomeMatching.Similarity)>();
        foreach (int j in unreported)
        {
            if (OutcomeMatching.ClosestReported(Title(primaries[j]), Description(primaries[j]), others.Select(Title).ToList()) is { Similarity.IsMatch: true } d) demoted[j] = (others[d.Index], d.Similarity);
        }
        var secondaries = RegisteredOutcomes(registered).Where(o => o.Type != "primary").ToList();
        var promoted = new Dictionary<int, (Outcome, OutcomeMatching.Similarity)>();
        foreach (int i in unregistered)
        {
            if (OutcomeMatching.ClosestRegistered(Title(reported[i]), secondaries.Select(Title).ToList(), secondaries.Select(Description).ToList()) is { Similarity.IsMatch: true } m) promoted[i] = (secondaries[m.Index], m.Similarity);
        }
        var uncertain = new Dictionary<int, OutcomeMatching.Similarity>();
        foreach (var (i, j) in replaces)
        {
            if (promoted.ContainsKey(i) || demoted.ContainsKey(j)) continue;
            var similarity = Compare(reported[i], primaries[j]);
            if (similarity.IsUncertain) uncertain[i] = similarity;
        }
        return new Switching(reported, primaries, pairs, unreported, unregistered, replaces, demoted, promoted, uncertain);
    }

    /// <summary>"'title' (time frame '6 months'; NCT01234567.json at /protocolSection/...)", the place when the outcome is the registry's.</summary>
    public static string Describe(Outcome outcome, TrialReport? registered = null)
    {
        var parts = new List<string>();
        if (outcome.TimeFrame is { } tf) parts.Add($"time frame '{tf}'");
        if (registered is not null) parts.Add(Where(registered, outcome));
        return $"'{Title(outcome)}'" + (parts.Count > 0 ? $" ({string.Join("; ", parts)})" : "");
    }
}
