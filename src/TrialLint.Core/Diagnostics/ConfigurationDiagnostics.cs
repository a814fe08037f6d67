namespace TrialLint.Diagnostics;

/// <summary>
/// Descriptors for problems in rule files, packs and configuration (TL08xx). They make a run exit 2; the rules
/// that loaded still run, so one broken rule never hides the others' findings.
/// </summary>
public static class ConfigurationDiagnostics
{
    /// <summary>TL0801: a rule or pack file cannot be read or parsed.</summary>
    public static readonly DiagnosticDescriptor RuleFileUnreadable = new(
        "TL0801", "Rule file cannot be read",
        "This rule file cannot be used: {reason}",
        DiagnosticCategory.Configuration, DiagnosticSeverity.Error,
        "The rule or pack file could not be read or is not valid YAML. The other rules still run.");

    /// <summary>TL0802: a rule or pack file breaks its schema.</summary>
    public static readonly DiagnosticDescriptor RuleFileInvalid = new(
        "TL0802", "Rule file breaks the rule format",
        "{reason}",
        DiagnosticCategory.Configuration, DiagnosticSeverity.Error,
        "Rule files follow schemas/rule.schema.json and pack files schemas/pack.schema.json. A file that breaks them is not loaded; the other rules still run.");

    /// <summary>TL0803: an expression in a rule does not compile.</summary>
    public static readonly DiagnosticDescriptor RuleExpressionInvalid = new(
        "TL0803", "Rule expression is not valid",
        "The expression in '{field}' is not valid: {reason}",
        DiagnosticCategory.Configuration, DiagnosticSeverity.Error,
        "Rule expressions are single Scriban expressions over the report model (see docs/rules/writing-rules.md). The rule is not loaded.");

    /// <summary>TL0804: two rules share an id.</summary>
    public static readonly DiagnosticDescriptor DuplicateRuleId = new(
        "TL0804", "Rule id defined twice",
        "{id} is already defined by {other}; ids are unique and never reused",
        DiagnosticCategory.Configuration, DiagnosticSeverity.Error,
        "Every rule has its own id. The later definition is not loaded.");

    /// <summary>TL0805: a rule cites a checklist item that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownChecklistItem = new(
        "TL0805", "Unknown checklist item",
        "'{item}' is not an item of the checklists TrialLint knows ({checklists})",
        DiagnosticCategory.Configuration, DiagnosticSeverity.Error,
        "Rules cite checklist items as <checklist>:<item>, with ids from rules/checklists/*.tsv (e.g. CONSORT-2025:22a).");

    /// <summary>TL0806: a pack lists a rule that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownRuleInPack = new(
        "TL0806", "Pack names an unknown rule",
        "Pack '{pack}' lists {id}, which no rule file or built-in analyzer defines",
        DiagnosticCategory.Configuration, DiagnosticSeverity.Error,
        "Every id in a pack's rule list must be a loaded rule.");

    /// <summary>TL0807: a rule failed while it was evaluated on a report.</summary>
    public static readonly DiagnosticDescriptor RuleEvaluationFailed = new(
        "TL0807", "Rule could not be evaluated",
        "Rule {id} ({ruleFile}) could not be evaluated on this report and was skipped: {reason}",
        DiagnosticCategory.Configuration, DiagnosticSeverity.Error,
        "A rule expression failed at run time, for instance by comparing text with a number. Fix the rule file; the other rules still ran.");

    /// <summary>TL0808: a rule's id does not fit its category or clashes with a built-in analyzer.</summary>
    public static readonly DiagnosticDescriptor RuleIdNotAllowed = new(
        "TL0808", "Rule id not allowed",
        "{id} cannot be used here: {reason}",
        DiagnosticCategory.Configuration, DiagnosticSeverity.Error,
        "Ids are fixed by range (TL01xx participant flow, TL02xx harms, TL03xx design, TL04xx follow-up and outcomes, TL05xx open science, TL06xx registry, TL07xx results). TL00xx, TL08xx and TL09xx belong to TrialLint itself.");

    /// <summary>TL0809: the configuration file is not valid.</summary>
    public static readonly DiagnosticDescriptor ConfigInvalid = new(
        "TL0809", "Configuration not valid",
        "{reason}",
        DiagnosticCategory.Configuration, DiagnosticSeverity.Error,
        "The configuration file (.triallint.yaml) follows schemas/config.schema.json; rule ids and packs it names must exist. The run stops with exit code 2 so that a misspelt setting never silently changes what is checked.");

    /// <summary>TL0810: a suppression comment without a reason.</summary>
    public static readonly DiagnosticDescriptor SuppressionWithoutReason = new(
        "TL0810", "Suppression without a reason",
        "This suppression of {ids} gives no reason; write it after the rule ids: '# triallint-disable-next-line {ids} -- why'",
        DiagnosticCategory.Configuration, DiagnosticSeverity.Error,
        "Every suppression records why the finding does not apply, so that a reviewer can judge it later. A suppression without a reason does not silence anything.");

    /// <summary>TL0811: a suppression names a rule that does not exist.</summary>
    public static readonly DiagnosticDescriptor SuppressionUnknownRule = new(
        "TL0811", "Suppression of an unknown rule",
        "'{id}' is not a rule TrialLint knows, so this suppression silences nothing{suggestion}",
        DiagnosticCategory.Configuration, DiagnosticSeverity.Warning,
        "A suppression names rules by id (TL0101). An unknown id is usually a typing error, and the finding it was meant for still shows.");

    /// <summary>TL0812: a suppression that silences nothing.</summary>
    public static readonly DiagnosticDescriptor SuppressionUnused = new(
        "TL0812", "Unused suppression",
        "This suppression of {id} matches no finding; remove it",
        DiagnosticCategory.Configuration, DiagnosticSeverity.Warning,
        "A suppression that silences nothing is left over from a finding that was fixed; removing it keeps suppressions meaningful.");

    /// <summary>The problems that stop a run with exit code 2: broken rule files and configuration.</summary>
    public static bool StopsTheRun(DiagnosticDescriptor descriptor) =>
        descriptor.Category == DiagnosticCategory.Configuration && string.CompareOrdinal(descriptor.Id, "TL0810") < 0;

    /// <summary>All configuration descriptors, in id order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        RuleFileUnreadable, RuleFileInvalid, RuleExpressionInvalid, DuplicateRuleId, UnknownChecklistItem, UnknownRuleInPack,
        RuleEvaluationFailed, RuleIdNotAllowed, ConfigInvalid, SuppressionWithoutReason, SuppressionUnknownRule, SuppressionUnused,
    ];
}
