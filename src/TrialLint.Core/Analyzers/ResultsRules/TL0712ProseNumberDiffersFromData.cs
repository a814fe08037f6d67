using System.Collections.Immutable;
using TrialLint.Diagnostics;

namespace TrialLint.Analyzers.ResultsRules;

/// <summary>
/// TL0712: a number the prose states (the title, abstract, conclusions, or a statement of the flow, harms,
/// baseline or design) for a quantity the data also give — enrolled, randomised, receiving the intervention,
/// analysed, completed, lost to follow-up, deaths, participants with serious adverse events — differs from the
/// data: "the abstract says 120 randomised; the flow allocates 118 (60 + 58)". Read by
/// <see cref="ProseClaims"/>, which reads only the shapes it knows and leaves alone a clause about a plan, another
/// study, a time point or a subgroup.
/// </summary>
public sealed class TL0712ProseNumberDiffersFromData : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0712", "Number in the prose differs from the data",
        "{field} {says} {claim}; {data}: correct whichever is wrong",
        DiagnosticCategory.Results, DiagnosticSeverity.Warning,
        "Authors write the same numbers twice: in the abstract, the conclusions or a statement, and in the flow diagram and the tables. Editors check the abstract against the flow by eye, because a mismatch means one of them is wrong, and readers of the abstract alone (most readers) get the wrong one. The prose is read for counts of participants enrolled, randomised, treated, analysed, completed, lost to follow-up, deaths and participants with serious adverse events, and compared with the same quantity in the data.",
        ["CONSORT-2025:1b", "CONSORT-2025:22a"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    /// <remarks>
    /// Only the abstract: it reads the title, conclusions and statements too, but the filled-in checklist shows what a
    /// rule read as where its items are reported, and item 1b (the structured summary) is reported by an abstract
    /// alone; with no abstract, 1b is "not checked: the report has no abstract", not "reported" at the title.
    /// </remarks>
    public override ImmutableArray<string> Reads { get; } = ["abstract"];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterReportAction(Analyze);

    private static void Analyze(ReportAnalysisContext context)
    {
        var fields = ProseFields.Of(context.Tree).ToList();
        // Nothing to compare: no prose, or no quantity the data give for the whole trial.
        if (fields.Count == 0 || !Enum.GetValues<ProseQuantity>().Any(q => ProseData.Of(context.Report, q, null) is not null))
        {
            context.ReportNotApplicable(Descriptor);
            return;
        }
        foreach (var field in fields)
        {
            foreach (var claim in ProseClaims.Read(field.Node.Value))
            {
                if (ProseData.Of(context.Report, claim.Quantity, field.Arm) is not { } datum) continue;
                if (Agrees(claim, datum)) continue;
                context.ReportDiagnostic(Descriptor, ProseFields.LocationOf(context.Tree, field, claim.Numbers[0].Token),
                    ("field", ProseFields.Capitalised(field.Name)), ("says", field.Says), ("claim", Said(claim)), ("data", datum.Said));
            }
        }
    }

    /// <summary>Whether the claim can be read as agreeing with the data: precision first, any reading that agrees does.</summary>
    internal static bool Agrees(ProseClaim claim, ProseDatum datum)
    {
        if (claim.Numbers.Count > 1 && claim.Bound != ProseBound.Range)
        {
            // One number per arm, in some order ("99 and 98 were analysed"); another count of numbers is not per arm.
            if (datum.Arms.Count != claim.Numbers.Count) return true;
            return claim.Numbers.Select(n => n.Value).Order().SequenceEqual(datum.Arms.Select(a => a.N).Order());
        }
        if (claim.EachArm) return datum.Arms.Count == 0 || datum.Arms.All(a => claim.Agrees(a.N)) || datum.Totals.Any(claim.Agrees);
        if (datum.Totals.Any(claim.Agrees)) return true;
        // A number of one arm's ("60 were randomised to exemplotide"), or a sentence about one arm; "no deaths" is
        // about the whole trial unless it names an arm.
        if (datum.Arms.Count <= 1) return false;
        bool none = claim.Numbers[0].Value == 0 && claim.Bound == ProseBound.Exact;
        return claim.AboutAnArm || (!none && datum.Arms.Any(a => claim.Agrees(a.N)));
    }

    private static string Said(ProseClaim claim)
    {
        string n = claim.Written;
        return claim.Quantity switch
        {
            ProseQuantity.Enrolled => $"{n} enrolled",
            ProseQuantity.Randomised => $"{n} randomised",
            ProseQuantity.Received => $"{n} received the intervention",
            ProseQuantity.Analysed => $"{n} analysed",
            ProseQuantity.Completed => $"{n} completed",
            ProseQuantity.LostToFollowUp => $"{n} lost to follow-up",
            ProseQuantity.Deaths => $"{n} died",
            ProseQuantity.SeriousParticipants => $"{n} with serious adverse events",
            ProseQuantity.SeriousEvents => $"{n} serious adverse events",
            _ => n,
        };
    }
}
