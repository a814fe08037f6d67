using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Output;

/// <summary>
/// Microsoft's own SARIF validator, with GitHub's code-scanning rules, on the seeds' SARIF: zero errors. The
/// validator exits 0 even when it finds errors, so its output file is read and any error or warning fails.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class SarifMultitoolTests
{
    [SkippableFact]
    public void Seeds_sarif_passes_the_validator_with_GitHub_rules()
    {
        string? tool = ExternalTools.SarifMultitool(out string reason);
        ExternalTools.Require(tool, reason);

        string dir = Directory.CreateTempSubdirectory("triallint-multitool-").FullName;
        try
        {
            string sarif = Path.Combine(dir, "seeds.sarif");
            File.WriteAllText(sarif, OutputFiles.Lint("sarif", null, "seeds/").Text);
            string log = Path.Combine(dir, "validation.sarif");
            // 5.7.0 rejects its own "--log ForceOverwrite", so the log is written to a fresh folder instead.
            string output = ExternalTools.ValidateSarif(tool!, sarif, log);

            Assert.True(File.Exists(log), $"the validator wrote no log: {output}");
            using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(log));
            var errors = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                // A result without a level is a warning (SARIF's default); notes are advice.
                .Where(r => !r.TryGetProperty("level", out var level) || level.GetString() is "error" or "warning")
                .Select(r => $"{r.GetProperty("ruleId").GetString()}: {r.GetProperty("message").GetRawText()}")
                .ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
