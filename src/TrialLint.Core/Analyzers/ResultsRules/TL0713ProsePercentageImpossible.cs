using System.Collections.Immutable;
using TrialLint.Diagnostics;
using Percent = TrialLint.Analyzers.ResultsRules.WrittenPercent.Percent;

namespace TrialLint.Analyzers.ResultsRules;

/// <summary>
/// TL0713: a percentage the prose writes with its count or its denominator is impossible for them, at the
/// decimals written (the GRIM test, as TL0701 for the data): "42/99 (43.4%)" (42 of 99 is 42.4%), "33.3% of 20"
/// (no whole number of 20 is 33.3%), "7 (36%)" (no denominator makes 7 participants 36%).
/// </summary>
public sealed class TL0713ProsePercentageImpossible : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0713", "Percentage in the prose impossible for its numbers",
        "{field} {gives} {written}: {problem}",
        DiagnosticCategory.Results, DiagnosticSeverity.Warning,
        "A percentage of participants is a whole number of participants divided by a whole number of participants. When the prose gives the percentage with its count or its denominator (\"42/99 (42.4%)\", \"33.3% of 20\", \"7 (35%)\"), the arithmetic can be checked: 42 of 99 is 42.4%, no whole number of 20 participants is 33.3%, and no number of participants makes 7 of them 36% (the GRIM test, Brown and Heathers 2016). An impossible percentage means a typing error in the count, the denominator or the percentage.",
        ["CONSORT-2025:1b", "CONSORT-2025:26"]);

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
        bool applies = false;
        foreach (var field in ProseFields.Of(context.Tree))
        {
            applies = true;
            foreach (var stated in ProsePercentages.Read(field.Node.Value))
            {
                if (Problem(stated) is not { } problem) continue;
                context.ReportDiagnostic(Descriptor, ProseFields.LocationOf(context.Tree, field, stated.PercentToken),
                    ("field", ProseFields.Capitalised(field.Name)), ("gives", field.Gives), ("written", stated.Written), ("problem", problem));
            }
        }
        // No prose (title, abstract, conclusions, statements of the flow, harms, baseline or design).
        if (!applies) context.ReportNotApplicable(Descriptor);
    }

    /// <summary>What is wrong with the percentage, or null when it is possible.</summary>
    internal static string? Problem(ProsePercentage s)
    {
        var p = s.Percent;
        string x = s.PercentToken.Text;
        if (s.Count is long k && s.Denominator is long n)
        {
            if (n <= 0 || k > n || p.Matches(k, n)) return null;
            return $"{k} of {n} is {Percent.Show(k, n, p.Decimals)}%, not {x}%; check the count, the denominator and the percentage";
        }
        if (s.Denominator is long d)
        {
            if (d <= 0 || p.PossibleFor(d)) return null;
            long below = p.CountBelow(d);
            return $"{x}% is not possible with {d}: {below} of {d} is {Percent.Show(below, d, p.Decimals)}% and {below + 1} of {d} is {Percent.Show(below + 1, d, p.Decimals)}%; check the percentage and its denominator";
        }
        if (s.Count is long c)
        {
            if (PossibleForSome(p, c)) return null;
            var (value, _) = p.Exact();
            long near = value > 0 ? (long)Math.Floor(c * 100m / value) : 0;
            string examples = near >= c && near > 0
                ? $" ({c} of {near} is {Percent.Show(c, near, p.Decimals)}% and {c} of {near + 1} is {Percent.Show(c, near + 1, p.Decimals)}%)"
                : "";
            return $"no number of participants makes {c} of them {x}%{examples}; check the count and the percentage";
        }
        return null;
    }

    /// <summary>Whether some denominator n ≥ k makes k of n this percentage: the n nearest to 100k/p are the only candidates.</summary>
    private static bool PossibleForSome(Percent p, long k)
    {
        var (value, _) = p.Exact();
        if (k == 0) return value == 0;
        if (value == 0) return false;
        decimal exact = k * 100m / value;
        long floor = (long)Math.Floor(exact);
        for (long n = Math.Max(k, floor - 1); n <= Math.Max(k, floor + 2); n++)
        {
            if (n > 0 && p.Matches(k, n)) return true;
        }
        return false;
    }
}
