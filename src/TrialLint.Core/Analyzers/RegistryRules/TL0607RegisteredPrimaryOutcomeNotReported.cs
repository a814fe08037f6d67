using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Registry;

namespace TrialLint.Analyzers.RegistryRules;

/// <summary>
/// TL0607: every primary outcome of the registration is among the report's primary outcomes, unless the report
/// declares the change. Outcomes are matched as <see cref="OutcomeMatching"/> describes (rewording, abbreviations and
/// word order are tolerated). A registered outcome that an unregistered one replaced is reported once, by TL0608 at
/// the replacement; this rule reports the ones left out with nothing in their place.
/// </summary>
public sealed class TL0607RegisteredPrimaryOutcomeNotReported : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0607", "Registered primary outcome not reported",
        "The primary outcome registered in {registry}, {registered}, is not among the report's primary outcomes: {detail}; report it as registered, or declare the change under 'changes' (kind: outcome) with the reason",
        DiagnosticCategory.Registry, DiagnosticSeverity.Error,
        "The primary outcome is fixed in the registration before the trial starts so that it cannot be chosen after the results are known. A registered primary outcome that the report leaves out, or demotes to a secondary one, is outcome switching (COMPare found 301 prespecified outcomes never reported in 67 trials) unless the report says what changed and why.",
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
        if (switching.Registered.Count == 0)
        {
            context.ReportNotApplicable(Descriptor);
            return;
        }
        foreach (int j in switching.Unreported)
        {
            // Replaced by an unregistered outcome: TL0608 reports the swap, with both outcomes, at the replacement.
            if (switching.Replaces.Values.Contains(j)) continue;
            var outcome = switching.Registered[j];
            string detail;
            if (switching.Demoted.TryGetValue(j, out var demoted))
                detail = $"the report gives it as a {demoted.Outcome.Type ?? "non-primary"} outcome, '{CrossCheck.Title(demoted.Outcome)}', matched by {demoted.Similarity.How}";
            else if (switching.Reported.Count == 0)
                detail = "the report gives no primary outcome";
            else if (OutcomeMatching.ClosestReported(CrossCheck.Title(outcome), CrossCheck.Description(outcome), switching.Reported.Select(CrossCheck.Title).ToList()) is { } closest)
                detail = $"no primary outcome reported matches it (the closest, '{CrossCheck.Title(switching.Reported[closest.Index])}', has {closest.Similarity.How})";
            else
                detail = "no primary outcome reported matches it";
            context.ReportDiagnostic(Descriptor, context.LocationOf(report, "outcomes"),
                ("registry", CrossCheck.Name(registered)), ("registered", CrossCheck.Describe(outcome, registered)), ("detail", detail));
        }
    }
}
