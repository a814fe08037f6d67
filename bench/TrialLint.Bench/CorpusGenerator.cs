using System.Globalization;
using System.Text;

namespace TrialLint.Bench;

/// <summary>
/// Generates realistic trial reports in the seeds' shape, deterministically from a seed number (the same seed gives
/// the same files on any machine: <see cref="Random(int)"/> with a seed is stable across .NET versions).
/// <para>
/// Variety, per report: the design (two-arm and multi-arm parallel, factorial, cluster and crossover randomised
/// trials; single-arm, dose-escalation and two-stage early-phase trials), one to six arms, one to four flow periods,
/// one to eight outcomes with results, effects and confidence intervals, per-arm harms with zero to twenty-five
/// event terms, baseline, statistical methods, protocol changes, prose of varied length, block and flow YAML, and
/// comments. Sizes run from about 3.5 KB to about 30 KB (median about 9 KB, mean about 10 KB; the seeds are 9–21 KB).
/// </para>
/// <para>
/// Findings: sections are left out at rates like those of real drafts (patient involvement often, registration
/// rarely), and about one report in four carries an arithmetic or consistency error of a kind TrialLint checks
/// (flow that does not add up, a loss without a reason, an impossible percentage, a reversed confidence interval,
/// more harmed than at risk, deaths missing from the harms, a late registration, efficacy claimed without a
/// control ...). About one in a hundred breaks the schema (an unknown key, a negative count, a misspelt value), so
/// schema findings are part of the run too.
/// </para>
/// </summary>
public static class CorpusGenerator
{
    private static readonly string[] Words =
        ("participants patients were randomly assigned to receive the study drug or matching placebo once daily for twelve " +
         "weeks primary outcome was assessed by blinded outcome assessors at each visit adverse events recorded " +
         "systematically using a structured checklist and graded by severity trial conducted university hospitals " +
         "clinics in three countries with an independent data monitoring committee who reviewed safety data every " +
         "six months baseline characteristics similar between groups analysis intention to treat population included " +
         "all randomised missing data handled multiple imputation under missing at random assumption sensitivity " +
         "analyses per protocol gave consistent results disease progression measured validated scale symptom score " +
         "quality of life questionnaire hospital admission mortality secondary outcomes included time to relapse " +
         "laboratory values vital signs electrocardiograms dose reductions treatment discontinuations were uncommon " +
         "recruitment slower than expected because of the pandemic sites opened later enrolment extended").Split(' ');

    private static readonly string[] Conditions =
        ["episodic migraine", "type 2 diabetes", "moderate asthma", "chronic low back pain", "knee osteoarthritis",
         "major depressive disorder", "heart failure with reduced ejection fraction", "amyotrophic lateral sclerosis",
         "rheumatoid arthritis", "community-acquired pneumonia", "atopic dermatitis", "hypertension", "sepsis",
         "multiple sclerosis", "Parkinson's disease", "chronic kidney disease", "ulcerative colitis", "psoriasis"];

    private static readonly string[] Drugs =
        ["exemplotide", "tralomab", "zenavir", "quorastat", "belinex", "cardiprazole", "neurofen-XR", "lumacept",
         "ostevan", "pulmodryl", "glycomet-LA", "dermasolve", "immunovax", "hepatrix", "renaprol", "migrastat"];

    private static readonly string[] Countries =
        ["United Kingdom", "Netherlands", "Belgium", "Germany", "France", "Spain", "Italy", "Canada", "United States",
         "Australia", "Japan", "Brazil", "India", "South Africa", "Sweden", "Denmark"];

    private static readonly string[] AdverseTerms =
        ["Headache", "Nausea", "Nasopharyngitis", "Fatigue", "Diarrhoea", "Constipation", "Dizziness", "Rash",
         "Injection-site reaction", "Back pain", "Arthralgia", "Upper respiratory tract infection", "Insomnia",
         "Hypertension", "Urinary tract infection", "Vomiting", "Cough", "Pyrexia", "Anaemia", "Neutropenia",
         "Elevated ALT", "Pneumonia", "Myocardial infarction", "Hypersensitivity", "Fall", "Appendicitis",
         "Atrial fibrillation", "Pulmonary embolism", "Syncope", "Cellulitis"];

    private static readonly string[] LossReasons =
        ["Moved away", "Could not be contacted", "Withdrew consent", "Relocated abroad", "Did not attend follow-up visits"];

    private static readonly string[] DiscontinuationReasons =
        ["Adverse event", "Lack of efficacy", "Withdrew consent", "Protocol deviation", "Physician decision", "Pregnancy"];

