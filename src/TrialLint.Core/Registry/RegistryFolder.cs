using System.Collections.Concurrent;
using TrialLint.Model;

namespace TrialLint.Registry;

/// <summary>
/// A folder of ClinicalTrials.gov records named by their id (<c>NCT01363401.json</c>), the <c>registry:</c> key of
/// the configuration: each report is cross-checked against the record of its own registration id, when the folder
/// has one. Records are read once, on first use.
/// </summary>
public static class RegistryFolder
{
    /// <summary>A lookup of registrations by id in <paramref name="folder"/>.</summary>
    public static Func<string, TrialReport?> Lookup(string folder, DateOnly? asOf)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var cache = new ConcurrentDictionary<string, TrialReport?>(StringComparer.OrdinalIgnoreCase);
        return id => cache.GetOrAdd(id.Trim(), key =>
        {
            // Ids come from reports: only a plain registry id may name a file.
            if (key.Length == 0 || key.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-')) return null;
            string path = Path.Combine(folder, key + ".json");
            if (!File.Exists(path)) return null;
            var (studies, _) = RegistrationFile.Load(path, asOf);
            return studies.FirstOrDefault(s => RegistrationIds.Same(s.Registration?.Id, key));
        });
    }
}
