using System.Collections.Immutable;
using TrialLint.Diagnostics;

namespace TrialLint.Configuration;

/// <summary>A loaded <c>.triallint.yaml</c>. Paths in it are relative to <see cref="Directory"/>.</summary>
public sealed record TrialLintConfig
{
    /// <summary>The file name TrialLint looks for.</summary>
    public const string FileName = ".triallint.yaml";

    /// <summary>The configuration file.</summary>
    public required string Path { get; init; }

    /// <summary>The folder the configuration file is in.</summary>
    public string Directory => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;

    /// <summary>Packs every report is checked against instead of the packs chosen by design (empty: by design).</summary>
    public ImmutableArray<string> Packs { get; init; } = [];

    /// <summary>Folders of the user's own rule files, as full paths.</summary>
    public ImmutableArray<string> RuleFolders { get; init; } = [];

    /// <summary>Severity or off per rule id.</summary>
    public ImmutableDictionary<string, RuleSetting> Rules { get; init; } = ImmutableDictionary<string, RuleSetting>.Empty;

    /// <summary>Overrides by glob or pointer, in file order (later ones win).</summary>
    public ImmutableArray<ConfigOverride> Overrides { get; init; } = [];

    /// <summary>Lowest severity that fails the run, when set.</summary>
    public DiagnosticSeverity? FailLevel { get; init; }

    /// <summary>Most warnings allowed, when set.</summary>
    public int? MaxWarnings { get; init; }

    /// <summary>Globs of files to lint when linting folders (empty: the report suffixes).</summary>
    public ImmutableArray<string> Include { get; init; } = [];

    /// <summary>Globs of files never linted.</summary>
    public ImmutableArray<string> Exclude { get; init; } = [];

    /// <summary>Folder of registry records to cross-check against, as a full path, when set.</summary>
    public string? Registry { get; init; }

    /// <summary>Whether folders are also searched for registry records (<c>registryRecords: true</c>, as <c>--registry-records</c>).</summary>
    public bool RegistryRecords { get; init; }
}
