using Mono.Cecil;
using TrialLint.Engine;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Architecture;

/// <summary>
/// The namespaces of TrialLint.Core and TrialLint.Cli form one-way layers (README.md, "How it works", gives each
/// layer's reason): a type may use types of its own namespace and of lower layers, never of a higher layer nor of
/// another namespace on its own layer.
/// Every use counts: signatures, attributes, and what method bodies call, create, cast to or read. The built
/// assemblies are read with Mono.Cecil, so a use in a lambda or an iterator counts too.
/// </summary>
public sealed class LayerTests
{
    /// <summary>
    /// The layers, lowest first; namespaces on one line are peers and must not use each other. A sub-namespace
    /// (Output.Html, Rules.Compilation, Analyzers.RegistryRules ...) belongs to its parent's layer.
    /// </summary>
    public static readonly string[][] Layers =
    [
        ["Text"],
        ["Diagnostics", "Checklists"],
        ["Syntax", "Suppressions"],
        ["Schema", "Model"],
        ["Binding", "Registry"],
        ["Analyzers"],
        ["Rules"],
        ["Configuration"],
        ["Engine"],
        ["Output"],
        ["Baselines", "Testing"],
        ["LanguageServer"],
        ["Cli"],
    ];

    [Fact]
    public void Every_namespace_is_in_a_layer()
    {
        var known = Layers.SelectMany(l => l).ToHashSet(StringComparer.Ordinal);
        var unplaced = Uses().Select(u => u.FromLayer).Where(n => !known.Contains(n)).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(unplaced.Count == 0, $"namespaces in no layer (add them to {nameof(Layers)} and to the table in README.md): {string.Join(", ", unplaced)}");
    }

    [Fact]
    public void No_layer_uses_a_higher_layer_or_a_peer()
    {
        var rank = Layers.SelectMany((names, i) => names.Select(n => (n, i))).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
        var backEdges = Uses()
            .Where(u => u.FromLayer != u.ToLayer && rank.TryGetValue(u.FromLayer, out int from) && rank.TryGetValue(u.ToLayer, out int to) && to >= from)
            .GroupBy(u => (u.FromLayer, u.ToLayer))
            .OrderBy(g => g.Key.FromLayer, StringComparer.Ordinal).ThenBy(g => g.Key.ToLayer, StringComparer.Ordinal)
            .Select(g => $"{g.Key.FromLayer} -> {g.Key.ToLayer}: " + string.Join("; ", g.Select(u => $"{u.From} uses {u.To}").Distinct().Order(StringComparer.Ordinal).Take(5)))
            .ToList();
        Assert.True(backEdges.Count == 0, "back-edges between layers:\n" + string.Join("\n", backEdges));
    }

