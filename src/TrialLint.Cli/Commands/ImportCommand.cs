using System.CommandLine;
using System.Text;
using TrialLint.Output;
using TrialLint.Registry;

namespace TrialLint.Cli.Commands;

/// <summary><c>triallint import ctgov FILE [-o report.trial.yaml]</c>: a TrialLint report from a registry record.</summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "A ClinicalTrials.gov API v2 study record (JSON), or a {\"studies\": [...]} file." };
        var outputFile = new Option<string>("--output", "-o") { Description = "The report to write (*.trial.yaml), atomically. Default: standard output." };
        var study = new Option<string>("--study") { Description = "The NCT number of the study to import, when the file holds several." };
        var noColor = CommonOptions.NoColor();
        var ctgov = new Command("ctgov", "Write a TrialLint report (YAML) from a ClinicalTrials.gov record, to start a draft from the registration.") { file, outputFile, study, noColor };
        ctgov.SetAction(parse =>
        {
            string path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                error.WriteLine($"triallint: error: '{path}' does not exist");
                return ExitCodes.UsageError;
            }
            var result = ReportImporter.Import(path, parse.GetValue(study));
            if (result.Problems.Length > 0)
            {
                var reporter = new ConsoleReporter(error, CommonOptions.UseColor(parse.GetValue(noColor), error));
                var source = Text.InputFile.TryReadSource(path, Syntax.SyntaxLimits.MaxFileBytes);
                foreach (var problem in result.Problems) reporter.WriteDiagnostic(problem, source);
            }
            if (result.Yaml is null)
            {
                error.WriteLine($"triallint: error: {result.Error}");
                return ExitCodes.UsageError;
            }
            if (parse.GetValue(outputFile) is not { } target)
            {
                output.Write(result.Yaml);
                return ExitCodes.Success;
            }
            try
            {
                using var atomic = AtomicFile.Create(target);
                atomic.Stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(EditorSchemas.PointAtLocalSchema(result.Yaml, target)));
                atomic.Commit();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"triallint: error: cannot write '{target}': {ex.Message}");
                return ExitCodes.UsageError;
            }
            error.WriteLine($"Wrote {target} from {result.Study}.");
            return ExitCodes.Success;
        });
        return new Command("import", "Import a trial from another format as a TrialLint report.") { ctgov };
    }
}
