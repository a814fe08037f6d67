using Microsoft.Extensions.FileSystemGlobbing;
using TrialLint.Diagnostics;

namespace TrialLint.Configuration;

/// <summary>
/// What a configuration says about one file: rule severities, rules turned off, and the overrides whose globs or
/// pointer match it. A rule turned off in <c>rules:</c> is not reported; one turned off by an override is kept as a
/// suppressed finding with the override's reason, so the decision stays on record.
/// </summary>
public sealed class FileSettings
{
    private readonly TrialLintConfig _config;
    private readonly List<ConfigOverride> _overrides;

    private FileSettings(TrialLintConfig config, List<ConfigOverride> overrides)
    {
        _config = config;
        _overrides = overrides;
    }

    /// <summary>The settings <paramref name="config"/> gives the file <paramref name="path"/>.</summary>
    public static FileSettings For(TrialLintConfig config, string path)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(path);
        string relative = Path.GetRelativePath(config.Directory, Path.GetFullPath(path)).Replace('\\', '/');
        var matching = config.Overrides.Where(o =>
        {
            if (o.File is not null) return string.Equals(o.File.TrimStart('.', '/'), relative, StringComparison.Ordinal) || string.Equals(o.File, relative, StringComparison.Ordinal);
            var matcher = new Matcher(StringComparison.Ordinal);
            matcher.AddIncludePatterns(o.Files);
            return matcher.Match(relative).HasMatches;
        }).ToList();
        return new FileSettings(config, matching);
    }

    /// <summary>Applies the settings to a file's findings.</summary>
    public List<Diagnostic> Apply(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var result = new List<Diagnostic>();
        foreach (var original in diagnostics)
        {
            var d = original;
            bool configurable = d.Descriptor.Category is not (DiagnosticCategory.Input or DiagnosticCategory.Internal) && !ConfigurationDiagnostics.StopsTheRun(d.Descriptor);
            if (configurable && _config.Rules.TryGetValue(d.Id, out var setting))
            {
                if (setting.IsOff) continue;
                d = d.WithSeverity(setting.Severity!.Value);
            }
            if (configurable)
            {
                foreach (var o in _overrides)
                {
                    if (!o.Rules.TryGetValue(d.Id, out var overridden)) continue;
                    if (o.Pointer is not null && !IsAtOrBelow(d.Location.Pointer.ToString(), o.Pointer)) continue;
                    d = overridden.IsOff
                        ? (d.IsSuppressed ? d : d.WithSuppression(new Suppression(SuppressionKind.External, o.Reason)))
                        : d.WithSeverity(overridden.Severity!.Value);
                }
            }
            result.Add(d);
        }
        return result;
    }

    private static bool IsAtOrBelow(string pointer, string ancestor) =>
        ancestor.Length == 0 || pointer == ancestor || pointer.StartsWith(ancestor + "/", StringComparison.Ordinal);
}
