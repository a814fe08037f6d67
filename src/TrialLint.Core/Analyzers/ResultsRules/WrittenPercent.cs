using System.Globalization;
using System.Numerics;
using TrialLint.Model;
using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Analyzers.ResultsRules;

/// <summary>Percentages as written in a report: their exact value and the decimals the author gave (TL0701, TL0711).</summary>
internal static class WrittenPercent
{
    /// <summary>Percentages written with more decimals than this are not checked.</summary>
    private const int MaxDecimals = 10;

    /// <summary>
    /// The percentage <paramref name="value"/> of <paramref name="obj"/>'s <c>percentage</c> field as written in the
    /// source (its decimals matter); false when it cannot be read or has too many decimals to check.
    /// </summary>
    public static bool TryRead(SyntaxTree tree, ModelObject obj, double value, out string written, out Percent percent)
    {
        written = WrittenText(tree, obj.PointerOf("percentage")) ?? value.ToString("R", CultureInfo.InvariantCulture);
        return Percent.TryParse(written, out percent) && percent.Decimals <= MaxDecimals;
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
    internal readonly record struct Percent(BigInteger Scaled, int Decimals)
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

        /// <summary>The percentage as a number, and the most that rounding to its decimals can have added to it.</summary>
        public (decimal Value, decimal Rounding) Exact()
        {
            decimal unit = (decimal)Unit;
            // A percentage beyond any sum that matters (the schema already reports one above 100) must not overflow.
            var value = BigInteger.Min(Scaled, new BigInteger(1e15m) * Unit);
            return ((decimal)value / unit, 0.5m / unit);
        }

        /// <summary>k of n as a percentage with <paramref name="decimals"/> decimals.</summary>
        public static string Show(long k, long n, int decimals) =>
            Math.Round((decimal)k * 100 / n, Math.Min(decimals, 10), MidpointRounding.AwayFromZero)
                .ToString("F" + Math.Min(decimals, 10).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
