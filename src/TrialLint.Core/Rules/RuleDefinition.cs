using System.Collections.Immutable;
using TrialLint.Diagnostics;

namespace TrialLint.Rules;

/// <summary>A rule loaded from a rule file, with its expressions compiled and its descriptor built.</summary>
public sealed class RuleDefinition
{
    /// <summary>Creates a rule.</summary>
    public RuleDefinition(
        DiagnosticDescriptor descriptor,
        string sourcePath,
        RuleExpression require,
        RuleExpression? appliesIf = null,
        RuleExpression? forEach = null,
        ImmutableArray<string> reportAt = default,
        ImmutableArray<KeyValuePair<string, RuleExpression>> values = default)
    {
        Descriptor = descriptor ?? throw new ArgumentNullException(nameof(descriptor));
        SourcePath = sourcePath ?? throw new ArgumentNullException(nameof(sourcePath));
        Require = require ?? throw new ArgumentNullException(nameof(require));
        AppliesIf = appliesIf;
        ForEach = forEach;
        ReportAt = reportAt.IsDefault ? [] : reportAt;
        Values = values.IsDefault ? [] : values;
    }

    /// <summary>The rule's descriptor (id, texts, severity, checklist items).</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The rule id.</summary>
    public string Id => Descriptor.Id;

    /// <summary>The file the rule was loaded from (for embedded rules, its path below the repository root).</summary>
    public string SourcePath { get; }

    /// <summary>When the rule applies; null means always.</summary>
    public RuleExpression? AppliesIf { get; }

    /// <summary>The list checked element by element; null for a report-level rule.</summary>
    public RuleExpression? ForEach { get; }

    /// <summary>The condition that must hold.</summary>
    public RuleExpression Require { get; }

    /// <summary>Where findings point: paths such as <c>registration.id</c> or <c>item.role</c>; the first that exists is used.</summary>
    public ImmutableArray<string> ReportAt { get; }

    /// <summary>Expressions for the message's placeholders.</summary>
    public ImmutableArray<KeyValuePair<string, RuleExpression>> Values { get; }
}
