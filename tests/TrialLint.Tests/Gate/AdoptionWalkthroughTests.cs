using System.Text.Json;
using TrialLint.Cli;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Gate;

/// <summary>
/// The README's walkthrough for adopting TrialLint in a report repository, scripted in a temporary git repository:
/// a configuration, a baseline for the old reports, a pull request that adds a reporting gap and fails, a
/// suppression with a reason that makes it pass, and SARIF for code scanning (everything but the upload).
/// </summary>
[Collection(CliCollection.Name)]
public sealed class AdoptionWalkthroughTests : IDisposable
{
    private readonly GateFixture _repo = new();

    public void Dispose() => _repo.Dispose();

    private void Git(string arguments)
    {
        string output = ExternalTools.Run("git", $"-C \"{_repo.Root}\" -c user.name=Test -c user.email=test@example.org {arguments}");
        Assert.DoesNotContain("fatal:", output);
    }

    [Fact]
    public void Config_baseline_failing_pull_request_suppression_and_sarif()
    {
        // An existing repository with old reports that have gaps.
        _repo.Write("reports/als-phase1.trial.yaml", GateFixture.Als);
        _repo.Write("reports/example.trial.yaml", GateFixture.Clean);
        Git("init -q -b main");
        Git("add -A");
        Git("commit -q -m \"Existing reports\"");

        // 1. Configuration and a baseline of the existing debt.
        Assert.Equal(0, _repo.Run("init").ExitCode);
        Assert.Equal(ExitCodes.Findings, _repo.Run("lint", "reports").ExitCode);
        Assert.Equal(0, _repo.Run("baseline", "create", "reports").ExitCode);
        Assert.Equal(ExitCodes.Success, _repo.Run("lint", "reports", "--baseline", ".triallint-baseline.json").ExitCode);
        Git("add -A");
        Git("commit -q -m \"Adopt TrialLint\"");

        // 2. A pull request adds a report with a new gap: the gate fails, on the new file only.
        Git("checkout -q -b add-report");
        // More analysed than were allocated to the placebo arm (100): TL0104.
        string gap = GateFixture.Clean.Replace("          analysed: 98", "          analysed: 101", StringComparison.Ordinal);
        _repo.Write("reports/new-trial.trial.yaml", gap);
        var failing = _repo.Run("lint", "reports", "--baseline", ".triallint-baseline.json", "--changed-since", "main", "-f", "github");
        Assert.Equal(ExitCodes.Findings, failing.ExitCode);
        var annotations = failing.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(annotations);
        Assert.All(annotations, a => Assert.Contains("file=reports/new-trial.trial.yaml", a));
        string finding = annotations.First(a => a.StartsWith("::error", StringComparison.Ordinal));
        string id = System.Text.RegularExpressions.Regex.Match(finding, @"title=(TL\d{4})").Groups[1].Value;
        int line = int.Parse(System.Text.RegularExpressions.Regex.Match(finding, @",line=(\d+)").Groups[1].Value);

        // 3. The authors record why the finding does not apply: a suppression with a reason makes the gate pass.
        var lines = File.ReadAllLines(Path.Combine(_repo.Root, "reports", "new-trial.trial.yaml")).ToList();
        string indent = new(lines[line - 1].TakeWhile(char.IsWhiteSpace).ToArray());
        lines.Insert(line - 1, $"{indent}# triallint-disable-next-line {id} -- 101 includes one participant randomised twice; explained in the discussion");
        File.WriteAllLines(Path.Combine(_repo.Root, "reports", "new-trial.trial.yaml"), lines);
        string sarif = Path.Combine(_repo.Root, "triallint.sarif");
        var passing = _repo.Run("lint", "reports", "--baseline", ".triallint-baseline.json", "--changed-since", "main", "-f", "sarif", "-o", sarif);
        Assert.Equal(ExitCodes.Success, passing.ExitCode);

        // 4. The SARIF for code scanning records the suppression with its justification.
        using var document = JsonDocument.Parse(File.ReadAllText(sarif));
        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var suppressed = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == id);
        Assert.Equal("101 includes one participant randomised twice; explained in the discussion",
            suppressed.GetProperty("suppressions")[0].GetProperty("justification").GetString());
        Assert.Equal("reports/new-trial.trial.yaml", suppressed.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }
}
