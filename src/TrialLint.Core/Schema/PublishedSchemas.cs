namespace TrialLint.Schema;

/// <summary>One published JSON Schema: the name <c>triallint schema NAME</c> takes, its file under <c>schemas/</c>, and its id.</summary>
/// <param name="Name">The short name (report, config, rule, pack, findings).</param>
/// <param name="FileName">The file name under <c>schemas/</c>, also the embedded resource's name.</param>
/// <param name="Title">What the schema describes, for help texts.</param>
public sealed record PublishedSchema(string Name, string FileName, string Title)
{
    /// <summary>The schema's <c>$id</c>, also what the findings JSON and imported reports name as their <c>$schema</c>.</summary>
    public string Id => PublishedSchemas.BaseUri + FileName;

    /// <summary>The schema's text, exactly as in <c>schemas/</c> (embedded in the engine).</summary>
    public string Text => EmbeddedSchemas.ReadText(FileName);
}

/// <summary>
/// The JSON Schemas TrialLint publishes, with the one schema id used everywhere: the schemas' <c>$id</c>, the findings
/// JSON's <c>$schema</c>, the modeline of imported reports, <c>triallint init</c> and the docs. The id names the
/// schema; editors get its text offline from <c>triallint schema</c> or the copy <c>triallint init</c> writes.
/// </summary>
public static class PublishedSchemas
{
    /// <summary>Where every schema id starts.</summary>
    public const string BaseUri = "https://triallint.dev/schemas/";

    /// <summary>The trial report format.</summary>
    public static PublishedSchema Report { get; } = new("report", "trial-report.schema.json", "trial reports (*.trial.yaml, *.trial.json)");

    /// <summary>The configuration file.</summary>
    public static PublishedSchema Config { get; } = new("config", "config.schema.json", "the configuration file (.triallint.yaml)");

    /// <summary>Rule files.</summary>
    public static PublishedSchema Rule { get; } = new("rule", "rule.schema.json", "rule files (rules/**/TL####-*.yaml)");

    /// <summary>Pack manifests.</summary>
    public static PublishedSchema Pack { get; } = new("pack", "pack.schema.json", "rule packs (rules/packs/*.yaml)");

    /// <summary>The findings JSON (<c>lint -f json</c>).</summary>
    public static PublishedSchema Findings { get; } = new("findings", "findings.schema.json", "the findings JSON that 'lint -f json' writes");

    /// <summary>Every published schema, in the order help texts list them.</summary>
    public static IReadOnlyList<PublishedSchema> All { get; } = [Report, Config, Rule, Pack, Findings];

    /// <summary>The schema called <paramref name="name"/> (case-insensitive), or null.</summary>
    public static PublishedSchema? Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
}
