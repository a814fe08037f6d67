using System.Collections.Immutable;
using System.Globalization;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using TrialLint.Diagnostics;
using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Schema;

/// <summary>
/// Validates a parsed report against the published schema with NJsonSchema and turns each error into a finding
/// at the offending node, worded for the person who wrote the report.
/// </summary>
public static partial class SchemaValidator
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, FastSchemaCheck> FastChecks = new(StringComparer.Ordinal);

    /// <summary>The report schema's file name.</summary>
    public const string ReportSchemaName = "trial-report.schema.json";

    /// <summary>Validates with NJsonSchema only, without the fast proof of validity (for tests that compare the two).</summary>
    public static ImmutableArray<Diagnostic> ValidateSlowly(SyntaxTree tree, string schemaName = ReportSchemaName) =>
        [.. ValidateWith(tree, EmbeddedSchemas.Get(schemaName), schemaName), .. ImpossibleDates(tree, schemaName)];

    /// <summary>
    /// Validates <paramref name="tree"/> against the embedded schema <paramref name="schemaName"/> (the report schema by
    /// default). A quick check proves most documents valid without NJsonSchema, which is loaded only when needed.
    /// </summary>
    public static ImmutableArray<Diagnostic> Validate(SyntaxTree tree, string schemaName = ReportSchemaName)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(schemaName);
        if (tree.Root is null) return [];
        var fast = FastChecks.GetOrAdd(schemaName, name => FastSchemaCheck.Compile(EmbeddedSchemas.ReadText(name)));
        var dates = ImpossibleDates(tree, schemaName);
        if (fast.ProvesValid(tree.Root)) return dates;
        return [.. ValidateWith(tree, EmbeddedSchemas.Get(schemaName), schemaName), .. dates];
    }

    /// <summary>
    /// Dates written in full that no calendar has ("2023-02-30", "2025-04-31"): the schema's pattern checks the shape of
    /// a date (and months 01-12, days 01-31), not whether the day exists. Any text of exactly that shape in a report
    /// is a date, so every one is checked, wherever it is.
    /// </summary>
    private static ImmutableArray<Diagnostic> ImpossibleDates(SyntaxTree tree, string schemaName)
    {
        if (schemaName != ReportSchemaName || tree.Root is null) return [];
        var found = ImmutableArray.CreateBuilder<Diagnostic>();
        var pending = new Stack<SyntaxNode>();
        pending.Push(tree.Root);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case MappingNode mapping:
                    foreach (var property in mapping.Properties) pending.Push(property.Value);
                    break;
                case SequenceNode sequence:
                    foreach (var item in sequence.Items) pending.Push(item);
                    break;
                case ScalarNode { Type: ScalarType.String, Value: { Length: 10 } text } scalar
                    when FullDate().IsMatch(text) && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _):
                    found.Add(Diagnostic.Create(InputDiagnostics.ValueNotAllowed, tree.GetLocation(scalar.Pointer),
                        ("subject", Capitalise(SyntaxNodeNames.Describe(scalar.Pointer))), ("expected", "must be a day of the calendar"), ("actual", text)));
                    break;
            }
        }
        return found.ToImmutable();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")]
    private static partial System.Text.RegularExpressions.Regex FullDate();

    /// <summary>Validates with NJsonSchema against <paramref name="schema"/>, the schema named <paramref name="schemaName"/> (tests compare schema readers with it).</summary>
    internal static ImmutableArray<Diagnostic> ValidateWith(SyntaxTree tree, JsonSchema schema, string schemaName)
    {
        if (tree.Root is null) return [];
        JToken token = ToToken(tree.Root);
        var results = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var error in Flatten(schema.Validate(token)))
        {
            if (Translate(tree, error, RootName(schemaName)) is { } diagnostic) results.Add(diagnostic);
        }
        // A whole number too large for 64 bits is also above the schema's maximum: one finding for the value, not two.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        results.RemoveAll(d => d.Descriptor == InputDiagnostics.OutOfRange && !seen.Add(d.Location.Pointer.ToString()));
        // NJsonSchema lets the text "1" through enum [1]; the version must be the number 1, as editors check it.
        if (schemaName == ReportSchemaName && tree.Root is MappingNode { } rootMapping && rootMapping["format_version"] is ScalarNode { Type: not ScalarType.Integer } version
            && !results.Any(d => d.Location.Pointer == version.Pointer))
        {
            results.Add(Diagnostic.Create(InputDiagnostics.FormatVersion, tree.GetLocation(version.Pointer),
                ("reason", $"'format_version' is {DescribeValue(version)}, not the number 1")));
        }
        // A report that is not a set of keys at all gets one finding, not one per missing key.
        if (tree.Root is not MappingNode) results.RemoveAll(d => d.Descriptor != InputDiagnostics.WrongType || !d.Location.Pointer.IsRoot);
        return results.ToImmutable();
    }

    /// <summary>Builds the Newtonsoft token NJsonSchema validates, each token annotated with the node it came from.</summary>
    private static JToken ToToken(SyntaxNode node)
    {
        JToken token;
        switch (node)
        {
            case MappingNode mapping:
                var obj = new JObject();
                foreach (var property in mapping.Properties)
                {
                    var jp = new JProperty(property.Name, ToToken(property.Value));
                    jp.AddAnnotation(property);
                    obj.Add(jp);
                }
                token = obj;
                break;
            case SequenceNode sequence:
                var array = new JArray();
                foreach (var item in sequence.Items) array.Add(ToToken(item));
                token = array;
                break;
            case ScalarNode scalar:
                token = scalar.Type switch
                {
                    ScalarType.Integer when scalar.AsInteger() is long n => new JValue(n),
                    ScalarType.Integer or ScalarType.Float when scalar.AsNumber() is double d => new JValue(d),
                    ScalarType.Boolean => new JValue(scalar.AsBoolean()),
                    ScalarType.Null => JValue.CreateNull(),
                    _ => new JValue(scalar.Value),
                };
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(node));
        }
        token.AddAnnotation(node);
        return token;
    }

    /// <summary>NJsonSchema nests the errors of <c>allOf</c>/<c>oneOf</c> branches; the leaves are what the user must fix.</summary>
    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
            {
                foreach (var nested in Flatten(child.Errors.SelectMany(e => e.Value))) yield return nested;
            }
            else
            {
                yield return error;
            }
        }
    }

    /// <summary>The other schema errors, in words: "must not be empty", "must have at least 1 item".</summary>
    private static string Describe(ValidationError error, string root) => error.Kind switch
    {
        ValidationErrorKind.StringTooShort => error.Schema?.MinLength is int min and > 1 ? $"must be at least {min} characters long" : "must not be empty",
        ValidationErrorKind.StringTooLong => error.Schema?.MaxLength is int max ? $"must be at most {max} characters long" : "is too long",
        ValidationErrorKind.TooFewItems => error.Schema?.MinItems is int items and > 0 ? $"must have at least {items} item{(items == 1 ? "" : "s")}" : "has too few items",
        ValidationErrorKind.TooManyItems => "has too many items",
        ValidationErrorKind.ItemsNotUnique => "lists the same item twice",
        _ => $"does not fit the format of {root.Replace("the ", "", StringComparison.Ordinal)}s",
    };

    /// <summary>What the root of a file checked against <paramref name="schemaName"/> is called in messages.</summary>
    private static string RootName(string schemaName) => schemaName switch
    {
        ReportSchemaName => "the report",
        "config.schema.json" => "the configuration",
        "rule.schema.json" => "the rule file",
        "pack.schema.json" => "the pack file",
        _ => "the file",
    };

    private static Diagnostic? Translate(SyntaxTree tree, ValidationError error, string root)
    {
        SyntaxNode? node = FindNode(error.Token);
        JsonPointer pointer = node?.Pointer ?? JsonPointer.Root;
        string subject = SyntaxNodeNames.Describe(pointer, root);
        string actual = node is null ? "missing" : DescribeValue(node);

        switch (error.Kind)
        {
            case ValidationErrorKind.PropertyRequired:
                {
                    var missing = pointer.Append(error.Property ?? "?");
                    var location = tree.GetLocation(missing);
                    if (pointer.IsRoot && error.Property == "format_version")
                        return Diagnostic.Create(InputDiagnostics.FormatVersion, location, ("reason", "'format_version' is missing"));
                    return Diagnostic.Create(InputDiagnostics.RequiredKeyMissing, location,
                        ("subject", Capitalise(subject)), ("key", error.Property));
                }
            case ValidationErrorKind.NoAdditionalPropertiesAllowed:
                {
                    // The error is raised on the object; the property name says which key is unknown.
                    var keyPointer = node is MappingNode ? pointer.Append(error.Property ?? "?") : pointer;
                    string parent = SyntaxNodeNames.Describe(node is MappingNode ? pointer : Parent(pointer), root);
                    string key = error.Property ?? (keyPointer.Segments.Count > 0 ? keyPointer.Segments[^1] : "?");
                    return Diagnostic.Create(InputDiagnostics.UnknownKey, tree.GetKeyLocation(keyPointer),
                        ("key", key), ("subject", parent), ("suggestion", Suggest(key, error.Schema)));
                }
            case ValidationErrorKind.NotInEnumeration:
                {
                    if (pointer.ToString() == "/format_version")
                        return Diagnostic.Create(InputDiagnostics.FormatVersion, tree.GetLocation(pointer),
                            ("reason", $"'format_version' is {actual}, which this version of TrialLint does not read"));
                    var allowed = error.Schema?.Enumeration?.Where(v => v is string).Select(v => v!.ToString()).ToList() ?? [];
                    string expected = allowed.Count > 0 ? "must be one of " + string.Join(", ", allowed) : "has a value that is not allowed";
                    return Diagnostic.Create(InputDiagnostics.ValueNotAllowed, tree.GetLocation(pointer),
                        ("subject", Capitalise(subject)), ("expected", expected), ("actual", RawValue(node)));
                }
            case ValidationErrorKind.PatternMismatch:
                return Diagnostic.Create(InputDiagnostics.ValueNotAllowed, tree.GetLocation(pointer),
                    ("subject", Capitalise(subject)), ("expected", DescribePattern(error.Schema)), ("actual", RawValue(node)));
            case ValidationErrorKind.NumberTooSmall:
            case ValidationErrorKind.NumberTooBig:
                return Diagnostic.Create(InputDiagnostics.OutOfRange, tree.GetLocation(pointer),
                    ("subject", Capitalise(subject)), ("expected", DescribeRange(error.Schema, tooBig: error.Kind == ValidationErrorKind.NumberTooBig)), ("actual", RawValue(node)));
            case ValidationErrorKind.IntegerExpected when node is ScalarNode { Type: ScalarType.Integer } big:
                // A whole number the schema rejects as "not an integer" is one too large for 64 bits.
                return Diagnostic.Create(InputDiagnostics.OutOfRange, tree.GetLocation(pointer),
                    ("subject", Capitalise(subject)), ("expected", error.Schema?.Maximum is not null ? DescribeRange(error.Schema, tooBig: true) : string.Create(CultureInfo.InvariantCulture, $"must be at most {long.MaxValue:N0}")), ("actual", RawValue(big)));
            case ValidationErrorKind.IntegerExpected:
            case ValidationErrorKind.NumberExpected:
            case ValidationErrorKind.StringExpected:
            case ValidationErrorKind.BooleanExpected:
            case ValidationErrorKind.ObjectExpected:
            case ValidationErrorKind.ArrayExpected:
            case ValidationErrorKind.NullExpected:
                return Diagnostic.Create(InputDiagnostics.WrongType, tree.GetLocation(pointer),
                    ("subject", Capitalise(subject)), ("expected", ExpectedType(error.Kind)), ("actual", actual));
            default:
                return Diagnostic.Create(InputDiagnostics.ValueNotAllowed, tree.GetLocation(pointer),
                    ("subject", Capitalise(subject)), ("expected", Describe(error, root)), ("actual", RawValue(node)));
        }
    }

    private static SyntaxNode? FindNode(JToken? token)
    {
        for (var t = token; t is not null; t = t.Parent)
        {
            if (t.Annotation<SyntaxNode>() is { } node) return node;
            if (t.Annotation<SyntaxProperty>() is { } property) return property.Value;
        }
        return null;
    }

    private static JsonPointer Parent(JsonPointer pointer)
    {
        var segments = pointer.Segments;
        var parent = JsonPointer.Root;
        for (int i = 0; i < segments.Count - 1; i++) parent = int.TryParse(segments[i], out int n) ? parent.Append(n) : parent.Append(segments[i]);
        return parent;
    }

    private static string Suggest(string key, JsonSchema? schema) =>
        TextDistance.Closest(key, schema?.ActualSchema.ActualProperties.Keys ?? (IEnumerable<string>)[]) is { } best ? $"; did you mean '{best}'?" : string.Empty;

    private static string ExpectedType(ValidationErrorKind kind) => kind switch
    {
        ValidationErrorKind.IntegerExpected => "a whole number",
        ValidationErrorKind.NumberExpected => "a number",
        ValidationErrorKind.StringExpected => "text",
        ValidationErrorKind.BooleanExpected => "true or false",
        ValidationErrorKind.ObjectExpected => "a set of keys and values",
        ValidationErrorKind.ArrayExpected => "a list",
        _ => "empty",
    };

    private static string DescribeValue(SyntaxNode node) => node switch
    {
        ScalarNode { Type: ScalarType.String } s => $"text ('{Shorten(s.Value)}')",
        ScalarNode { Type: ScalarType.Null } => "empty",
        ScalarNode s => $"{s.Describe()} ({s.Value})",
        _ => node.Describe(),
    };

    private static string RawValue(SyntaxNode? node) => node is ScalarNode s ? Shorten(s.Value) : node?.Describe() ?? "missing";

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";

    private static string DescribePattern(JsonSchema? schema)
    {
        string? pattern = schema?.Pattern;
        return pattern switch
        {
            null => "does not have the expected form",
            _ when pattern.StartsWith("^[0-9]{4}", StringComparison.Ordinal) => "must be a date written YYYY-MM-DD (or YYYY-MM, or YYYY)",
            _ when pattern.StartsWith("^(https?|ftp)", StringComparison.Ordinal) => "must be a web address starting with https:// or http://",
            _ when pattern.StartsWith("^[A-Za-z0-9_.-]", StringComparison.Ordinal) => "must be a short id made of letters, digits, '-', '_' or '.'",
            _ when pattern.StartsWith("^[0-9]+(\\.", StringComparison.Ordinal) => "must be a ratio such as 1:1 or 2:1",
            _ when pattern.StartsWith("^[a-z0-9-]", StringComparison.Ordinal) => "must be lower-case letters, digits and '-'",
            _ => $"must match the pattern {pattern}",
        };
    }

    /// <summary>The bound a value broke: a count below 0 "cannot be negative", one too large "must be at most 1,000,000,000,000".</summary>
    private static string DescribeRange(JsonSchema? schema, bool tooBig)
    {
        if (schema is null) return "is out of range";
        if (schema.ExclusiveMinimum is not null || schema.IsExclusiveMinimum || schema.ExclusiveMaximum is not null || schema.IsExclusiveMaximum)
            return $"must be between {N(schema.ExclusiveMinimum ?? schema.Minimum)} and {N(schema.ExclusiveMaximum ?? schema.Maximum)} (exclusive)";
        if (schema.Minimum is decimal min && schema.Maximum is decimal max && max <= 1_000) return $"must be between {N(min)} and {N(max)}";
        if (tooBig && schema.Maximum is decimal hi) return $"must be at most {N(hi)}";
        if (schema.Minimum == 0) return "cannot be negative";
        if (schema.Minimum is decimal lo) return $"must be at least {N(lo)}";
        return "is out of range";

        // Large bounds with thousands separators: "at most 1,000,000,000,000".
        static string N(decimal? d) => d?.ToString(Math.Abs(d.Value) >= 10_000 ? "#,0.##########" : "0.##########", CultureInfo.InvariantCulture) ?? "";
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
