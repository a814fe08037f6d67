using System.Globalization;
using System.Text;

namespace TrialLint.Bench;

/// <summary>
/// Generates realistic trial reports in the seeds' shape, deterministically from a seed number: one to four arms,
/// one to three periods, harms, outcomes and prose of varied length (about 2–8 KB each). About one report in five
/// carries a reporting gap or an arithmetic error, so the linter has findings to report as it would on a real
/// repository.
/// </summary>
public static class CorpusGenerator
{
    private static readonly string[] Words =
        ("participants were randomly assigned to receive the study drug or matching placebo once daily for twelve weeks " +
         "the primary outcome was assessed by blinded outcome assessors at each visit adverse events were recorded " +
         "systematically using a checklist and graded by severity the trial was conducted at university hospitals").Split(' ');

    /// <summary>Writes <paramref name="count"/> reports into <paramref name="directory"/>.</summary>
    public static void Generate(string directory, int count, int seed)
    {
        Directory.CreateDirectory(directory);
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
            File.WriteAllText(Path.Combine(directory, $"report-{i:00000}.trial.yaml"), Report(random, i));
    }

    /// <summary>One report.</summary>
    public static string Report(Random random, int index)
    {
        var inv = CultureInfo.InvariantCulture;
        int arms = random.Next(1, 5);
        bool randomised = arms > 1 && random.NextDouble() < 0.85;
        int periods = random.Next(1, 4);
        bool flawed = random.NextDouble() < 0.2;
        var sb = new StringBuilder();
        sb.Append(inv, $"format_version: 1\ntitle: \"Generated trial {index}: a {(randomised ? "randomised" : "single-group")} trial of drug X\"\n");
        sb.Append(inv, $"registration: {{registry: ClinicalTrials.gov, id: NCT{random.Next(10000000, 99999999)}, date: \"2020-0{random.Next(1, 9)}-1{random.Next(0, 9)}\"}}\n");
        sb.Append("protocol: {url: \"https://example.org/protocol\"}\nanalysis_plan: {url: \"https://example.org/sap\"}\n");
        sb.Append("data_sharing: {statement: \"De-identified data are available on request.\"}\n");
        sb.Append("funding: {sources: [\"Example Research Council\"], funder_role: \"None in design, conduct or reporting.\"}\n");
        sb.Append("conflicts_of_interest: {none_declared: true}\n");
        sb.Append("background: >-\n  ").Append(Prose(random, 40, 160)).Append('\n');
        sb.Append("objectives: >-\n  ").Append(Prose(random, 20, 60)).Append('\n');
        sb.Append(inv, $"design:\n  randomised: {(randomised ? "true" : "false")}\n  type: {(arms == 1 ? "single-arm" : "parallel")}\n  phase: \"{(arms == 1 ? "1" : "3")}\"\n");
        if (randomised) sb.Append("  allocation_ratio: \"1:1\"\n");
        if (arms == 1 && !flawed) sb.Append("  single_arm_rationale: \"First-in-human safety study.\"\n");
        sb.Append("setting: {countries: [\"United Kingdom\"], sites: 3}\n");
        sb.Append("eligibility:\n  inclusion: [\"Adults aged 18 to 75\", \"Confirmed diagnosis\"]\n  exclusion: [\"Pregnancy\"]\n");
        sb.Append("arms:\n");
        for (int a = 0; a < arms; a++)
        {
            string role = a == 0 || !randomised ? "experimental" : "placebo-comparator";
            sb.Append(inv, $"  - id: arm{a}\n    title: \"Arm {a}\"\n    role: {role}\n    interventions:\n      - {{name: \"Drug X\", type: drug, dose: \"{10 * (a + 1)} mg\", route: oral, schedule: \"once daily\"}}\n");
        }
        if (randomised)
        {
            sb.Append("randomisation:\n  sequence_generation: \"Computer-generated list\"\n  generated_by: \"Independent statistician\"\n  type: block\n  restriction: \"Blocks of 4\"\n  concealment: \"Central web system\"\n  implementation: \"Site staff enrolled; the system assigned\"\n");
            sb.Append("blinding: {blinded: [participants, outcome-assessors], method: \"Matching placebo\"}\n");
        }
        sb.Append("sample_size: {planned: 200, calculation: \"90% power to detect a 10-point difference (SD 20), alpha 0.05\"}\n");
        sb.Append("dates: {recruitment_start: \"2021-01-04\", recruitment_end: \"2022-06-30\", follow_up_end: \"2022-12-31\"}\n");
        sb.Append("follow_up: {planned: \"12 weeks\", actual: \"12 weeks\"}\n");

        // Participant flow: consistent unless the report is flawed.
        var allocated = Enumerable.Range(0, arms).Select(_ => random.Next(10, 120)).ToArray();
        int enrolled = allocated.Sum() + (flawed && random.NextDouble() < 0.5 ? 1 : 0);
        sb.Append(inv, $"flow:\n  screened: {enrolled + 30}\n  excluded_before_allocation: [{{n: 30, reason: \"Not eligible\"}}]\n  enrolled: {enrolled}\n  periods:\n");
        var current = (int[])allocated.Clone();
        for (int p = 0; p < periods; p++)
        {
            sb.Append(inv, $"    - id: period{p}\n      groups:\n");
            for (int a = 0; a < arms; a++)
            {
                int lost = random.Next(0, 4);
                int notReceived = p == 0 ? random.Next(0, 2) : 0;
                int received = current[a] - notReceived;
                sb.Append(inv, $"        - arm: arm{a}\n          allocated: {current[a]}\n          received: {received}\n");
                if (notReceived > 0) sb.Append(inv, $"          did_not_receive: [{{n: {notReceived}, reason: \"Withdrew consent\"}}]\n");
                if (lost > 0) sb.Append(inv, $"          lost_to_follow_up: [{{n: {lost}{(flawed ? "" : ", reason: \"Moved away\"")}}}]\n");
                int completed = current[a] - lost;
                sb.Append(inv, $"          completed: {completed}\n");
                if (p == periods - 1) sb.Append(inv, $"          analysed: {allocated[a] - (flawed ? 0 : 0)}\n");
                current[a] = completed;
            }
        }
        sb.Append("outcomes:\n  - id: primary\n    type: primary\n    title: \"Change in symptom score from baseline to week 12\"\n    measure: \"Symptom score (0-100)\"\n    time_frame: \"12 weeks after randomisation\"\n    results:\n");
        for (int a = 0; a < arms; a++)
            sb.Append(inv, $"      - {{arm: arm{a}, n_analysed: {allocated[a]}, value: {random.Next(-20, 5)}.{random.Next(0, 9)}, dispersion: {{type: sd, value: {random.Next(5, 20)}.0}}}}\n");
        sb.Append("harms:\n  definition: \"MedDRA 25.0\"\n  collection: systematic\n  time_frame: \"12 weeks\"\n  groups:\n");
        for (int a = 0; a < arms; a++)
            sb.Append(inv, $"    - {{arm: arm{a}, at_risk: {allocated[a]}, serious: {{participants: {random.Next(0, 3)}}}{(flawed ? "" : $", non_serious: {{participants: {random.Next(0, 10)}}}")}, deaths: 0}}\n");
        sb.Append("conclusions: >-\n  ").Append(Prose(random, 20, 80)).Append('\n');
        sb.Append("limitations: >-\n  ").Append(Prose(random, 20, 120)).Append('\n');
        return sb.ToString();
    }

    private static string Prose(Random random, int min, int max)
    {
        int n = random.Next(min, max);
        var sb = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            if (i > 0) sb.Append(i % 14 == 0 ? "\n  " : " ");
            sb.Append(Words[random.Next(Words.Length)]);
        }
        return sb.Append('.').ToString();
    }
}
