using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using TrialLint.Model;

namespace TrialLint.Rules;

/// <summary>Collects the text values of a model object and everything below it, for rules that search free text.</summary>
internal static class ModelText
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static void Collect(object? value, StringBuilder sb, int depth)
    {
        if (value is null || depth > 16) return;
        switch (value)
        {
            case string s:
                sb.AppendLine(s);
                break;
            case ModelObject obj:
                foreach (var property in Properties.GetOrAdd(obj.GetType(), t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.DeclaringType != typeof(ModelObject)).ToArray()))
                {
                    Collect(property.GetValue(obj), sb, depth + 1);
                }
                break;
            case IEnumerable list:
                foreach (var item in list) Collect(item, sb, depth + 1);
                break;
        }
    }
}
