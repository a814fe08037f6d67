using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using TrialLint.Model;

namespace TrialLint.Tests.Rules.Interpreter;

/// <summary>Lets Scriban read model members by their snake_case names, as the product's interpreter did before rules were compiled.</summary>
internal sealed class ScribanModelAccessor : IObjectAccessor
{
    private static readonly ConcurrentDictionary<Type, ScribanModelAccessor> ByType = new();
    private readonly Type _type;

    private ScribanModelAccessor(Type type) => _type = type;

    public static ScribanModelAccessor For(Type type) => ByType.GetOrAdd(type, t => new ScribanModelAccessor(t));

    public bool HasIndexer => false;

    public Type IndexType => typeof(object);

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => ModelMembers.Of(_type).Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => ModelMembers.Of(_type).Keys;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => ModelMembers.Of(_type).ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (ModelMembers.Of(_type).TryGetValue(member, out var property))
        {
            value = property.GetValue(target);
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
}
