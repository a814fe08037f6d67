using System.Collections.Immutable;
using Scriban.Syntax;
using TrialLint.Checklists;
using TrialLint.Diagnostics;
using TrialLint.Schema;
using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Rules;

/// <summary>
/// Loads rule files: parses the YAML with positions, validates it against <c>schemas/rule.schema.json</c>,
/// compiles every expression once, and checks names, ids and checklist items. A broken file yields findings at
/// its own lines (TL08xx) and no rule; it never stops the other rules from loading.
/// </summary>
public static class RuleFileLoader
{
    private static readonly HashSet<string> ScribanBuiltins = new(StringComparer.Ordinal)
    {
        "array", "date", "html", "math", "object", "regex", "string", "timespan", "empty", "blank",
    };

    /// <summary>Loads one rule file. Returns the rule, or null with the reasons in <paramref name="diagnostics"/>.</summary>
    public static RuleDefinition? Load(RuleSource source, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (ParseValid(source, "rule.schema.json", diagnostics) is not { } parsed) return null;
        var (tree, root) = parsed;

        string id = Text(root, "id")!;
        string? category = Text(root, "category");
        var idLocation = tree.GetLocation(JsonPointer.Root.Append("id"));
        string? expectedCategory = DiagnosticCategory.ForId(id);
        if (expectedCategory is DiagnosticCategory.Input or DiagnosticCategory.Configuration or DiagnosticCategory.Internal)
        {
            diagnostics.Add(Diagnostic.Create(ConfigurationDiagnostics.RuleIdNotAllowed, idLocation, ("id", id), ("reason", "TL00xx, TL08xx and TL09xx are reserved for TrialLint itself")));
            return null;
        }
        if (expectedCategory != category)
        {
            diagnostics.Add(Diagnostic.Create(ConfigurationDiagnostics.RuleIdNotAllowed, idLocation, ("id", id), ("reason", $"ids in its range belong to category {expectedCategory}, not {category}")));
            return null;
        }

        bool ok = true;
        var checklist = Sequence(root, "checklist");
        for (int i = 0; i < checklist.Count; i++)
        {
            string reference = checklist[i];
            if (ChecklistCatalog.Find(reference) is not null) continue;
            diagnostics.Add(Diagnostic.Create(ConfigurationDiagnostics.UnknownChecklistItem, tree.GetLocation(JsonPointer.Root.Append("checklist").Append(i)),
                ("item", reference), ("checklists", string.Join(", ", ChecklistCatalog.All.Values.Select(v => v.Checklist).Distinct()))));
            ok = false;
        }

        var forEach = Compile(tree, root, "for_each", diagnostics, ref ok);
        bool hasItem = forEach is not null;
        var appliesIf = Compile(tree, root, "applies_if", diagnostics, ref ok);
        var require = Compile(tree, root, "require", diagnostics, ref ok, allowItem: hasItem);
        var values = ImmutableArray.CreateBuilder<KeyValuePair<string, RuleExpression>>();
        if (root["values"] is MappingNode valueNode)
        {
            foreach (var property in valueNode.Properties)
            {
                if (Compile(tree, property.Value, $"values.{property.Name}", diagnostics, ref ok, allowItem: hasItem) is { } expression)
                    values.Add(new(property.Name, expression));
            }
        }
        CheckPlaceholders(tree, root, diagnostics, ref ok);
        var reportAt = root["report_at"] is SequenceNode paths ? paths.Items.OfType<ScalarNode>().Select(s => s.Value).ToImmutableArray()
            : Text(root, "report_at") is { } single ? [single] : ImmutableArray<string>.Empty;
        if (reportAt.Any(p => p.StartsWith("item", StringComparison.Ordinal)) && !hasItem)
        {
            diagnostics.Add(Diagnostic.Create(ConfigurationDiagnostics.RuleExpressionInvalid, tree.GetLocation(JsonPointer.Root.Append("report_at")),
                ("field", "report_at"), ("reason", "'item' exists only in rules with for_each")));
            ok = false;
        }
        if (!ok || require is null) return null;

        var descriptor = new DiagnosticDescriptor(
            id,
            Text(root, "title")!,
            Text(root, "message")!,
            category!,
            Enum.Parse<DiagnosticSeverity>(Text(root, "severity")!, ignoreCase: true),
            Text(root, "description")!,
            checklist,
            root["enabled"] is ScalarNode enabled ? enabled.AsBoolean() ?? true : true,
            Text(root, "help"));
        return new RuleDefinition(descriptor, source.Path, require, appliesIf, forEach, reportAt, values.ToImmutable());
    }

