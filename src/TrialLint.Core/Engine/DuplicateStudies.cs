using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Engine;

/// <summary>
/// Finds the same ClinicalTrials.gov study twice in one run (TL0033): two entries of an archive, two lines of an
/// NDJSON file, two studies of a page, two files. Results pass through in run order; the first copy is kept as it
/// is and every later copy gets the finding at its <c>nctId</c>, naming where the first one was. Only the ids and
/// where each was first seen are held (about 60 bytes a study), never the results.
/// </summary>
public sealed class DuplicateStudies
{
    private static readonly JsonPointer IdPointer = JsonPointer.Root.Append("protocolSection").Append("identificationModule").Append("nctId");
    private readonly Dictionary<string, string> _firstSeen = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many distinct studies were seen.</summary>
    public int Count => _firstSeen.Count;

    /// <summary>The result with a TL0033 finding for each of its studies seen before in this run.</summary>
    public FileResult Check(FileResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        List<Diagnostic>? found = null;
        foreach (var study in result.Studies)
        {
            string here = study.Within.Length == 0 ? result.Path : $"{result.Path} ({study.Within})";
            if (_firstSeen.TryAdd(study.Id, here)) continue;
            (found ??= []).Add(Diagnostic.Create(InputDiagnostics.DuplicateStudy, study.At, ("id", study.Id), ("first", _firstSeen[study.Id])));
        }
        if (found is null) return result;
        var diagnostics = result.Diagnostics.AddRange(found).Sort(DiagnosticOrder.Instance);
        return result.WithDiagnostics(diagnostics);
    }

    /// <summary>
    /// The studies in a registry record or page and where their ids are, read while the tree is at hand (in parallel),
    /// so <see cref="Check"/> (in run order) needs only the ids.
    /// </summary>
    public static ImmutableArray<StudyId> StudiesIn(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        if (tree.Root is not MappingNode root) return [];
        var studies = ImmutableArray.CreateBuilder<StudyId>();
        foreach (var (study, prefix) in Studies(root))
        {
            if (study.GetProperty("protocolSection")?.Value is not MappingNode protocol
                || protocol.GetProperty("identificationModule")?.Value is not MappingNode identification
                || identification.GetProperty("nctId")?.Value is not ScalarNode { Value: { Length: > 0 } id }) continue;
            var pointer = prefix;
            foreach (string segment in IdPointer.Segments) pointer = pointer.Append(segment);
            studies.Add(new StudyId(id.Trim(), tree.GetLocation(pointer), prefix.IsRoot ? "" : prefix.ToString()));
        }
        return studies.ToImmutable();
    }

    private static IEnumerable<(MappingNode Study, JsonPointer Prefix)> Studies(MappingNode root)
    {
        if (root.GetProperty("protocolSection") is not null)
        {
            yield return (root, JsonPointer.Root);
        }
        else if (root.GetProperty("studies")?.Value is SequenceNode studies)
        {
            for (int i = 0; i < studies.Items.Count; i++)
                if (studies.Items[i] is MappingNode study) yield return (study, JsonPointer.Root.Append("studies").Append(i));
        }
    }
}
