using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Registry;

namespace TrialLint.Analyzers.RegistryRules;

/// <summary>
/// TL0608: every primary outcome of the report is a registered primary outcome (outcome switching), unless the report
/// declares the change. Outcomes are matched as <see cref="OutcomeMatching"/> describes. When the outcome takes the
/// place of a registered primary outcome the report leaves out, the finding names both: a swap is one finding. When
/// the two are similar but not enough to match (<see cref="OutcomeMatching.Similarity.IsUncertain"/>), the outcome may
/// be the registered one reworded: the finding says so, as a warning instead of an error.
/// </summary>
public sealed class TL0608PrimaryOutcomeNotRegistered : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0608", "Primary outcome not registered (outcome switching)",
        "The report's primary outcome '{reported}' is not a primary outcome registered in {registry}: {detail}; report the registered primary outcome, or declare the change under 'changes' (kind: outcome) with the reason",
        DiagnosticCategory.Registry, DiagnosticSeverity.Error,
        "A primary outcome that the registration does not list, or lists only as secondary, was chosen or promoted after the trial was registered, possibly after the results were seen. Readers cannot tell a prespecified result from a selected one unless the report says what changed and why (COMPare found 357 outcomes silently added in 67 trials). When it takes the place of a registered primary outcome that the report leaves out, the outcome was switched.",
        ["CONSORT-2025:10", "CONSORT-2025:14", "CONSORT-Harms-2022:6b"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterReportAction(Analyze);

    private static void Analyze(ReportAnalysisContext context)
    {
        if (CrossCheck.Registration(context, Descriptor) is not { } registered) return;
        var report = context.Report;
        var switching = CrossCheck.PrimarySwitching(report, registered);
        if (switching.Reported.Count == 0)
        {
            context.ReportNotApplicable(Descriptor);
            return;
        }
        foreach (int i in switching.Unregistered)
        {
            var outcome = switching.Reported[i];
            string title = CrossCheck.Title(outcome);
            var parts = new List<string>();
            if (switching.Promoted.TryGetValue(i, out var promoted))
            {
                parts.Add($"it was registered as a {promoted.Outcome.Type ?? "secondary"} outcome, {CrossCheck.Describe(promoted.Outcome, registered)}, matched by {promoted.Similarity.How}");
            }
            else
            {
                var all = CrossCheck.RegisteredOutcomes(registered);
                parts.Add(OutcomeMatching.ClosestRegistered(title, all.Select(CrossCheck.Title).ToList(), all.Select(CrossCheck.Description).ToList()) is { } closest
                    ? $"no registered outcome matches it (the closest, '{CrossCheck.Title(all[closest.Index])}', has {closest.Similarity.How})"
                    : "the registration lists no outcomes");
            }
            if (switching.Uncertain.TryGetValue(i, out var uncertain))
            {
                var replaced = switching.Registered[switching.Replaces[i]];
                parts.Add($"it may be the registered primary outcome {CrossCheck.Describe(replaced, registered)} in other words ({uncertain.How}, at least {OutcomeMatching.UncertainThreshold.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}), which the words do not settle; if it is, give it the registered title");
            }
            else if (switching.Replaces.TryGetValue(i, out int j))
            {
                var replaced = switching.Registered[j];
                string where = switching.Demoted.TryGetValue(j, out var demoted)
                    ? $", which the report gives as a {demoted.Outcome.Type ?? "non-primary"} outcome ('{CrossCheck.Title(demoted.Outcome)}')"
                    : ", which the report does not give as a primary outcome";
                parts.Add($"it takes the place of the registered primary outcome {CrossCheck.Describe(replaced, registered)}{where}");
            }
            var diagnostic = Diagnostic.Create(Descriptor, context.LocationOf(outcome, outcome.Has("title") ? "title" : null),
                ("reported", title), ("registry", CrossCheck.Name(registered)), ("detail", string.Join("; ", parts)));
            // The words do not settle whether it is the registered outcome reworded: a reader has to; not an accusation.
            context.ReportDiagnostic(switching.Uncertain.ContainsKey(i) ? diagnostic.WithSeverity(DiagnosticSeverity.Warning) : diagnostic);
        }
    }
}