    /// <summary>
    /// Every <c>{name}</c> in the message must be an entry of <c>values</c>: one that names nothing would print
    /// literally in every finding. Each is a TL0803 finding at the placeholder itself.
    /// </summary>
    private static void CheckPlaceholders(SyntaxTree tree, MappingNode root, ICollection<Diagnostic> diagnostics, ref bool ok)
    {
        if (root["message"] is not ScalarNode message) return;
        var names = root["values"] is MappingNode values ? values.Properties.Select(p => p.Name).ToList() : [];
        // Offsets are found in the message as written (quoted or folded), so the finding points at the placeholder.
        string written = tree.Source.Text.Substring(message.Span.Start, message.Span.Length);
        var writtenPlaceholders = MessageFormatter.Placeholders(written).ToList();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, _) in MessageFormatter.Placeholders(message.Value))
        {
            int occurrence = seen[name] = seen.GetValueOrDefault(name) + 1;
            if (names.Contains(name, StringComparer.Ordinal)) continue;
            var at = writtenPlaceholders.Where(p => p.Name == name).Skip(occurrence - 1).Select(p => (int?)p.Offset).FirstOrDefault();
            var location = at is { } offset
                ? tree.CreateLocation(new TextSpan(message.Span.Start + offset, name.Length + 2), message.Pointer)
                : tree.GetLocation(message);
            string reason = names.Count == 0
                ? $"the placeholder '{{{name}}}' names no entry of 'values', and the rule has none; give it under 'values' or write {{{{ and }}}} for literal braces"
                : TextDistance.Closest(name, names) is { } guess
                    ? $"the placeholder '{{{name}}}' names no entry of 'values'; did you mean '{{{guess}}}'?"
                    : $"the placeholder '{{{name}}}' names no entry of 'values'; the rule gives {string.Join(", ", names.Select(n => $"{{{n}}}"))}";
            diagnostics.Add(Diagnostic.Create(ConfigurationDiagnostics.RuleExpressionInvalid, location, ("field", "message"), ("reason", reason)));
            ok = false;
        }
    }

    /// <summary>Parses a YAML rule or pack file and validates it against the embedded schema <paramref name="schemaName"/>.</summary>
    internal static (SyntaxTree Tree, MappingNode Root)? ParseValid(RuleSource source, string schemaName, ICollection<Diagnostic> diagnostics)
    {
        var tree = YamlSyntaxParser.Parse(new SourceText(source.Path, source.Text));
        if (tree.Root is null)
        {
            var reason = tree.Diagnostics.FirstOrDefault();
            diagnostics.Add(Diagnostic.Create(ConfigurationDiagnostics.RuleFileUnreadable, reason?.Location ?? Location.ForFile(source.Path),
                ("reason", reason?.Message ?? "the file is empty")));
            return null;
        }
        var problems = tree.Diagnostics.Concat(SchemaValidator.Validate(tree, schemaName)).ToList();
        foreach (var problem in problems)
            diagnostics.Add(Diagnostic.Create(ConfigurationDiagnostics.RuleFileInvalid, problem.Location, ("reason", problem.Message)));
        return problems.Count == 0 && tree.Root is MappingNode root ? (tree, root) : null;
    }

    private static RuleExpression? Compile(SyntaxTree tree, MappingNode root, string key, ICollection<Diagnostic> diagnostics, ref bool ok, bool allowItem = false) =>
        root.GetProperty(key) is { } property ? Compile(tree, property.Value, key, diagnostics, ref ok, allowItem) : null;

    private static RuleExpression? Compile(SyntaxTree tree, SyntaxNode node, string field, ICollection<Diagnostic> diagnostics, ref bool ok, bool allowItem)
    {
        if (node is not ScalarNode { Type: ScalarType.String } scalar) return null;
        var location = tree.GetLocation(node);
        var expression = RuleExpression.Compile(scalar.Value, location, out string? error);
        error ??= UnknownName(expression!, allowItem);
        if (error is null) return expression;
        diagnostics.Add(Diagnostic.Create(ConfigurationDiagnostics.RuleExpressionInvalid, location, ("field", field), ("reason", error)));
        ok = false;
        return null;
    }

    /// <summary>A misspelt section name would silently read as empty; catch it when the rule loads.</summary>
    private static string? UnknownName(RuleExpression expression, bool allowItem)
    {
        var collector = new GlobalNameCollector();
        expression.Node.Accept(collector);
        foreach (string name in collector.Names)
        {
            if (ReportSections.Names.Contains(name) || RuleFunctions.Names.Contains(name) || ScribanBuiltins.Contains(name)) continue;
            if (name is "item" or "index") { if (allowItem) continue; return $"'{name}' exists only in rules with for_each"; }
            if (name is "it" or "outer") continue;
            var known = ReportSections.Names.Concat(RuleFunctions.Names);
            return TextDistance.Closest(name, known) is { } guess
                ? $"'{name}' is not a report section or function; did you mean '{guess}'?"
                : $"'{name}' is not a report section or function (sections: {string.Join(", ", ReportSections.Names.Order(StringComparer.Ordinal))})";
        }
        return null;
    }

    private static string? Text(MappingNode node, string key) => node[key] is ScalarNode { Type: not ScalarType.Null } s ? s.Value : null;

    private static List<string> Sequence(MappingNode node, string key) =>
        node[key] is SequenceNode seq ? seq.Items.OfType<ScalarNode>().Select(s => s.Value).ToList() : [];

    private sealed class GlobalNameCollector : ScriptVisitor
    {
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        public override void Visit(ScriptVariableGlobal node)
        {
            Names.Add(node.Name);
            base.Visit(node);
        }

        // In 'harms.no_events' only 'harms' is a variable; the member name is read from whatever harms holds.
        public override void Visit(ScriptMemberExpression node) => node.Target?.Accept(this);
    }
}
