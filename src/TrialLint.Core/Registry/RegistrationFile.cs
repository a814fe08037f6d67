using System.Collections.Immutable;
using TrialLint.Diagnostics;
using TrialLint.Model;
using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Registry;

/// <summary>Reads the registry record a report is checked against (<c>triallint lint --registry FILE</c>).</summary>
public static class RegistrationFile
{
    /// <summary>
    /// Reads and maps the record at <paramref name="path"/>. Returns the mapped studies (none when the file cannot be
    /// used) and what is wrong with it: unreadable, not JSON/YAML, not a registry record, a study without a protocol
    /// section, results without groups.
    /// </summary>
    public static (ImmutableArray<TrialReport> Studies, ImmutableArray<Diagnostic> Problems) Load(string path, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            if (InputFile.Read(path, SyntaxLimits.MaxFileBytes, out bytes) == InputFile.Outcome.TooLarge)
                return ([], [Diagnostic.Create(InputDiagnostics.TooLarge, Location.ForFile(path), ("reason", "the registry record is larger than the most TrialLint reads"))]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return ([], [Diagnostic.Create(InputDiagnostics.Unreadable, Location.ForFile(path), ("reason", ex is FileNotFoundException or DirectoryNotFoundException ? "the file does not exist" : ex.Message))]);
        }
        var source = SourceDecoder.Decode(path, bytes, out var decodeError);
        if (source is null) return ([], [decodeError!]);
        var tree = SyntaxParser.Parse(source);
        var problems = ImmutableArray.CreateBuilder<Diagnostic>();
        problems.AddRange(tree.Diagnostics);
        if (tree.Root is null) return ([], problems.ToImmutable());
        if (!CtGovMapper.IsRecord(tree))
        {
            problems.Add(Diagnostic.Create(InputDiagnostics.NotReportOrRecord, tree.GetLocation(JsonPointer.Root), ("file", $"'{Path.GetFileName(path)}'")));
            return ([], problems.ToImmutable());
        }
        var (reports, diagnostics) = CtGovMapper.MapStudies(tree, new RegistryOptions { AsOf = asOf });
        problems.AddRange(diagnostics);
        return ([.. reports], problems.ToImmutable());
    }
}
