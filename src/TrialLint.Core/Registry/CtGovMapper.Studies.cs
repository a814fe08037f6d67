using TrialLint.Diagnostics;
using TrialLint.Model;
using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Registry;

/// <summary>
/// A registry file as a whole: recognised by its content (a ClinicalTrials.gov API v2 study, an object with
/// <c>protocolSection</c>, or a page of studies, <c>{"studies": [...]}</c>) and mapped study by study. The lint
/// engine (<c>Engine/RegistryInput</c>) and <see cref="RegistrationFile"/> read records through these.
/// </summary>
internal sealed partial class CtGovMapper
{
    /// <summary>Whether the file is a registry record (or a file of records), judged by its content.</summary>
    public static bool IsRecord(SyntaxTree tree) => Studies(tree) is not null;

    /// <summary>Maps every study of a registry file; studies without a protocol section are reported (TL0028) and skipped.</summary>
    public static (List<TrialReport> Reports, List<Diagnostic> Diagnostics) MapStudies(SyntaxTree tree, RegistryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var reports = new List<TrialReport>();
        var diagnostics = new List<Diagnostic>();
        if (Studies(tree) is not { } studies) return (reports, diagnostics);
        bool single = tree.Root is MappingNode root && root.GetProperty("studies") is null;
        if (studies.Count == 0)
            diagnostics.Add(Diagnostic.Create(InputDiagnostics.RecordWithoutProtocol, tree.GetLocation(JsonPointer.Root.Append("studies")), ("subject", "The 'studies' list holds no study")));
        for (int i = 0; i < studies.Count; i++)
        {
            string subject = single ? "The record" : $"Study {i + 1} of the file";
            var (report, found) = Map(tree, studies[i], options ?? RegistryOptions.Default, subject);
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
}
