using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Model;

namespace TrialLint.Analyzers.ParticipantFlowRules;

/// <summary>
/// TL0103: the number enrolled equals the numbers allocated to the arms. Each arm counts once, in the first
/// period it appears in, so crossovers (the same arms in later periods) and multi-stage trials (new arms in a
/// later stage) add up. Enrolment may also count everyone who first starts a later period (newcomers to an
/// extension, the arms a run-in group is then spread over): a number between the fewest and the most who can have
/// first started a period is accepted. A difference the flow statement (the pre-assignment details) accounts for
/// is not a finding: it gives the number lost or the number allocated, or, when more were enrolled than
/// allocated, it says participants were lost before allocation (screen failures, a run-in, withdrawal before
/// randomisation), and then the rule cannot tell. Groups that may hold the same participants (when one group is as
/// large as the enrolment, every participant may be in every group) may add up to more than were enrolled.
/// </summary>
public sealed class TL0103EnrolledNotAllocated : ReportAnalyzer
{
    /// <summary>The descriptor.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "TL0103", "Enrolled participants do not match the allocations",
        "{enrolled} participants were enrolled, but the numbers allocated to the arms add up to {allocated} ({breakdown})",
        DiagnosticCategory.ParticipantFlow, DiagnosticSeverity.Error,
        "The participants enrolled (randomised, in a randomised trial) are the participants allocated to the arms. When the sum over arms differs, participants appear or disappear at allocation.",
        ["CONSORT-2025:22a", "CONSORT-Harms-2022:13a"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override ImmutableArray<string> Reads { get; } = ["flow.enrolled", "flow.periods"];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterReportAction(Analyze);

    private static void Analyze(ReportAnalysisContext context)
    {
        if (FlowNumbers.NotApplicableWithoutFlow(context, Descriptor)) return;
        if (context.Report.Flow is not { Enrolled: long enrolled } flow || flow.Periods.IsEmpty) return;
        if (Allocations.Of(flow) is not { } a) return;
        long sum = a.FirstAppearances.Values.Sum();
        if (sum == enrolled || (a.Fewest <= enrolled && enrolled <= a.Most)) return;
        // Groups that may hold the same participants: every participant in a group as large as the enrolment (their
        // own control, a crossover listing each treatment with everyone).
        bool mayOverlap = a.FirstAppearances.Values.All(n => n <= enrolled) && a.FirstAppearances.ContainsValue(enrolled);
        if (enrolled < a.Fewest && mayOverlap) return;
        string? statement = flow.Statement;
        if (TL0103EnrolmentText.GivesNumbers(statement, enrolled, sum) || TL0103EnrolmentText.GivesNumbers(statement, enrolled, a.Fewest)) return;
        if (enrolled > a.Most && TL0103EnrolmentText.SaysLostBeforeAllocation(statement)) return;
        string breakdown = string.Join(" + ", a.FirstAppearances.Select(kv => $"{kv.Value} in '{kv.Key}'"));
        context.ReportDiagnostic(Descriptor, context.LocationOf(flow, "enrolled"), ("enrolled", enrolled), ("allocated", sum), ("breakdown", breakdown));
    }

    /// <summary>
    /// The allocations of a flow: each arm's number where it first appears, and the fewest and most participants
    /// who can have first started some period (Fewest and Most are equal for a single period).
    /// </summary>
    private sealed class Allocations
    {
        public Dictionary<string, long> FirstAppearances { get; } = new(StringComparer.Ordinal);

        public long Fewest { get; private set; }

        public long Most { get; private set; }

        /// <summary>Null when an arm's first appearance gives no number allocated: the sum cannot be formed.</summary>
        public static Allocations? Of(ParticipantFlow flow)
        {
            var a = new Allocations();
            var maxStarted = new Dictionary<string, long>(StringComparer.Ordinal);
            var lastLeft = new Dictionary<string, long>(StringComparer.Ordinal);
            Dictionary<string, long>? previous = null;
            bool bounded = true;
            foreach (var period in flow.Periods)
            {
                var started = new Dictionary<string, long>(StringComparer.Ordinal);
                foreach (var group in period.Groups)
                {
                    if (group.Arm is null) continue;
                    if (group.Allocated is not long n)
                    {
                        // An arm whose first appearance gives no number cannot be summed: say nothing rather than guess.
                        if (!a.FirstAppearances.ContainsKey(group.Arm)) return null;
                        bounded = false;
                        continue;
                    }
                    a.FirstAppearances.TryAdd(group.Arm, n);
                    started[group.Arm] = started.GetValueOrDefault(group.Arm) + n;
                }
                if (started.Count == 0) continue;
                if (previous is null)
                {
                    a.Fewest += started.Values.Sum();
                    a.Most += started.Values.Sum();
                }
                else
                {
                    long newcomers = 0, moreThanEver = 0, moreThanLeft = 0;
                    foreach (var (arm, n) in started)
                    {
                        if (!maxStarted.TryGetValue(arm, out long most)) newcomers += n;
                        else
                        {
                            moreThanEver += Math.Max(0, n - most);
                            moreThanLeft += Math.Max(0, n - lastLeft[arm]);
                        }
                    }
                    // Who left a group of the previous period without dropping out may start one of the new groups.
                    long feeders = previous.Sum(kv => Math.Max(0, kv.Value - started.GetValueOrDefault(kv.Key)));
                    a.Fewest += moreThanEver + Math.Max(0, newcomers - feeders);
                    a.Most += moreThanLeft + newcomers;
                }
                var completed = new Dictionary<string, long>(StringComparer.Ordinal);
                foreach (var group in period.Groups)
                {
                    if (group.Arm is null || !started.TryGetValue(group.Arm, out long n)) continue;
                    maxStarted[group.Arm] = Math.Max(maxStarted.GetValueOrDefault(group.Arm), n);
                    long left = group.Completed ?? n;
                    lastLeft[group.Arm] = left;
                    completed[group.Arm] = completed.GetValueOrDefault(group.Arm) + left;
                }
                previous = completed;
            }
            if (a.FirstAppearances.Count == 0) return null;
            if (!bounded) (a.Fewest, a.Most) = (a.FirstAppearances.Values.Sum(), a.FirstAppearances.Values.Sum());
            return a;
        }
    }
}
