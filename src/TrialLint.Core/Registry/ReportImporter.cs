using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Model;

namespace TrialLint.Registry;

/// <summary>
/// <c>triallint import ctgov</c>: turns a ClinicalTrials.gov record into a TrialLint report (YAML), so an author can
/// start a draft from the registration. The report names the <c>registry</c> pack, so it is checked exactly as the
/// record is until the author removes that line; the record's own facts (status, primary completion, results posted)
/// are kept under <c>x-registry</c>, which TrialLint ignores.
/// </summary>
public static class ReportImporter
{
    /// <summary>The outcome of an import.</summary>
    /// <param name="Yaml">The report, or null when no study could be mapped.</param>
    /// <param name="Study">The registration number of the study written.</param>
    /// <param name="Problems">What is wrong with the record (the import still writes what it could read, unless a problem is fatal).</param>
    /// <param name="Error">Why nothing was written, or null.</param>
    public sealed record Result(string? Yaml, string? Study, ImmutableArray<Diagnostic> Problems, string? Error);

    /// <summary>Imports the study <paramref name="studyId"/> (or the file's only study) of the record at <paramref name="path"/>.</summary>
    public static Result Import(string path, string? studyId = null, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (studies, problems) = RegistrationFile.Load(path);
        if (studies.IsEmpty)
            return new Result(null, null, problems, $"'{path}' holds no ClinicalTrials.gov study that can be imported");
        TrialReport study;
        if (studyId is not null)
        {
            var found = studies.FirstOrDefault(s => string.Equals(s.Registration?.Id, studyId.Trim(), StringComparison.OrdinalIgnoreCase));
            if (found is null)
                return new Result(null, null, problems, $"'{path}' has no study {studyId}; it holds {string.Join(", ", studies.Select(s => s.Registration?.Id ?? "(no id)"))}");
            study = found;
        }
        else if (studies.Length > 1)
        {
            return new Result(null, null, problems, $"'{path}' holds {studies.Length} studies ({string.Join(", ", studies.Select(s => s.Registration?.Id ?? "(no id)"))}); choose one with --study");
        }
        else
        {
            study = studies[0];
        }

        string id = study.Registration?.Id ?? "the record";
        string date = (today ?? DateOnly.FromDateTime(DateTime.Today)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        string[] header =
        [
            "yaml-language-server: $schema=" + Schema.PublishedSchemas.Report.Id,
            "",
            $"Imported from the ClinicalTrials.gov record {id} ({Path.GetFileName(path)}) by 'triallint import ctgov' on {date}.",
            "Everything below comes from the record; nothing was added. The record has no place for many CONSORT items",
            "(randomisation method, concealment, statistical methods, limitations of the report, conclusions ...): add them",
            "as you write the report. Arms are the registered arm groups; result groups that match no arm keep ids of their own.",
            "Baseline measures whose rows hold one count each (countries, races, medical conditions) are written as categories",
            "with 'exclusive: false': the record does not say whether a participant can be in several; set it to true if not.",
        ];
        var record = study.Record;
        var extensions = new List<(string, IReadOnlyList<(string, object?)>)>
        {
            ("x-registry", new (string, object?)[]
            {
                ("source", Path.GetFileName(path)),
                ("status", record?.Status),
                ("study_type", record?.StudyType),
                ("primary_completion", record?.PrimaryCompletion),
                ("primary_completion_type", record?.PrimaryCompletionType),
                ("enrollment", record?.Enrollment),
                ("enrollment_type", record?.EnrollmentType),
                ("has_results", record?.HasResults),
            }),
        };
        // Checked as the record is: delete the packs line to check the draft against CONSORT (packs chosen by design).
        string yaml = ReportYamlWriter.Write(study, header, ["registry"], extensions);
        return new Result(yaml, id, problems, null);
    }
}