    [Fact]
    public void The_readme_gives_the_same_layers_and_every_source_folder()
    {
        string readme = File.ReadAllText(RepoPaths.Combine("README.md"));
        int start = readme.IndexOf("| layer | folders |", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no layer table");
        string table = readme[start..readme.IndexOf("\n\n", start, StringComparison.Ordinal)];
        var rows = System.Text.RegularExpressions.Regex.Matches(table, @"^\| (\d+) \| ([A-Za-z, ]+) \|", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[2].Value.Split(',', StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal).ToArray())
            .ToList();
        Assert.Equal(Layers.Select(l => l.Order(StringComparer.Ordinal).ToArray()), rows);

        string src = RepoPaths.Combine("src");
        var missing = Directory.EnumerateDirectories(src, "*", SearchOption.AllDirectories)
            .Select(d => Path.GetRelativePath(src, d).Replace('\\', '/'))
            .Where(d => !d.Split('/').Any(part => part is "bin" or "obj") && d.Contains('/'))
            .Where(d => !readme.Contains(Path.GetFileName(d) + "/", StringComparison.Ordinal))
            .ToList();
        Assert.True(missing.Count == 0, "source folders missing from the README's folder map: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_reader_sees_known_uses()
    {
        // Guards the test itself: a use in a signature, in a method body and in a lambda must all be found.
        var uses = Uses().Select(u => $"{u.From} -> {u.To}").ToHashSet(StringComparer.Ordinal);
        Assert.Contains("TrialLint.Engine.LintEngine -> TrialLint.Engine.FileResult", uses);
        Assert.Contains("TrialLint.Engine.LintEngine -> TrialLint.Schema.SchemaValidator", uses);
        Assert.Contains("TrialLint.Engine.LintEngine -> TrialLint.Analyzers.AnalyzerDriver", uses);
    }

    private sealed record Use(string From, string To, string FromLayer, string ToLayer);

    private static readonly Lazy<List<Use>> AllUses = new(() =>
    {
        var uses = new HashSet<(string, string)>();
        foreach (string path in new[] { typeof(LintEngine).Assembly.Location, typeof(TrialLint.LanguageServer.TrialLintLanguageServer).Assembly.Location, typeof(TrialLint.Cli.ExitCodes).Assembly.Location })
        {
            using var module = ModuleDefinition.ReadModule(path);
            foreach (var type in module.GetTypes())
            {
                var from = Outermost(type);
                if (LayerOf(from.Namespace) is null) continue;
                foreach (var used in Referenced(type))
                {
                    var to = Outermost(used);
                    if (LayerOf(to.Namespace) is null || to.FullName == from.FullName) continue;
                    uses.Add((from.FullName, to.FullName));
                }
            }
        }
        return uses.Select(u => new Use(u.Item1, u.Item2, LayerOf(Namespace(u.Item1))!, LayerOf(Namespace(u.Item2))!)).ToList();
    });

    private static List<Use> Uses() => AllUses.Value;

    /// <summary>The layer of a namespace: the segment after <c>TrialLint.</c>; null outside TrialLint.</summary>
    private static string? LayerOf(string ns) =>
        ns.StartsWith("TrialLint.", StringComparison.Ordinal) ? ns["TrialLint.".Length..].Split('.')[0] : null;

    private static string Namespace(string fullName) => fullName[..Math.Max(0, fullName.LastIndexOf('.'))];

    private static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type;
    }

    /// <summary>Every type <paramref name="type"/> names: base, interfaces, attributes, members' signatures, and method bodies.</summary>
    private static IEnumerable<TypeReference> Referenced(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        void Add(TypeReference? t)
        {
            switch (t)
            {
                case null: return;
                case GenericInstanceType generic:
                    Add(generic.ElementType);
                    foreach (var argument in generic.GenericArguments) Add(argument);
                    return;
                case TypeSpecification spec:
                    Add(spec.ElementType);
                    return;
                case GenericParameter:
                    return;
                default:
                    found.Add(t);
                    return;
            }
        }
        void AddMethod(MethodReference m)
        {
            Add(m.DeclaringType);
            Add(m.ReturnType);
            foreach (var p in m.Parameters) Add(p.ParameterType);
            if (m is GenericInstanceMethod g) foreach (var a in g.GenericArguments) Add(a);
        }
        void AddAttributes(ICustomAttributeProvider provider)
        {
            if (!provider.HasCustomAttributes) return;
            foreach (var attribute in provider.CustomAttributes) Add(attribute.AttributeType);
        }

        Add(type.BaseType);
        foreach (var i in type.Interfaces) Add(i.InterfaceType);
        AddAttributes(type);
        foreach (var gp in type.GenericParameters) foreach (var c in gp.Constraints) Add(c.ConstraintType);
        foreach (var field in type.Fields)
        {
            Add(field.FieldType);
            AddAttributes(field);
        }
        foreach (var property in type.Properties)
        {
            Add(property.PropertyType);
            AddAttributes(property);
        }
        foreach (var e in type.Events) Add(e.EventType);
        foreach (var method in type.Methods)
        {
            AddMethod(method);
            AddAttributes(method);
            if (!method.HasBody) continue;
            foreach (var v in method.Body.Variables) Add(v.VariableType);
            foreach (var handler in method.Body.ExceptionHandlers) Add(handler.CatchType);
            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t: Add(t); break;
                    case MethodReference m: AddMethod(m); break;
                    case FieldReference f:
                        Add(f.DeclaringType);
                        Add(f.FieldType);
                        break;
                }
            }
        }
        return found;
    }
}
