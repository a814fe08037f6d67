using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using TrialLint.Model;

namespace TrialLint.Rules.Compilation;

/// <summary>
/// The members rule expressions can read on a model type, by their snake_case names, looked up once per type.
/// Values are read with <see cref="PropertyInfo.GetValue(object)"/>: no generic instantiation is made at run time,
/// so this works unchanged under Native AOT (the runtime's own reflection invoker is fast once warm).
/// </summary>
internal static class ModelMembers
{
    private static readonly ConcurrentDictionary<Type, FrozenDictionary<string, PropertyInfo>> ByType = new();
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> InOrderByType = new();

    /// <summary>The readable members of <paramref name="type"/> by snake_case name (not the pointer bookkeeping of <see cref="ModelObject"/>).</summary>
    public static FrozenDictionary<string, PropertyInfo> Of(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return ByType.GetOrAdd(type, t => InOrder(t).ToFrozenDictionary(p => SnakeCase.Rename(p.Name), StringComparer.Ordinal));
    }

    /// <summary>The same members in declaration order (the order <c>texts()</c> collects text in).</summary>
    public static PropertyInfo[] InOrder(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return InOrderByType.GetOrAdd(type, t => Find(t).ToArray());
    }

    /// <summary>Reads <paramref name="name"/> of <paramref name="target"/>; null when the type has no such member.</summary>
    public static object? Read(ModelObject target, string name)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Of(target.GetType()).TryGetValue(name, out var property) ? property.GetValue(target) : null;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Model types are bound from every report and their public properties are read by the analyzers and the rule engine; the model is not trimmed.")]
    private static IEnumerable<PropertyInfo> Find(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.DeclaringType != typeof(ModelObject) && p.GetIndexParameters().Length == 0 && p.GetMethod is not null);
}
