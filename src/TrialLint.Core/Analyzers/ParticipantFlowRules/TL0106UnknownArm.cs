using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Model;

namespace TrialLint.Analyzers.ParticipantFlowRules;

/// <summary>TL0106: numbers given for an arm (flow, baseline, outcomes, harms) refer to an arm listed under <c>arms</c>.</summary>
public sealed class TL0106UnknownArm : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0106", "Numbers given for an arm that is not listed",
        "'{arm}' is not one of the arms listed under 'arms' ({known})",
        DiagnosticCategory.ParticipantFlow, DiagnosticSeverity.Error,
        "Numbers in the flow, baseline, outcomes and harms are tied to arms by the arm's id. An id that matches no arm is usually a typing error, and its numbers cannot be checked against the rest of the report.",
        ["CONSORT-2025:22a"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override ImmutableArray<string> Reads { get; } = ["arms", "flow.periods"];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterReportAction(Analyze);

    private static void Analyze(ReportAnalysisContext context)
    {
        var report = context.Report;
        var references = report.Flow?.Periods.SelectMany(p => p.Groups).Select(g => (ModelObject)g).ToList() ?? [];
        references.AddRange(report.Baseline?.Groups ?? []);
        references.AddRange(report.Outcomes.SelectMany(o => o.Results));
        references.AddRange(report.Harms?.Groups ?? []);
        references.AddRange(report.Harms?.Events.SelectMany(e => e.Groups) ?? []);
        // Nothing to check when no arms are listed (other rules report that) or no numbers name an arm.
        if (report.Arms.IsEmpty || !references.Any(r => r.Has("arm")))
        {
            context.ReportNotApplicable(Descriptor);
            return;
        }
        var known = report.Arms.Where(a => a.Id is not null).Select(a => a.Id!).ToHashSet(StringComparer.Ordinal);
        string knownText = string.Join(", ", known.Select(k => $"'{k}'"));

        void Check(ModelObject owner, string? arm)
        {
            if (arm is null || known.Contains(arm)) return;
            context.ReportDiagnostic(Descriptor, context.LocationOf(owner, "arm"), ("arm", arm), ("known", knownText));
        }

        foreach (var group in report.Flow?.Periods.SelectMany(p => p.Groups) ?? []) Check(group, group.Arm);
        foreach (var group in report.Baseline?.Groups ?? []) Check(group, group.Arm);
        foreach (var result in report.Outcomes.SelectMany(o => o.Results)) Check(result, result.Arm);
        foreach (var group in report.Harms?.Groups ?? []) Check(group, group.Arm);
        foreach (var group in report.Harms?.Events.SelectMany(e => e.Groups) ?? []) Check(group, group.Arm);
    }
}
