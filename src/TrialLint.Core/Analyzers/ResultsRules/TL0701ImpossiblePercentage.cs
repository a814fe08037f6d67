using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using TrialLint.Diagnostics;
using TrialLint.Model;
using TrialLint.Syntax;

namespace TrialLint.Analyzers.ResultsRules;

/// <summary>
/// TL0701: a percentage given for an outcome result is possible for its denominator (the GRIM test, Brown and
/// Heathers 2016). With the number of decimals as written, some whole number of participants k out of the n
/// analysed must give the percentage after rounding; when the number with the event is given, the percentage
/// must be that number over n, rounded. A percentage of the participants with data (n_with_data) is accepted too.
/// </summary>
public sealed class TL0701ImpossiblePercentage : ReportAnalyzer
{
    /// <summary>Percentages written with more decimals than this are not checked.</summary>
    private const int MaxDecimals = 10;

    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0701", "Percentage impossible for its denominator",
        "In {outcome}, arm '{arm}': {problem}",
        DiagnosticCategory.Results, DiagnosticSeverity.Error,
        "A percentage of participants is a whole number of participants divided by the number analysed. With a small denominator only some percentages can occur: of 99 participants, 41 is 41.4% and 42 is 42.4%, so 42.0% cannot be right (the GRIM test, Brown and Heathers 2016). An impossible percentage means that the percentage, the number analysed or the number with the event is wrong.",
        ["CONSORT-2025:26"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterReportAction(Analyze);

    private static void Analyze(ReportAnalysisContext context)
    {
        var report = context.Report;
        bool applies = false;
        for (int o = 0; o < report.Outcomes.Length; o++)
        {
            var outcome = report.Outcomes[o];
            foreach (var result in outcome.Results)
            {
                if (result.Percentage is not double percentage || result.NAnalysed is not long n || n <= 0) continue;
                applies = true;
                string written = WrittenText(context.Tree, result.PointerOf("percentage")) ?? percentage.ToString("R", CultureInfo.InvariantCulture);
                if (!Percent.TryParse(written, out var p) || p.Decimals > MaxDecimals) continue;
                long? withData = result.NWithData is long m && m > 0 && m != n ? m : null;
                string? problem = result.Events is long events ? CheckEvents(p, written, events, n, withData) : CheckGrim(p, written, n, withData);
                if (problem is null) continue;
                context.ReportDiagnostic(Descriptor, context.LocationOf(result, "percentage"),
                    ("outcome", TL0705OutcomeAnalysedExceedsAllocation.OutcomeName(outcome, o)), ("arm", result.Arm ?? "?"), ("problem", problem));
            }
        }
        // Nothing to check: no result gives a percentage together with the number analysed.
        if (!applies) context.ReportNotApplicable(Descriptor);
    }

    /// <summary>The events are given: the percentage must be events / n (or events / n with data), rounded.</summary>
    private static string? CheckEvents(Percent p, string written, long events, long n, long? withData)
    {
        if (p.Matches(events, n) || (withData is long m && p.Matches(events, m))) return null;
        string alternative = withData is long md ? $" (and {events} of the {md} with data is {Percent.Show(events, md, p.Decimals)}%)" : "";
        return $"{events} of {n} is {Percent.Show(events, n, p.Decimals)}%, not {written}%{alternative}; check the number with the event, the number analysed and the percentage";
    }

    /// <summary>Only the percentage is given: some whole number of participants must give it (GRIM).</summary>
    private static string? CheckGrim(Percent p, string written, long n, long? withData)
    {
        if (p.PossibleFor(n) || (withData is long m && p.PossibleFor(m))) return null;
        long below = p.CountBelow(n);
        string alternative = withData is long md ? $", nor with the {md} with data" : "";
        return $"{written}% is not possible with {n} participants analysed{alternative}: {below} of {n} is {Percent.Show(below, n, p.Decimals)}% and {below + 1} of {n} is {Percent.Show(below + 1, n, p.Decimals)}%; check the percentage and the number analysed";
    }

    /// <summary>The percentage as written in the source (its decimals matter), or null when it cannot be found.</summary>
    private static string? WrittenText(SyntaxTree tree, JsonPointer pointer)
    {
        SyntaxNode? node = tree.Root;
        foreach (string segment in pointer.Segments)
        {
            node = node switch
            {
                MappingNode mapping => mapping[segment],
                SequenceNode sequence when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out int i) && i < sequence.Items.Count => sequence.Items[i],
                _ => null,
            };
            if (node is null) return null;
        }
        return node is ScalarNode { Type: ScalarType.Integer or ScalarType.Float } scalar ? scalar.Value.Trim() : null;
    }

    /// <summary>A percentage as written: <see cref="Scaled"/> / 10^<see cref="Decimals"/>, exactly.</summary>
    private readonly record struct Percent(BigInteger Scaled, int Decimals)
    {
        private BigInteger Unit => BigInteger.Pow(10, Decimals);

        /// <summary>Reads "42.0", "42", "4.20e1"; the decimals are those written (trailing zeros count).</summary>
        public static bool TryParse(string text, out Percent percent)
        {
            percent = default;
            string s = text.Replace("_", "", StringComparison.Ordinal).TrimStart('+');
            if (s.StartsWith('-')) return false;
            int e = s.IndexOfAny(['e', 'E']);
            int exponent = 0;
            if (e >= 0 && !int.TryParse(s[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent)) return false;
            string mantissa = e >= 0 ? s[..e] : s;
            int dot = mantissa.IndexOf('.');
            string whole = dot >= 0 ? mantissa[..dot] : mantissa;
            string fraction = dot >= 0 ? mantissa[(dot + 1)..] : "";
            string digits = whole + fraction;
            if (digits.Length == 0 || !digits.All(char.IsAsciiDigit)) return false;
            var scaled = BigInteger.Parse(digits, CultureInfo.InvariantCulture);
            int decimals = fraction.Length - exponent;
            if (decimals < 0)
            {
                scaled *= BigInteger.Pow(10, -decimals);
                decimals = 0;
            }
            percent = new Percent(scaled, decimals);
            return true;
        }

        /// <summary>Whether k of n, as a percentage rounded to the written decimals, gives this percentage (either way of rounding a half).</summary>
        public bool Matches(long k, long n) =>
            // |100k/n - P/10^d| <= 1/(2*10^d)  <=>  |200*k*10^d - 2*P*n| <= n
            BigInteger.Abs(200 * new BigInteger(k) * Unit - 2 * Scaled * n) <= n;

        /// <summary>The largest k whose k/n is at most this percentage.</summary>
        public long CountBelow(long n) => (long)BigInteger.Min(n, Scaled * n / (100 * Unit));

        /// <summary>Whether some whole k of n gives this percentage: only the two k nearest to it can.</summary>
        public bool PossibleFor(long n)
        {
            long below = CountBelow(n);
            return Matches(below, n) || (below < n && Matches(below + 1, n));
        }

        /// <summary>k of n as a percentage with <paramref name="decimals"/> decimals.</summary>
        public static string Show(long k, long n, int decimals) =>
            Math.Round((decimal)k * 100 / n, Math.Min(decimals, 10), MidpointRounding.AwayFromZero)
                .ToString("F" + Math.Min(decimals, 10).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
