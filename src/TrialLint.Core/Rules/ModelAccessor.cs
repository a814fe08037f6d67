using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using TrialLint.Model;

namespace TrialLint.Rules;

/// <summary>
/// Reads model members for rule expressions through delegates compiled once per model type, by their snake_case
/// names. Scriban's own accessor for .NET objects reads properties by reflection on every access; rules read model
/// members millions of times in a large run.
/// </summary>
internal sealed class ModelAccessor : IObjectAccessor
{
    private static readonly ConcurrentDictionary<Type, ModelAccessor> ByType = new();
    private readonly FrozenDictionary<string, Func<object, object?>> _getters;

    private ModelAccessor(Type type)
    {
        _getters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.DeclaringType != typeof(ModelObject) && p.GetIndexParameters().Length == 0)
            .ToFrozenDictionary(p => SnakeCase.Rename(p.Name), Compile, StringComparer.Ordinal);
    }

    /// <summary>The accessor for a model type.</summary>
    public static ModelAccessor For(Type type) => ByType.GetOrAdd(type, t => new ModelAccessor(t));

    public bool HasIndexer => false;

    public Type IndexType => typeof(object);

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _getters.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _getters.Keys;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _getters.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_getters.TryGetValue(member, out var get))
        {
            value = get(target);
            return true;
        }
        value = null;
        return false;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    private static Func<object, object?> Compile(PropertyInfo property) =>
        (Func<object, object?>)typeof(ModelAccessor).GetMethod(nameof(Getter), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(property.DeclaringType!, property.PropertyType).Invoke(null, [property.GetGetMethod()!])!;

    private static Func<object, object?> Getter<TOwner, TValue>(MethodInfo getter)
    {
        var get = getter.CreateDelegate<Func<TOwner, TValue>>();
        return owner => get((TOwner)owner);
    }
}
