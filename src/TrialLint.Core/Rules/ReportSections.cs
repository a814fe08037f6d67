using System.Collections.Frozen;
using System.Reflection;
using TrialLint.Model;

namespace TrialLint.Rules;

/// <summary>
/// The report-level variables of rule expressions: every top-level section of <see cref="TrialReport"/> by its
/// snake_case name (<c>design</c>, <c>arms</c>, <c>flow</c> ...), plus <c>report</c> itself.
/// </summary>
public static class ReportSections
{
    private static readonly FrozenDictionary<string, PropertyInfo> Sections = ModelMembers.Of(typeof(TrialReport))
        .Where(p => p.Value.DeclaringType == typeof(TrialReport))
        .ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Names of the report-level variables, for rule validation.</summary>
    public static IReadOnlySet<string> Names { get; } = Sections.Keys.Append("report").ToHashSet(StringComparer.Ordinal);

    /// <summary>The property behind section <paramref name="name"/>, or null when there is no such section.</summary>
    internal static PropertyInfo? Find(string name) => Sections.GetValueOrDefault(name);
}
