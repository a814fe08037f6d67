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
    public static bool IsRecord(SyntaxTree tree) => TableOf(tree) is { } table && Studies(table) is not null;

    /// <summary>Maps every study of a registry file; studies without a protocol section are reported (TL0028) and skipped.</summary>
    public static (List<TrialReport> Reports, List<Diagnostic> Diagnostics) MapStudies(SyntaxTree tree, RegistryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var reports = new List<TrialReport>();
        var diagnostics = new List<Diagnostic>();
        if (TableOf(tree) is not { } table || Studies(table) is not { } studies) return (reports, diagnostics);
        bool single = table.Member(0, "studies") < 0;
        if (studies.Count == 0)
            diagnostics.Add(Diagnostic.Create(InputDiagnostics.RecordWithoutProtocol, tree.GetLocation(JsonPointer.Root.Append("studies")), ("subject", "The 'studies' list holds no study")));
        for (int i = 0; i < studies.Count; i++)
        {
            string subject = single ? "The record" : $"Study {i + 1} of the file";
            var (report, found) = Map(tree, new RecordNode(table, studies[i]), options ?? RegistryOptions.Default, subject);
            diagnostics.AddRange(found);
            if (report is not null) reports.Add(report);
        }
        return (reports, diagnostics);
    }

    /// <summary>
    /// The studies of a registry file and where their ids are (for TL0033): a study's <c>nctId</c> given as any value
    /// that is not empty, a list or an object.
    /// </summary>
    public static IEnumerable<(string Id, JsonPointer At, JsonPointer Study)> StudyIds(SyntaxTree tree)
    {
        if (TableOf(tree) is not { } table || table.KindOf(0) != JsonTokenTable.ValueKind.Object) yield break;
        IEnumerable<int> studies = table.Member(0, "protocolSection") >= 0 ? [0]
            : table.Member(0, "studies") is int list and >= 0 ? ObjectItems(table, list) : [];
        foreach (int study in studies)
        {
            if (table.Member(study, "protocolSection") is int protocol and >= 0 && table.KindOf(protocol) == JsonTokenTable.ValueKind.Object
                && table.Member(protocol, "identificationModule") is int identification and >= 0 && table.KindOf(identification) == JsonTokenTable.ValueKind.Object
                && table.Member(identification, "nctId") is int nct and >= 0 && table.ScalarText(nct) is { Length: > 0 } text)
                yield return (text.Trim(), table.PointerOf(nct), table.PointerOf(study));
        }
    }

    private static List<int> ObjectItems(JsonTokenTable table, int list) => [.. ItemsOf(table, list).Where(i => table.KindOf(i) == JsonTokenTable.ValueKind.Object)];

    private static List<int> ItemsOf(JsonTokenTable table, int list)
    {
        var items = new List<int>();
        foreach (int item in table.Items(list)) items.Add(item);
        return items;
    }

    /// <summary>The JSON values of a registry file's tree: its table, or one read from its text (a file not read from bytes).</summary>
    private static JsonTokenTable? TableOf(SyntaxTree tree) =>
        tree.Table ?? (tree.Format == SourceFormat.Json && tree.Root is not null ? JsonTokenTable.TryParse(System.Text.Encoding.UTF8.GetBytes(tree.Source.Text)) : null);

    /// <summary>The studies of a registry file, or null when the file is not one.</summary>
    private static List<int>? Studies(JsonTokenTable table)
    {
        if (table.KindOf(0) != JsonTokenTable.ValueKind.Object || table.Member(0, "format_version") >= 0) return null;
        if (table.Member(0, "protocolSection") >= 0) return [0];
        if (table.Member(0, "studies") is int list and >= 0 && table.KindOf(list) == JsonTokenTable.ValueKind.Array) return ItemsOf(table, list);
        // A record that lost its protocol section is still a record: say what is missing rather than "not a report".
        if (table.Member(0, "resultsSection") >= 0 || table.Member(0, "derivedSection") >= 0 || table.Member(0, "hasResults") >= 0) return [0];
        return null;
    }
}
