using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace TrialLint.Model;

/// <summary>
/// The data properties of a model type (those a report sets, not <see cref="ModelObject"/>'s own bookkeeping), in
/// declaration order, looked up once per type. The one place the engine reflects over the model: rule expressions,
/// model paths, model text and the YAML writer read members through it.
/// </summary>
public static class ModelProperties
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> ByType = new();

    /// <summary>The data properties of <paramref name="type"/>.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070",
        Justification = "TrialLint.Core is a trimmer root of the Native AOT build (TrialLint.Cli.csproj), so every model property keeps its metadata.")]
    public static IReadOnlyList<PropertyInfo> Of(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return ByType.GetOrAdd(type, static t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.DeclaringType != typeof(ModelObject) && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken)
            .ToArray());
    }
}
