using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TrialLint.Diagnostics;
using TrialLint.Engine;
using TrialLint.Output;
using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Baselines;

/// <summary>
/// The baseline file (<c>.triallint-baseline.json</c>): the findings a repository has accepted as existing debt, so a
/// CI gate fails only on new ones. Written atomically, sorted, one entry per finding (the same finding twice in a file
/// is two entries).
/// </summary>
public sealed class BaselineFile
{
    /// <summary>The default file name.</summary>
    public const string DefaultName = ".triallint-baseline.json";

    /// <summary>The version of the file format.</summary>
    public const int FormatVersion = 1;

    /// <summary>Creates a baseline at <paramref name="path"/> holding <paramref name="entries"/>.</summary>
    public BaselineFile(string path, IEnumerable<BaselineEntry> entries)
    {
        Path = System.IO.Path.GetFullPath(path ?? throw new ArgumentNullException(nameof(path)));
        Entries = [.. (entries ?? throw new ArgumentNullException(nameof(entries))).OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.RuleId, StringComparer.Ordinal).ThenBy(e => e.Pointer, StringComparer.Ordinal)];
    }

    /// <summary>Where the file is.</summary>
    public string Path { get; }

    /// <summary>The folder entry paths are relative to.</summary>
    public string Directory => System.IO.Path.GetDirectoryName(Path)!;

    /// <summary>The entries, sorted.</summary>
    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>Reads a baseline; throws <see cref="InvalidDataException"/> with a readable message when it is not one.</summary>
    public static BaselineFile Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            var data = JsonSerializer.Deserialize(File.ReadAllText(path), BaselineJsonContext.Instance.Data) ?? throw new InvalidDataException("the file is empty");
            if (data.Version != FormatVersion) throw new InvalidDataException($"version {data.Version} is not a baseline version TrialLint reads (expected {FormatVersion})");
            var entries = data.Entries ?? [];
            for (int i = 0; i < entries.Count; i++)
            {
                // The serializer leaves a null entry, or one without its keys, as null: say which entry is broken.
                var entry = entries[i];
                string? missing = entry is null ? "is null"
                    : entry.File is null ? "has no \"file\""
                    : entry.RuleId is null ? "has no \"ruleId\""
                    : entry.Pointer is null ? "has no \"pointer\""
                    : entry.ValueHash is null ? "has no \"valueHash\""
                    : null;
                if (missing is not null) throw new InvalidDataException($"entry {i + 1} of \"entries\" {missing}; fix or remove it, or write the baseline again with 'triallint baseline create'");
            }
            return new BaselineFile(path, entries.Select(e => e with { Message = e.Message ?? string.Empty }));
        }
        catch (JsonException ex)
        {
            // System.Text.Json's messages name .NET types; say where the file goes wrong in the file's own terms.
            string where = ex.LineNumber is long line ? $" at line {line + 1}" : string.Empty;
            string what = ex.Path is { Length: > 1 } jsonPath && !ex.Message.Contains("invalid", StringComparison.OrdinalIgnoreCase)
                ? $"the value at {jsonPath[1..].TrimStart('.')} is not what a baseline holds there"
                : "it is not valid JSON";
            throw new InvalidDataException($"it is not a TrialLint baseline: {what}{where}", ex);
        }
    }

    /// <summary>Writes the baseline through a temporary file, so a failed write never leaves half a baseline.</summary>
    public void Save()
    {
        using var file = AtomicFile.Create(Path);
        JsonSerializer.Serialize(file.Stream, new Data(FormatVersion, [.. Entries]), BaselineJsonContext.Instance.Data);
        file.Commit();
    }

    /// <summary>The entry for a finding of <paramref name="result"/>.</summary>
    public BaselineEntry EntryFor(Diagnostic diagnostic, FileResult result)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        ArgumentNullException.ThrowIfNull(result);
        return new BaselineEntry(RelativePath(result.Path), diagnostic.Id, diagnostic.Location.Pointer.ToString(), ValueHash(diagnostic, result), diagnostic.Message);
    }

    /// <summary>A report path as the baseline writes it: relative to the baseline's folder, forward slashes.</summary>
    public string RelativePath(string reportPath) =>
        System.IO.Path.GetRelativePath(Directory, System.IO.Path.GetFullPath(reportPath)).Replace('\\', '/');

    /// <summary>
    /// Whether a finding can be accepted into a baseline. A file that cannot be parsed or breaks the schema (input),
    /// TrialLint failing (internal), or a broken configuration is never debt to accept: it must stay visible.
    /// </summary>
    public static bool CanBaseline(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return diagnostic.Descriptor.Category is not (DiagnosticCategory.Input or DiagnosticCategory.Internal)
            && !ConfigurationDiagnostics.StopsTheRun(diagnostic.Descriptor);
    }

    /// <summary>
    /// The value part of an entry's key: for a finding about a single value (a number, a date, a sentence), a hash of
    /// that value with its whitespace normalised, so changing the value brings the finding back; for a finding about
    /// a section, a list or something missing, nothing, so editing elsewhere in the section, reformatting or adding
    /// a comment leaves the entry matching.
    /// </summary>
    private static string ValueHash(Diagnostic diagnostic, FileResult result)
    {
        string text = string.Empty;
        if (!diagnostic.Location.IsMissing && result.Tree is { } tree && tree.Find(diagnostic.Location.Pointer) is ScalarNode scalar)
            text = string.Join(' ', scalar.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 8));
    }

    /// <summary>The file's content as serialized.</summary>
    internal sealed record Data(int Version, List<BaselineEntry>? Entries);
}
