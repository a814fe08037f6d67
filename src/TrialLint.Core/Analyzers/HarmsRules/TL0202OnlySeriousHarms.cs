using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TrialLint.Diagnostics;
using TrialLint.Model;

namespace TrialLint.Analyzers.HarmsRules;

/// <summary>
/// TL0202: a report that gives serious adverse events also gives the non-serious ones (or states that there were
/// none). "No serious adverse events" says nothing about the rest.
/// </summary>
public sealed partial class TL0202OnlySeriousHarms : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0202", "Only serious harms reported",
        "Only serious adverse events are reported; report all harms in each arm, including non-serious ones, or state that none occurred",
        DiagnosticCategory.Harms, DiagnosticSeverity.Error,
        "CONSORT asks for all harms or unintended effects in each group. Reporting only serious adverse events hides the common, non-serious harms that matter to patients and that decide whether a treatment is tolerable; 'no serious adverse events' is not 'no adverse events'.",
        ["CONSORT-2025:27", "CONSORT-Harms-2022:19", "CONSORT-Harms-2022:17c"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterReportAction(Analyze);

    private static void Analyze(ReportAnalysisContext context)
    {
        if (context.Report.Harms is not { } harms || harms.NoEvents == true) return;
        bool nonSerious = harms.Groups.Any(g => g.NonSerious is not null) || harms.Events.Any(e => e.Serious == false)
            || (harms.Statement is { } text && NonSeriousWording().IsMatch(text));
        if (nonSerious) return;
        bool serious = harms.Groups.Any(g => g.Serious is not null) || harms.Events.Any(e => e.Serious == true)
            || (harms.Statement is { } s && SeriousWording().IsMatch(s));
        if (!serious) return;
        var location = harms.Statement is not null ? context.LocationOf(harms, "statement") : context.LocationOf(harms);
        context.ReportDiagnostic(Descriptor, location);
    }

    [GeneratedRegex(@"\bnon-?\s?serious\b", RegexOptions.IgnoreCase)]
    private static partial Regex NonSeriousWording();

    [GeneratedRegex(@"\bserious\b", RegexOptions.IgnoreCase)]
    private static partial Regex SeriousWording();
}
