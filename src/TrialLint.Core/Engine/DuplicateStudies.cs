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
        var studies = ImmutableArray.CreateBuilder<StudyId>();
        foreach (var (id, at, study) in Registry.CtGovMapper.StudyIds(tree))
            studies.Add(new StudyId(id, tree.GetLocation(at), study.IsRoot ? "" : study.ToString()));
        return studies.ToImmutable();
    }
}
