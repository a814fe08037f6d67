using System.Collections.Frozen;
using System.Collections.Immutable;
using TrialLint.Analyzers;
using TrialLint.Diagnostics;
using TrialLint.Engine;
using TrialLint.Model;
using TrialLint.Syntax;

namespace TrialLint.Registry;

/// <summary>
/// Where registry records enter the lint pipeline. A parsed file is recognised by its content: a ClinicalTrials.gov
/// API v2 study (an object with <c>protocolSection</c>) or a page of studies (<c>{"studies": [...]}</c>) is mapped to
/// the report model study by study and analysed like a report; a JSON file that is neither a report nor a record is
/// reported as such (TL0027). The lint engine calls <see cref="TryLint"/> before it validates a file as a report.
/// </summary>
public static class RegistryInput
{
    /// <summary>The findings and models of a registry file.</summary>
    /// <param name="Report">The first study's model (null when no study could be mapped).</param>
    /// <param name="Reports">Every study's model, in file order.</param>
    /// <param name="Diagnostics">Input findings about the file and every study's findings.</param>
    /// <param name="Outcomes">Each rule's outcome over all studies (failed in any beats passed in any beats not applicable).</param>
    public sealed record Result(TrialReport? Report, ImmutableArray<TrialReport> Reports, ImmutableArray<Diagnostic> Diagnostics, IReadOnlyDictionary<string, RuleOutcome> Outcomes);

    /// <summary>Whether the file is a registry record (or a file of records), judged by its content.</summary>
    public static bool IsRecord(SyntaxTree tree) => Studies(tree) is not null;

    /// <summary>
    /// Lints <paramref name="tree"/> when it is a registry record (each study through <paramref name="analyze"/>), or
    /// reports a JSON file that is neither a report nor a record. Returns null for a report, which the engine then
    /// checks as usual.
    /// </summary>
    public static Result? TryLint(SyntaxTree tree, Func<TrialReport, AnalysisResult> analyze, RegistryOptions? options)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(analyze);
        if (Studies(tree) is not { } studies)
        {
            if (!IsNeither(tree)) return null;
            string file = Path.GetFileName(tree.Source.Path);
            var neither = Diagnostic.Create(InputDiagnostics.NotReportOrRecord, tree.GetLocation(JsonPointer.Root), ("file", $"'{file}'"));
            return new Result(null, [], [neither], FileResult.NoOutcomes);
        }
        var (reports, diagnostics) = Map(tree, studies, options ?? RegistryOptions.Default);
        var outcomes = new Dictionary<string, RuleOutcome>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            var analysis = analyze(report);
            diagnostics.AddRange(analysis.Diagnostics);
            foreach (var (id, outcome) in analysis.Outcomes)
                outcomes[id] = outcomes.TryGetValue(id, out var before) ? Worse(before, outcome) : outcome;
        }
        return new Result(reports.FirstOrDefault(), [.. reports], [.. diagnostics], outcomes.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Maps every study of a registry file; studies without a protocol section are reported (TL0028) and skipped.</summary>
    public static (List<TrialReport> Reports, List<Diagnostic> Diagnostics) Map(SyntaxTree tree, RegistryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return Studies(tree) is { } studies ? Map(tree, studies, options ?? RegistryOptions.Default) : ([], []);
    }

    /// <summary>A report checked against its registration (<c>--registry</c>): the registered study with the report's id, else the first.</summary>
    public static TrialReport CheckAgainstRegistration(TrialReport report, RegistryOptions? options)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (options is null || report.Record is not null) return report;
        string? id = report.Registration?.Id?.Trim();
        if (options.Registrations.IsEmpty)
        {
            // A folder of records (configuration key registry:): the report's own registration, when the folder has it.
            return options.FindRegistration is { } find && RegistrationIds.Parse(id).Select(find).FirstOrDefault(r => r is not null) is { } found
                ? report.CheckedAgainst(found) : report;
        }
        var registered = options.Registrations.FirstOrDefault(r => RegistrationIds.Same(id, r.Registration?.Id))
            ?? options.Registrations[0];
        return report.CheckedAgainst(registered);
    }

    private static (List<TrialReport>, List<Diagnostic>) Map(SyntaxTree tree, IReadOnlyList<SyntaxNode> studies, RegistryOptions options)
    {
        var reports = new List<TrialReport>();
        var diagnostics = new List<Diagnostic>();
        bool single = tree.Root is MappingNode root && root.GetProperty("studies") is null;
        if (studies.Count == 0)
            diagnostics.Add(Diagnostic.Create(InputDiagnostics.RecordWithoutProtocol, tree.GetLocation(JsonPointer.Root.Append("studies")), ("subject", "The 'studies' list holds no study")));
        for (int i = 0; i < studies.Count; i++)
        {
            string subject = single ? "The record" : $"Study {i + 1} of the file";
            var (report, found) = CtGovMapper.Map(tree, studies[i], options, subject);
            diagnostics.AddRange(found);
            if (report is not null) reports.Add(report);
        }
        return (reports, diagnostics);
    }

    /// <summary>The study nodes of a registry file, or null when the file is not one.</summary>
    private static IReadOnlyList<SyntaxNode>? Studies(SyntaxTree tree)
    {
        if (tree.Root is not MappingNode root || root.GetProperty("format_version") is not null) return null;
        if (root.GetProperty("protocolSection") is not null) return [root];
        if (root["studies"] is SequenceNode studies) return studies.Items;
        // A record that lost its protocol section is still a record: say what is missing rather than "not a report".
        if (root.GetProperty("resultsSection") is not null || root.GetProperty("derivedSection") is not null || root.GetProperty("hasResults") is not null) return [root];
        return null;
    }

    /// <summary>A JSON file not named as a report, with no format version and not a registry record.</summary>
    private static bool IsNeither(SyntaxTree tree) =>
        tree.Format == SourceFormat.Json
        && !Engine.ReportDiscovery.IsReportFile(tree.Source.Path)
        && !(tree.Root is MappingNode root && root.GetProperty("format_version") is not null);

    private static RuleOutcome Worse(RuleOutcome a, RuleOutcome b) =>
        a == RuleOutcome.Failed || b == RuleOutcome.Failed ? RuleOutcome.Failed
        : a == RuleOutcome.Passed || b == RuleOutcome.Passed ? RuleOutcome.Passed
        : RuleOutcome.NotApplicable;
}
