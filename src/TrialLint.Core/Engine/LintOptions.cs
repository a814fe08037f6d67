using TrialLint.Configuration;
using TrialLint.Registry;

namespace TrialLint.Engine;

/// <summary>Settings of a lint run that change which findings are produced and how severe they are.</summary>
public sealed class LintOptions
{
    /// <summary>The defaults: every rule at its default severity, no configuration files.</summary>
    public static LintOptions Default { get; } = new();

    /// <summary>Finds the <c>.triallint.yaml</c> for each file; null to ignore configuration files.</summary>
    public ConfigResolver? Configuration { get; init; }

    /// <summary>Packs every report is checked against when its configuration does not say (from the command line); empty: by design.</summary>
    public IReadOnlyList<string> Packs { get; init; } = [];

    /// <summary>Registry records: the as-of date, and the registration reports are checked against (<c>--registry</c>).</summary>
    public RegistryOptions Registry { get; init; } = RegistryOptions.Default;

    /// <summary>Whether to record what each rule read (<see cref="FileResult.Evidence"/>): for outputs that show where checklist items are reported.</summary>
    public bool CollectEvidence { get; init; }

    /// <summary>
    /// Whether results keep their syntax tree and model (<see cref="FileResult.Tree"/>, <see cref="FileResult.Report"/>)
    /// after the rules ran: needed by outputs that show the report itself (HTML, the checklist) and by baselines; a
    /// run that writes only findings lets them go, which keeps the results waiting to be written small.
    /// </summary>
    public bool KeepModel { get; init; } = true;
}
