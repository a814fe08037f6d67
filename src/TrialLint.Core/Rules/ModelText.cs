using System.Collections;
using System.Text;
using TrialLint.Model;

namespace TrialLint.Rules;

/// <summary>Collects the text values of a model object and everything below it, for rules that search free text.</summary>
internal static class ModelText
{
    public static void Collect(object? value, StringBuilder sb, int depth)
    {
        if (value is null || depth > 16) return;
        switch (value)
        {
            case string s:
                sb.AppendLine(s);
                break;
            case ModelObject obj:
                foreach (var property in ModelMembers.InOrder(obj.GetType()))
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
