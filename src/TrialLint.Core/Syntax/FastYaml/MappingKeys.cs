namespace TrialLint.Syntax.FastYaml;

/// <summary>Rules for mapping keys that the block and flow readers share.</summary>
internal static class MappingKeys
{
    /// <summary>
    /// The longest key (from its first character to the colon) the fast path reads. YamlDotNet stops looking for
    /// the colon of a simple key after 1024 characters; staying well below that keeps the two paths in step.
    /// </summary>
    public const int MaxLength = 1000;

    /// <summary>
    /// Whether <paramref name="properties"/> already has the key <paramref name="name"/>. A repeated key is left to
    /// YamlDotNet's path, which reports it. Mappings in reports are small, so a scan beats hashing.
    /// </summary>
    public static bool Contains(List<SyntaxProperty> properties, string name)
    {
        foreach (var property in properties)
        {
            if (string.Equals(property.Name, name, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