    private static readonly string[] BlindedRoles = ["participants", "care-providers", "investigators", "outcome-assessors", "data-analysts"];

    private enum Kind { Parallel2, ParallelMulti, Factorial, Cluster, Crossover, SingleArm, DoseEscalation, TwoStage }

    /// <summary>Writes <paramref name="count"/> reports into <paramref name="directory"/>.</summary>
    public static void Generate(string directory, int count, int seed)
    {
        Directory.CreateDirectory(directory);
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
            File.WriteAllText(Path.Combine(directory, $"report-{i:00000}.trial.yaml"), Report(random, i));
    }

    /// <summary>One report; consumes <paramref name="random"/> deterministically.</summary>
    public static string Report(Random random, int index) => new Writer(random, index).Write();

    private sealed class Writer(Random random, int index)
    {
        private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
        private readonly StringBuilder _sb = new();
        private readonly HashSet<string> _flaws = [];

        private bool Chance(double p) => random.NextDouble() < p;
        private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        private void Line(string text) => _sb.Append(text).Append('\n');
        private static string Q(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
        private static string F(double v, int decimals) => Math.Round(v, decimals).ToString("0." + new string('0', Math.Max(decimals, 1)), Inv);

        /// <summary>A flaw of the given name, with the given probability; each report has at most a few.</summary>
        private bool Flaw(string name, double p)
        {
            if (!_flawed || _flaws.Count >= 3 || !Chance(p)) return false;
            _flaws.Add(name);
            return true;
        }

        private bool _flawed;

        /// <summary>Scales the amount of prose and the number of outcomes and event terms: most reports are short drafts, some are full papers.</summary>
        private double _size = 1;
        private int Scaled(int min, int max) => Math.Max(min > 0 ? 1 : 0, (int)Math.Round(random.Next(min, max + 1) * _size));

        public string Write()
        {
            var kind = PickKind();
            _flawed = Chance(0.25);
            double sizeClass = random.NextDouble();
            _size = sizeClass < 0.4 ? 0.25 : sizeClass < 0.85 ? 0.5 : 1.2;
            bool schemaBreak = Chance(0.01);
            bool randomised = kind is Kind.Parallel2 or Kind.ParallelMulti or Kind.Factorial or Kind.Cluster or Kind.Crossover;
            int arms = kind switch
            {
                Kind.Parallel2 or Kind.Crossover or Kind.Cluster => 2,
                Kind.ParallelMulti => random.Next(3, 7),
                Kind.Factorial => 4,
                Kind.SingleArm => 1,
                Kind.DoseEscalation => random.Next(3, 6),
                _ => 3, // two-stage: one single-arm stage, then two randomised arms
            };
            int periods = kind switch
            {
                Kind.Crossover => random.Next(2, 4),
                Kind.TwoStage => 2,
                _ => random.Next(1, 10) <= 6 ? 1 : random.Next(2, 5),
            };
            string condition = Pick(Conditions), drug = Pick(Drugs);
            string acronym = drug.ToUpperInvariant().Split('-')[0] + "-" + random.Next(1, 9);
            string[] armIds = ArmIds(kind, arms, drug);
            bool verbose = Chance(0.3); // comments and longer statements, like a hand-written report

            if (verbose) Line($"# yaml-language-server: $schema=../schemas/trial-report.schema.json\n# Report {index}: {acronym}, generated for the TrialLint benchmark.");
            Line("format_version: 1");
            string design = kind switch
            {
                Kind.Parallel2 or Kind.ParallelMulti => "a randomised, double-blind, placebo-controlled trial",
                Kind.Factorial => "a randomised 2x2 factorial trial",
                Kind.Cluster => "a cluster-randomised trial",
                Kind.Crossover => "a randomised crossover trial",
                Kind.SingleArm => "a phase 1 single-arm trial",
                Kind.DoseEscalation => "a phase 1 dose-escalation trial",
                _ => "a phase 1/2 trial with a randomised expansion stage",
            };
            if (Flaw("title", 0.15)) design = kind is Kind.SingleArm or Kind.DoseEscalation ? "an open study" : "a placebo-controlled trial";
            Line($"title: {Q($"{Cap(drug)} for {condition}: {design} ({acronym})")}");
            Line($"acronym: {Q(acronym)}");
            if (Chance(0.5)) Line($"abstract: >-\n{Block(Prose(60, 260))}");

            int regYear = 2015 + random.Next(0, 8);
            int startYear = regYear + (Flaw("late-registration", 0.2) ? -1 : 1);
            WriteRegistration(regYear);
            if (!Chance(0.12)) Line(Chance(0.5) ? "protocol: {url: \"https://example.org/protocol.pdf\"}" : $"protocol:\n  url: \"https://example.org/{acronym.ToLowerInvariant()}/protocol\"\n  statement: {Q("Protocol version 2.0 is available online.")}");
            if (!Chance(0.3)) Line("analysis_plan: {url: \"https://example.org/sap.pdf\"}");
            if (!Chance(0.25)) Line($"data_sharing: {{statement: {Q("De-identified participant data are available on reasonable request to the corresponding author.")}}}");
            if (!Chance(0.1)) Line($"funding:\n  sources: [{Q("Example Research Council")}{(Chance(0.4) ? ", " + Q($"{Cap(drug)} Pharma Ltd") : "")}]" + (Chance(0.8) ? $"\n  funder_role: {Q("The funders had no role in the design, conduct or reporting of the trial.")}" : ""));
            if (!Chance(0.1)) Line(Chance(0.7) ? "conflicts_of_interest: {none_declared: true}" : $"conflicts_of_interest:\n  none_declared: false\n  statement: >-\n{Block(Prose(15, 50), 4)}");
            if (!Chance(0.05)) Line($"background: >-\n{Block(Prose(40, 400))}");
            if (!Chance(0.05)) Line($"objectives: >-\n{Block(Prose(20, 80))}");
            if (Chance(0.35)) Line($"patient_involvement: >-\n{Block(Prose(20, 90))}");

            WriteDesign(kind, randomised, arms, armIds);
            if (Chance(0.2)) WriteChanges();
            WriteSettingAndEligibility();
            WriteArms(kind, armIds, drug);
            if (randomised || kind == Kind.TwoStage) WriteRandomisation(kind);

            int planned = (kind is Kind.SingleArm or Kind.DoseEscalation ? random.Next(6, 40) : random.Next(40, 600));
            var allocated = armIds.Select(_ => Math.Max(3, planned / armIds.Length + random.Next(0, planned / 20 + 2))).ToArray();
            bool shortfall = Chance(0.15);
            if (shortfall) for (int a = 0; a < allocated.Length; a++) allocated[a] = Math.Max(3, allocated[a] * 3 / 4);
            int enrolledTotal = kind == Kind.Crossover ? allocated[0] + allocated[1] : allocated.Sum();
            if (kind == Kind.Crossover) { allocated[1] = allocated[0]; enrolledTotal = allocated[0] * 2; }
            bool stoppedEarly = shortfall && Chance(0.4);

            if (!Chance(0.08))
            {
                Line("sample_size:");
                Line($"  planned: {planned}");
                if (!Chance(0.12)) Line($"  calculation: >-\n{Block(Prose(20, 70), 4)}");
                if (randomised && Chance(0.6)) Line($"  interim_analyses: {Q("An independent data monitoring committee reviewed unblinded safety data; no interim efficacy analysis.")}");
                if (shortfall && !stoppedEarly && Chance(0.5)) Line($"  statement: {Q("Recruitment was slower than expected and the steering committee closed it before the target was reached.")}");
            }
            if (!Chance(0.15)) WriteStatisticalMethods(randomised);
            if (!Chance(0.1))
            {
                Line($"dates: {{recruitment_start: \"{startYear}-{random.Next(1, 13):00}-{random.Next(1, 29):00}\", recruitment_end: \"{startYear + 1 + random.Next(0, 3)}-{random.Next(1, 13):00}-{random.Next(1, 29):00}\"" +
                     (Chance(0.7) ? $", follow_up_end: \"{startYear + 3 + random.Next(0, 2)}-{random.Next(1, 13):00}-{random.Next(1, 29):00}\"}}" : "}"));
            }
            string horizon = Pick(new[] { "12 weeks", "24 weeks", "6 months", "12 months", "52 weeks", "2 years", "28 days" });
            if (!Chance(0.1)) Line($"follow_up: {{planned: {Q(horizon)}{(Chance(0.6) ? $", actual: {Q($"median {horizon}")}" : "")}}}");
            if (stoppedEarly) Line(Flaw("stopped-no-reason", 0.6) ? "stopping: {stopped_early: true}" : $"stopping: {{stopped_early: true, reason: {Q("Stopped for slow recruitment on the advice of the data monitoring committee.")}}}");
            else if (Chance(0.4)) Line("stopping: {stopped_early: false, reason: \"Completed as planned\"}");
            if (Chance(0.55)) Line($"delivery:\n  as_administered: >-\n{Block(Prose(15, 60), 4)}" + (Chance(0.7) ? $"\n  concomitant_care: >-\n{Block(Prose(10, 50), 4)}" : ""));

            var analysed = WriteFlow(kind, armIds, allocated, periods, enrolledTotal, schemaBreak, out bool deathInFlow);
            if (!Chance(0.2)) WriteBaseline(armIds, allocated, kind);
            WriteOutcomes(kind, armIds, analysed, horizon, randomised);
            if (Chance(0.3)) Line($"ancillary_analyses: >-\n{Block(Prose(20, 90))}");
            WriteHarms(armIds, analysed, horizon, deathInFlow);

            string conclusions = Prose(25, 120);
            if (kind is Kind.SingleArm or Kind.DoseEscalation && Flaw("efficacy-claim", 0.5))
                conclusions = "Treatment was well tolerated and participants improved over 12 months, with no progression of disease in any patient. " + conclusions;
            Line($"conclusions: >-\n{Block(conclusions)}");
            if (!Chance(0.12)) Line($"limitations: >-\n{Block(Prose(20, 160))}");
            if (schemaBreak && Chance(0.5)) Line($"comments: {Q("Draft for internal review")}");
            return _sb.ToString();
        }

        private Kind PickKind()
        {
            double r = random.NextDouble();
            return r switch
            {
                < 0.42 => Kind.Parallel2,
                < 0.52 => Kind.ParallelMulti,
                < 0.56 => Kind.Factorial,
                < 0.60 => Kind.Cluster,
                < 0.68 => Kind.Crossover,
                < 0.83 => Kind.SingleArm,
                < 0.93 => Kind.DoseEscalation,
                _ => Kind.TwoStage,
            };
        }

        private string[] ArmIds(Kind kind, int arms, string drug) => kind switch
        {
            Kind.Parallel2 or Kind.Cluster => [drug, "placebo"],
            Kind.Crossover => ["ab", "ba"],
            Kind.Factorial => ["a-b", "a-only", "b-only", "neither"],
            Kind.SingleArm => [drug],
            Kind.DoseEscalation => Enumerable.Range(1, arms).Select(d => $"dose{d}").ToArray(),
            Kind.TwoStage => ["stage1", "expansion", "control"],
            _ => [.. Enumerable.Range(1, arms - 1).Select(d => $"{drug}-{d * 10}mg"), "placebo"],
        };

        private void WriteRegistration(int year)
        {
            if (Flaw("no-registration", 0.15) || Chance(0.03)) return;
            string id = Flaw("bad-registration-id", 0.15) ? $"NCT{random.Next(100000, 999999)}" : $"NCT{random.Next(10000000, 99999999)}";
            if (Chance(0.15))
            {
                Line($"registration: {{registry: ISRCTN, id: ISRCTN{random.Next(10000000, 99999999)}, date: \"{year}-{random.Next(1, 13):00}-{random.Next(1, 29):00}\"}}");
                return;
            }
            Line("registration:\n  registry: ClinicalTrials.gov");
            Line($"  id: {id}");
            Line($"  url: \"https://clinicaltrials.gov/study/{id}\"");
            if (!Chance(0.1)) Line($"  date: \"{year}-{random.Next(1, 13):00}-{random.Next(1, 29):00}\"");
        }

        private void WriteDesign(Kind kind, bool randomised, int arms, string[] armIds)
        {
            if (Chance(0.03)) return;
            Line("design:");
            if (kind == Kind.TwoStage)
            {
                Line("  type: other\n  phase: \"1/2\"\n  stages:");
                Line($"    - {{id: escalation, randomised: false, type: single-arm, arms: [{armIds[0]}]}}");
                Line($"    - {{id: randomised, randomised: true, type: parallel, arms: [{armIds[1]}, {armIds[2]}]}}");
                Line("  allocation_ratio: \"1:1\"");
                return;
            }
            Line($"  randomised: {(randomised ? "true" : "false")}");
            string type = kind switch
            {
                Kind.Crossover => "crossover", Kind.Factorial => "factorial", Kind.Cluster => "cluster",
                Kind.SingleArm => "single-arm", Kind.DoseEscalation => "dose-escalation", _ => "parallel",
            };
            if (!Flaw("no-design-type", 0.1)) Line($"  type: {type}");
            Line($"  phase: \"{(kind is Kind.SingleArm or Kind.DoseEscalation ? Pick(new[] { "1", "1/2", "early-1" }) : Pick(new[] { "2", "3", "3", "4" }))}\"");
            if (randomised && !Chance(0.1)) Line($"  allocation_ratio: \"{string.Join(':', Enumerable.Repeat("1", Math.Min(arms, 4)))}\"");
            if (randomised && Chance(0.5)) Line($"  framework: {Pick(new[] { "superiority", "superiority", "non-inferiority", "equivalence" })}");
            if (kind is Kind.SingleArm or Kind.DoseEscalation && !Flaw("no-rationale", 0.5)) Line($"  single_arm_rationale: {Q("First-in-human study of safety and dose; a control group would not inform the dose for later trials.")}");
            if (Chance(0.3)) Line($"  statement: >-\n{Block(Prose(15, 50), 4)}");
        }

        private void WriteChanges()
        {
            Line("changes:");
            int n = random.Next(1, 4);
            for (int i = 0; i < n; i++)
            {
                Line($"  - kind: {Pick(new[] { "analysis", "eligibility", "sample-size", "outcome", "other" })}");
                Line($"    description: {Q(Sentence(8, 20))}");
                if (!Flaw("change-without-reason", 0.4)) Line($"    reason: {Q(Sentence(6, 16))}");
                if (Chance(0.5)) Line($"    date: \"20{random.Next(16, 24)}-{random.Next(1, 13):00}-{random.Next(1, 29):00}\"");
            }
        }

        private void WriteSettingAndEligibility()
        {
            if (!Chance(0.07))
            {
                var countries = Enumerable.Range(0, random.Next(1, 5)).Select(_ => Q(Pick(Countries))).Distinct();
                Line($"setting:\n  description: {Q("Outpatient clinics of university and regional hospitals")}\n  countries: [{string.Join(", ", countries)}]\n  sites: {random.Next(1, 80)}");
            }
            if (Chance(0.07)) return;
            Line("eligibility:\n  inclusion:");
            for (int i = Scaled(2, 9); i > 0; i--) Line($"    - {Q(Sentence(4, 14))}");
            Line("  exclusion:");
            for (int i = Scaled(1, 9); i > 0; i--) Line($"    - {Q(Sentence(3, 12))}");
        }

        private void WriteArms(Kind kind, string[] armIds, string drug)
        {
            Line("arms:");
            for (int a = 0; a < armIds.Length; a++)
            {
                bool control = armIds[a] is "placebo" or "control" or "neither";
                string role = control ? (kind == Kind.TwoStage ? "active-comparator" : "placebo-comparator") : "experimental";
                Line($"  - id: {armIds[a]}\n    title: {Q(control ? "Control" : $"{Cap(drug)} {armIds[a]}")}\n    role: {role}");
                if (Chance(0.4)) Line($"    description: {Q(Sentence(8, 24))}");
                if (Flaw("arm-without-intervention", 0.1)) continue;
                bool noDose = Flaw("no-dose", 0.1);
                string dose = $"{(a + 1) * Pick(new[] { 5, 10, 20, 50, 100 })} mg";
                string name = control ? "Placebo" : Cap(drug);
                if (Chance(0.5))
                    Line($"    interventions:\n      - {{name: {Q(name)}, type: drug{(noDose ? "" : $", dose: {Q(dose)}")}, route: oral, schedule: \"once daily\"}}");
                else
                    Line($"    interventions:\n      - name: {Q(name)}\n        type: {Pick(new[] { "drug", "drug", "biological" })}\n{(noDose ? "" : $"        dose: {Q(dose)}\n")}        route: {Pick(new[] { "oral", "subcutaneous", "intravenous", "intrathecal" })}\n        schedule: {Q("every 4 weeks")}\n        description: {Q(Sentence(10, 30))}");
            }
        }

        private void WriteRandomisation(Kind kind)
        {
            if (Flaw("no-randomisation", 0.2)) return;
            Line("randomisation:");
            if (!Chance(0.1)) Line($"  sequence_generation: {Q("Computer-generated random sequence")}");
            if (!Chance(0.1)) Line($"  generated_by: {Q("An independent statistician")}");
            string type = kind == Kind.Cluster ? "simple" : Pick(new[] { "block", "stratified", "minimisation", "simple" });
            Line($"  type: {type}");
            if (type != "simple" && !Chance(0.15)) Line($"  restriction: {Q("Permuted blocks of 4 and 6, stratified by site")}");
            if (!Chance(0.1)) Line($"  concealment: {Q("Central web-based system")}");
            if (!Chance(0.15)) Line($"  implementation: {Q("Site investigators enrolled participants; the web system assigned them")}");
            if (Chance(0.85)) Line(Chance(0.5)
                ? $"blinding: {{blinded: [{string.Join(", ", BlindedRoles.Take(random.Next(1, 6)))}], method: {Q("Matching placebo tablets")}}}"
                : $"blinding:\n  open_label: true\n  statement: {Q(Chance(0.5) ? "Open label: the interventions could not be disguised." : "Open label: the interventions could not be disguised; outcome assessors were blinded.")}");
        }

        private void WriteStatisticalMethods(bool randomised)
        {
            Line("statistical_methods:");
            Line($"  comparisons: >-\n{Block(Prose(20, 90), 4)}");
            if (randomised && !Chance(0.2)) Line($"  analysis_population: {Q("All randomised participants, analysed in the arm to which they were assigned")}");
            if (!Chance(0.4)) Line($"  missing_data: >-\n{Block(Prose(10, 50), 4)}");
            if (Chance(0.4)) Line($"  additional_analyses: >-\n{Block(Prose(10, 60), 4)}");
        }

        private int[] WriteFlow(Kind kind, string[] armIds, int[] allocated, int periods, int enrolled, bool schemaBreak, out bool deathInFlow)
        {
            deathInFlow = false;
            var analysed = new int[armIds.Length];
            if (Flaw("no-flow", 0.05)) return allocated.ToArray();
            int excluded = random.Next(0, enrolled / 3 + 2);
            bool enrolledMismatch = Flaw("enrolled-mismatch", 0.15);
            bool screeningMismatch = Flaw("screened-mismatch", 0.1);
            Line("flow:");
            Line($"  screened: {enrolled + excluded + (screeningMismatch ? random.Next(1, 5) : 0)}");
            if (excluded > 0)
            {
                int notEligible = random.Next(0, excluded + 1);
                Line(Chance(0.5)
                    ? $"  excluded_before_allocation: [{{n: {notEligible}, reason: \"Did not meet inclusion criteria\"}}, {{n: {excluded - notEligible}, reason: \"Declined to participate\"}}]"
                    : $"  excluded_before_allocation:\n    - n: {notEligible}\n      reason: \"Did not meet inclusion criteria\"\n    - n: {excluded - notEligible}\n      reason: \"Declined to participate\"");
            }
            Line($"  enrolled: {(schemaBreak && Chance(0.3) ? -enrolled : enrolled + (enrolledMismatch ? random.Next(1, 4) : 0))}");
            if (Chance(0.2)) Line($"  statement: >-\n{Block(Prose(15, 60), 4)}");
            Line("  periods:");
            var current = (int[])allocated.Clone();
            for (int p = 0; p < periods; p++)
            {
                Line($"    - id: period{p + 1}");
                if (Chance(0.5)) Line($"      title: {Q(p == 0 ? "Treatment" : kind == Kind.Crossover ? $"Period {p + 1} (after washout)" : $"Follow-up {p}")}");
                if (kind == Kind.TwoStage) Line($"      stage: {(p == 0 ? "escalation" : "randomised")}");
                Line("      groups:");
                for (int a = 0; a < armIds.Length; a++)
                {
                    if (kind == Kind.TwoStage && (p == 0) != (a == 0)) continue;
                    bool last = p == periods - 1 || (kind == Kind.TwoStage && a == 0);
                    string arm = Flaw("unknown-arm", 0.05) ? armIds[a] + "x" : armIds[a];
                    int start = kind == Kind.TwoStage ? allocated[a] : current[a];
                    int notReceived = p == 0 || kind == Kind.TwoStage ? random.Next(0, 3) : 0;
                    int lost = random.Next(0, Math.Max(1, start / 15));
                    int discontinued = random.Next(0, Math.Max(1, start / 12));
                    bool death = !deathInFlow && Chance(0.06) && discontinued > 0;
                    Line($"        - arm: {arm}");
                    Line($"          allocated: {start}");
                    if (!Flaw("received-mismatch", 0.05)) Line($"          received: {start - notReceived}");
                    if (notReceived > 0) Line($"          did_not_receive: [{{n: {notReceived}, reason: {Q("Withdrew before the first dose")}}}]");
                    if (lost > 0) Line(Flaw("loss-without-reason", 0.15) ? $"          lost_to_follow_up: [{{n: {lost}}}]" : $"          lost_to_follow_up: [{{n: {lost}, reason: {Q(Pick(LossReasons))}}}]");
                    if (discontinued > 0)
                    {
                        string reason = death ? "Died (disease progression)" : Pick(DiscontinuationReasons);
                        deathInFlow |= death;
                        Line($"          discontinued:\n            - n: {discontinued}\n              reason: {Q(reason)}");
                    }
                    int completed = start - lost - discontinued;
                    Line($"          completed: {completed}");
                    if (last)
                    {
                        int notAnalysed = Chance(0.3) ? random.Next(1, 4) : 0;
                        int n = Math.Max(0, allocated[a] - notAnalysed);
                        if (Flaw("more-analysed", 0.1)) n = allocated[a] + random.Next(1, 4);
                        if (!Flaw("analysed-missing", 0.1))
                        {
                            Line($"          analysed: {n}");
                            if (notAnalysed > 0 && !Flaw("not-analysed-without-reason", 0.3))
                                Line($"          excluded_from_analysis: [{{n: {notAnalysed}, reason: {Q("No post-baseline assessment")}}}]");
                        }
                        analysed[a] = n;
                    }
                    current[a] = Flaw("vanish", 0.05) ? completed - random.Next(1, 3) : completed;
                }
            }
            return analysed;
        }

        private void WriteBaseline(string[] armIds, int[] allocated, Kind kind)
        {
            Line("baseline:");
            Line($"  statement: {Q("Table 1 shows age, sex, disease duration and severity by arm; the arms were similar.")}");
            if (kind == Kind.Crossover || Chance(0.3)) return;
            Line("  groups:");
            for (int a = 0; a < armIds.Length; a++) Line($"    - {{arm: {armIds[a]}, n: {allocated[a] - (Flaw("baseline-differs", 0.1) ? 1 : 0)}}}");
        }

        private void WriteOutcomes(Kind kind, string[] armIds, int[] analysed, string horizon, bool randomised)
        {
            if (Flaw("no-outcomes", 0.05)) return;
            Line("outcomes:");
            int count = Scaled(1, 6);
            for (int o = 0; o < count; o++)
            {
                bool primary = o == 0 && !Flaw("no-primary", 0.1);
                bool binary = Chance(0.35);
                string title = o == 0 && Flaw("vague-title", 0.2) ? "Safety" : binary ? $"Response at {horizon}: {Sentence(3, 8)}" : $"Change in {Sentence(2, 6)} from baseline to {horizon}";
                Line($"  - id: outcome{o + 1}");
                Line($"    type: {(primary ? "primary" : o == 0 ? "secondary" : Pick(new[] { "secondary", "secondary", "other" }))}");
                Line($"    title: {Q(title)}");
                if (!(title == "Safety") && !Chance(0.08)) Line($"    measure: {Q(binary ? "Proportion of participants with at least 50% improvement on the validated scale" : "Score on a validated 0-100 symptom scale")}");
                if (Chance(0.5)) Line($"    metric: {Q(binary ? "proportion" : "change from baseline")}\n    aggregation: {Q(binary ? "proportion" : "mean")}");
                if (!Flaw("no-time-frame", 0.15)) Line($"    time_frame: {Q($"{horizon} after randomisation")}");
                if (Chance(0.3)) Line($"    prespecified: {(Flaw("not-prespecified", 0.3) ? "false" : "true")}");
                if (Chance(0.1)) continue;
                Line("    results:");
                for (int a = 0; a < armIds.Length; a++)
                {
                    int n = analysed[a] <= 0 ? 1 : analysed[a];
                    var parts = new List<string> { $"arm: {armIds[a]}" };
                    if (!Flaw("no-n-analysed", 0.05)) parts.Add($"n_analysed: {n}");
                    if (binary)
                    {
                        int events = random.Next(0, n + 1);
                        if (Flaw("more-events", 0.05)) events = n + random.Next(1, 5);
                        double pct = 100.0 * events / n;
                        if (Flaw("grim", 0.1)) pct += 0.37;
                        parts.Add($"events: {events}");
                        parts.Add($"percentage: {F(pct, 1)}");
                        parts.Add($"value: {F(pct, 1)}");
                        parts.Add("unit: \"% of participants\"");
                    }
                    else
                    {
                        parts.Add($"value: {F(random.NextDouble() * 30 - 20, 1)}");
                        parts.Add($"dispersion: {{type: sd, value: {F(random.NextDouble() * 15 + 3, 1)}}}");
                    }
                    Line($"      - {{{string.Join(", ", parts)}}}");
                }
                if (armIds.Length < 2 || !(randomised || kind == Kind.TwoStage) || Chance(0.3)) continue;
                Line("    effects:");
                double estimate = random.NextDouble() * 10 - 5, half = random.NextDouble() * 3 + 0.2;
                double lower = estimate - half, upper = estimate + half;
                if (Flaw("ci-reversed", 0.05)) (lower, upper) = (upper, lower);
                if (Flaw("estimate-outside", 0.05)) estimate = upper + 1;
                bool noCi = Flaw("no-ci", 0.1);
                Line($"      - measure: {Q(binary ? "risk difference (percentage points)" : "mean difference")}");
                Line($"        estimate: {F(estimate, 2)}");
                if (!noCi) Line($"        ci_lower: {F(lower, 2)}\n        ci_upper: {F(upper, 2)}\n        ci_level: 95");
                Line($"        p_value: {F(random.NextDouble() * 0.5, 3)}");
            }
        }

        private void WriteHarms(string[] armIds, int[] analysed, string horizon, bool deathInFlow)
        {
            if (Flaw("no-harms", 0.1)) return;
            Line("harms:");
            if (!Chance(0.1)) Line($"  definition: {Q("Adverse events coded with MedDRA version 25.0 and graded with CTCAE v5")}");
            if (!Chance(0.1)) Line($"  collection: {Pick(new[] { "systematic", "systematic", "both", "non-systematic" })}");
            if (Chance(0.4)) Line($"  assessment: >-\n{Block(Prose(15, 60), 4)}");
            if (!Chance(0.1)) Line($"  time_frame: {Q($"From the first dose to {horizon}")}");
            bool onlySerious = Flaw("only-serious", 0.2);
            bool deathsMissing = deathInFlow && Flaw("deaths-missing", 0.7);
            if (Chance(0.5) || onlySerious) Line($"  statement: {Q(onlySerious ? "No serious adverse events were observed." : "Adverse events were mostly mild or moderate; see the tables by arm.")}");
            Line("  groups:");
            var atRisk = new int[armIds.Length];
            for (int a = 0; a < armIds.Length; a++)
            {
                atRisk[a] = Math.Max(1, analysed[a]);
                int serious = random.Next(0, Math.Max(1, atRisk[a] / 10));
                int nonSerious = random.Next(0, atRisk[a] + 1);
                if (Flaw("more-harmed", 0.05)) nonSerious = atRisk[a] + random.Next(1, 5);
                int deaths = deathInFlow && !deathsMissing && a == 0 ? 1 : 0;
                Line($"    - arm: {armIds[a]}");
                if (!Flaw("no-at-risk", 0.1)) Line($"      at_risk: {atRisk[a]}");
                Line($"      serious: {{participants: {serious}, events: {serious + random.Next(0, 3)}}}");
                if (!onlySerious) Line($"      non_serious: {{participants: {nonSerious}, events: {nonSerious + random.Next(0, nonSerious + 1)}}}");
                Line($"      deaths: {deaths}");
                if (Chance(0.6)) Line($"      withdrawals_due_to_harms: {random.Next(0, 3)}");
            }
            int terms = Chance(0.3) ? 0 : Math.Min(AdverseTerms.Length, Scaled(1, 18));
            if (terms == 0) return;
            Line("  events:");
            foreach (string term in AdverseTerms.OrderBy(_ => random.Next()).Take(terms))
            {
                bool serious = onlySerious || Chance(0.25);
                Line($"    - term: {Q(term)}\n      serious: {(serious ? "true" : "false")}\n      groups:");
                for (int a = 0; a < armIds.Length; a++)
                {
                    int p = random.Next(0, Math.Max(1, atRisk[a] / 5));
                    Line($"        - {{arm: {armIds[a]}, participants: {p}, events: {p + random.Next(0, 3)}, at_risk: {atRisk[a]}}}");
                }
            }
        }

        private static string Cap(string s) => char.ToUpperInvariant(s[0]) + s[1..];

        /// <summary>Indents prose as the body of a folded block scalar.</summary>
        private static string Block(string prose, int indent = 2)
        {
            string pad = new(' ', indent);
            var sb = new StringBuilder();
            int col = 0;
            foreach (string word in prose.Split(' '))
            {
                if (col == 0) { sb.Append(pad); col = indent; }
                else if (col + word.Length + 1 > 110) { sb.Append('\n').Append(pad); col = indent; }
                else { sb.Append(' '); col++; }
                sb.Append(word);
                col += word.Length;
            }
            return sb.ToString();
        }

        private string Sentence(int min, int max)
        {
            int n = random.Next(min, max + 1);
            var sb = new StringBuilder();
            for (int i = 0; i < n; i++)
            {
                if (i > 0) sb.Append(' ');
                sb.Append(Words[random.Next(Words.Length)]);
            }
            sb[0] = char.ToUpperInvariant(sb[0]);
            return sb.ToString();
        }

        private string Prose(int min, int max)
        {
            int n = Scaled(min, max);
            var sb = new StringBuilder();
            while (n > 0)
            {
                int len = Math.Min(n, random.Next(8, 26));
                if (sb.Length > 0) sb.Append(' ');
                sb.Append(Sentence(len, len)).Append('.');
                n -= len;
            }
            return sb.ToString();
        }
    }
}
