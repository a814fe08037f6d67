using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Registry;

namespace TrialLint.Analyzers.RegistryRules;

/// <summary>
/// TL0609: a primary outcome is assessed at the time point it was registered with. Time frames in different units are
/// compared in days (<see cref="TimeFrames"/>): "6 months", "24 weeks" and "26 weeks" are the same, week 2 and week 4 are not.
/// </summary>
public sealed class TL0609PrimaryTimeFrameDiffers : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0609", "Primary outcome time frame differs from the registration",
        "The primary outcome '{reported}' is assessed at '{reportedTime}' (about {reportedDuration}), but {registry} registered it as {registered}, about {registeredDuration} (the outcomes match by {how}); report the registered time point, or declare the change under 'changes' (kind: outcome) with the reason",
        DiagnosticCategory.Registry, DiagnosticSeverity.Warning,
        "An outcome is defined together with its time point: the registered outcome at 6 months and the same measure at 4 months are different outcomes, and choosing the time point after the data are seen is outcome switching too. Time frames in different units are compared in days with a tolerance of a tenth, so '6 months' and '24 weeks' count as the same, and 'week 2' and 'week 4' do not.",
        ["CONSORT-2025:10", "CONSORT-2025:14"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterReportAction(Analyze);

    private static void Analyze(ReportAnalysisContext context)
    {
        if (CrossCheck.Registration(context, Descriptor) is not { } registered) return;
        var report = context.Report;
        var (reported, primaries, pairs) = CrossCheck.PrimaryPairs(report, registered);
        bool compared = false;
        foreach (var pair in pairs)
        {
            var outcome = reported[pair.Reported];
            var registration = primaries[pair.Registered];
            if (TimeFrames.Same(outcome.TimeFrame, registration.TimeFrame) is not { } same) continue;
            compared = true;
            if (same || CrossCheck.Declared(report, CrossCheck.Title(outcome))) continue;
            context.ReportDiagnostic(Descriptor, context.LocationOf(outcome, "time_frame"),
                ("reported", CrossCheck.Title(outcome)), ("reportedTime", outcome.TimeFrame),
                ("reportedDuration", TimeFrames.Describe(TimeFrames.Days(outcome.TimeFrame).Max())),
                ("registry", CrossCheck.Name(registered)), ("registered", CrossCheck.Describe(registration, registered)),
                ("registeredDuration", TimeFrames.Describe(TimeFrames.Days(registration.TimeFrame).Max())),
                ("how", pair.Similarity.How));
        }
        if (!compared) context.ReportNotApplicable(Descriptor);
    }
}
