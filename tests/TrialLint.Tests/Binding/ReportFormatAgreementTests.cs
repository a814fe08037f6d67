using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TrialLint.Binding;
using TrialLint.Model;
using TrialLint.Rules;
using TrialLint.Schema;
using TrialLint.Syntax;
using TrialLint.Tests.Infrastructure;
using TrialLint.Text;

namespace TrialLint.Tests.Binding;

/// <summary>
/// The report format is written down four times: the JSON Schema (what a file may hold), the model (what rules read,
/// a property per key, named by its snake_case key), the binder (what is read from a file into the model) and
/// docs/report-format.md (its index of keys). The schema is the reference; each test names every key one of the
/// others lacks, as a path such as <c>outcomes[].effects[].p_value_text</c>.
/// </summary>
public sealed class ReportFormatAgreementTests
{
    private static readonly Lazy<JsonObject> Schema = new(() =>
        JsonNode.Parse(File.ReadAllText(RepoPaths.Combine("schemas", "trial-report.schema.json")))!.AsObject());

    // "$schema" names the schema for editors of JSON reports; it is not report content and has no place in the model.
    private static readonly string[] SchemaOnlyKeys = ["$schema"];

    [Fact]
    public void The_model_has_a_member_for_every_schema_key_and_no_other()
    {
        var schema = SchemaKeys();
        var model = ModelKeys(typeof(TrialReport), "");

        AssertAgree(schema, model, "the schema", "the model");
    }

    [Fact]
    public void The_binder_reads_every_schema_key_into_the_model()
    {
        var tree = SyntaxParser.Parse(new SourceText("all-keys.trial.json", SampleOfEverything().ToJsonString()));
        Assert.Empty(tree.Diagnostics);
        Assert.Empty(SchemaValidator.Validate(tree).Select(d => d.ToString()));

        var report = ReportBinder.Bind(tree)!;
        var bound = new SortedSet<string>(StringComparer.Ordinal);
        CollectBound(report, "", bound);

        AssertAgree(SchemaKeys(), bound, "the schema", "what the binder read (with a value) from a report holding every key");
    }

    [Fact]
    public void The_documentation_index_lists_every_schema_key_and_no_other()
    {
        var documented = DocumentedKeys();

        AssertAgree(SchemaKeys(), documented, "the schema", "docs/report-format.md, section 9");
    }

    [Fact]
    public void Every_key_name_is_explained_in_the_section_by_section_tables()
    {
        string doc = File.ReadAllText(RepoPaths.Combine("docs", "report-format.md"));
        string tables = Between(doc, "## 4. The keys", "## 5.");
        var missing = SchemaKeys().Select(k => k[(k.LastIndexOf('.') + 1)..]).Distinct()
            .Where(name => !tables.Contains($"`{name}`", StringComparison.Ordinal) && !Regex.IsMatch(tables, $@"`[a-z_.]*\.{Regex.Escape(name)}`"));

        Assert.Empty(missing);
    }

    // ---- the schema ----

    /// <summary>Every key the schema allows, as a path (<c>flow.periods[].groups[].arm</c>).</summary>
    private static SortedSet<string> SchemaKeys()
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        WalkSchema(Schema.Value, "", keys);
        return keys;
    }

    private static void WalkSchema(JsonNode node, string path, SortedSet<string> keys)
    {
        var schema = Resolve(node);
        if (schema["properties"] is JsonObject properties)
        {
            foreach (var (name, sub) in properties)
            {
                if (path.Length == 0 && SchemaOnlyKeys.Contains(name)) continue;
                string key = Join(path, name);
                keys.Add(key);
                WalkSchema(sub!, key, keys);
            }
        }
        if (schema["items"] is { } items) WalkSchema(items, path + "[]", keys);
        foreach (string combinator in new[] { "allOf", "anyOf", "oneOf" })
        {
            if (schema[combinator] is JsonArray alternatives)
                foreach (var alternative in alternatives) WalkSchema(alternative!, path, keys);
        }
    }

    private static JsonObject Resolve(JsonNode node)
    {
        var schema = node.AsObject();
        while (schema["$ref"]?.GetValue<string>() is { } reference)
            schema = Schema.Value["definitions"]![reference["#/definitions/".Length..]]!.AsObject();
        return schema;
    }

    /// <summary>A report that holds every key the schema allows, each with a valid value (one entry per list).</summary>
    private static JsonNode SampleOfEverything() => Sample(Schema.Value, topLevel: true);

    private static JsonNode Sample(JsonNode node, bool topLevel = false)
    {
        var schema = Resolve(node);
        if (schema["enum"] is JsonArray values) return values[0]!.DeepClone();
        if (schema["properties"] is JsonObject properties)
        {
            var obj = new JsonObject();
            foreach (var (name, sub) in properties)
            {
                if (topLevel && SchemaOnlyKeys.Contains(name)) continue;
                obj[name] = Sample(sub!);
            }
            return obj;
        }
        if (schema["items"] is { } items) return new JsonArray(Sample(items));
        foreach (string combinator in new[] { "allOf", "anyOf", "oneOf" })
        {
            if (schema[combinator] is JsonArray alternatives) return Sample(alternatives[0]!);
        }
        return schema["type"]?.GetValue<string>() switch
        {
            "integer" => 1,
            "number" => 0.5,
            "boolean" => true,
            "string" => SampleText(schema["pattern"]?.GetValue<string>()),
            var type => throw new InvalidOperationException($"No sample for a value of type '{type}': {schema.ToJsonString()}"),
        };
    }

    private static string SampleText(string? pattern) =>
        pattern is null ? "text"
        : new[] { "a", "2020-01-15", "https://example.org", "<0.001", "2:1" }.FirstOrDefault(s => Regex.IsMatch(s, pattern))
          ?? throw new InvalidOperationException($"No sample text matches '{pattern}'; add one.");

    // ---- the model and the binder ----

    /// <summary>The keys of <paramref name="type"/> and of the model objects below it, by the model's own names.</summary>
    private static SortedSet<string> ModelKeys(Type type, string path, SortedSet<string>? keys = null)
    {
        keys ??= new SortedSet<string>(StringComparer.Ordinal);
        foreach (var property in Members(type))
        {
            string key = Join(path, SnakeCase.Rename(property.Name));
            keys.Add(key);
            if (ModelType(property.PropertyType) is { } child) ModelKeys(child, key + (IsList(property.PropertyType) ? "[]" : ""), keys);
        }
        return keys;
    }

    /// <summary>The keys read into <paramref name="obj"/> and below it that hold a value.</summary>
    private static void CollectBound(ModelObject obj, string path, SortedSet<string> keys)
    {
        foreach (var property in Members(obj.GetType()))
        {
            string name = SnakeCase.Rename(property.Name);
            object? value = property.GetValue(obj);
            if (obj.Has(name) && RuleValues.IsPresent(value)) keys.Add(Join(path, name));
            switch (value)
            {
                case ModelObject child:
                    CollectBound(child, Join(path, name), keys);
                    break;
                case IEnumerable list when value is not string:
                    foreach (var item in list.OfType<ModelObject>()) CollectBound(item, Join(path, name) + "[]", keys);
                    break;
            }
        }
    }

    private static IEnumerable<PropertyInfo> Members(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.DeclaringType != typeof(ModelObject) && p.GetIndexParameters().Length == 0)
            .Where(p => p.GetCustomAttribute<NotInReportFormatAttribute>() is null);

    private static bool IsList(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>);

    private static Type? ModelType(Type type)
    {
        var element = IsList(type) ? type.GetGenericArguments()[0] : type;
        return element.IsSubclassOf(typeof(ModelObject)) ? element : null;
    }

    // ---- the documentation ----

    /// <summary>The keys in the index of docs/report-format.md: rows <c>| `section` | `key`, `key` |</c>.</summary>
    private static SortedSet<string> DocumentedKeys()
    {
        string doc = File.ReadAllText(RepoPaths.Combine("docs", "report-format.md"));
        string index = Between(doc, "## 9. Index of keys", null);
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Match row in Regex.Matches(index, @"^\| (\(top level\)|`(?<section>[^`]+)`) \| (?<keys>.+) \|$", RegexOptions.Multiline))
        {
            string section = row.Groups["section"].Success ? row.Groups["section"].Value : "";
            foreach (Match key in Regex.Matches(row.Groups["keys"].Value, "`([^`]+)`")) keys.Add(Join(section, key.Groups[1].Value));
        }
        return keys;
    }

    private static string Between(string text, string start, string? end)
    {
        int from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start}' not found");
        int to = end is null ? text.Length : text.IndexOf(end, from, StringComparison.Ordinal);
        return text[from..(to < 0 ? text.Length : to)];
    }

    // ---- helpers ----

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;

    /// <summary>Fails naming each key in one set but not the other, one per line.</summary>
    private static void AssertAgree(SortedSet<string> expected, SortedSet<string> actual, string expectedName, string actualName)
    {
        string problems = string.Join(Environment.NewLine,
            expected.Except(actual).Select(k => $"{k}: in {expectedName}, not in {actualName}")
                .Concat(actual.Except(expected).Select(k => $"{k}: in {actualName}, not in {expectedName}")));
        Assert.True(problems.Length == 0, Environment.NewLine + problems);
    }
}
