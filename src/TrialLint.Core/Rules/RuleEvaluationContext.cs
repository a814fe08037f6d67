using System.Reflection;
using Scriban;
using Scriban.Runtime;
using TrialLint.Model;

namespace TrialLint.Rules;

/// <summary>
/// A sandboxed Scriban context for evaluating rule expressions on one thread: no template loader (so no file
/// access), bounded loops and recursion, a regex timeout. The report's top-level sections are variables
/// (<c>design</c>, <c>arms</c>, <c>flow</c> ...); model members are read in snake_case, as in report files.
/// </summary>
public sealed class RuleEvaluationContext
{
    private static readonly (string Name, Func<TrialReport, object?> Get)[] ReportSections = ReadSections();

    /// <summary>Names of the report-level variables, for rule validation.</summary>
    public static IReadOnlySet<string> SectionNames { get; } = ReportSections.Select(s => s.Name).Append("report").ToHashSet(StringComparer.Ordinal);

    /// <summary>Creates a context with the rule functions loaded.</summary>
    public RuleEvaluationContext()
    {
        Context = new RuleTemplateContext
        {
            LoopLimit = 10_000,
            RecursiveLimit = 50,
            ObjectRecursionLimit = 20,
            LimitToString = 10_000,
            RegexTimeOut = TimeSpan.FromSeconds(1),
            StrictVariables = false,
            EnableRelaxedMemberAccess = true,
            EnableRelaxedIndexerAccess = true,
            EnableRelaxedTargetAccess = true,
            EnableRelaxedFunctionAccess = false,
            EnableNullIndexer = true,
            TemplateLoader = null,
            MemberRenamer = SnakeCase.Renamer,
        };
        Context.PushGlobal(RuleFunctions.Create());
    }

    /// <summary>The Scriban context.</summary>
    public TemplateContext Context { get; }

    /// <summary>Makes <paramref name="report"/> the current report until the returned scope is disposed.</summary>
    public IDisposable EnterReport(TrialReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var globals = new ScriptObject(ReportSections.Length + 1);
        foreach (var (name, get) in ReportSections) globals.SetValue(name, get(report), readOnly: true);
        globals.SetValue("report", report, readOnly: true);
        return Push(globals);
    }

    /// <summary>Makes <paramref name="item"/> (at <paramref name="index"/>) the current <c>item</c> until the scope is disposed.</summary>
    public IDisposable EnterItem(object? item, int index)
    {
        var scope = new ScriptObject(2);
        scope.SetValue("item", item, readOnly: true);
        scope.SetValue("index", index, readOnly: true);
        return Push(scope);
    }

    private Scope Push(ScriptObject globals)
    {
        Context.PushGlobal(globals);
        return new Scope(Context);
    }

    // Reflection runs once per process here; per report the sections are read through compiled delegates.
    private static (string, Func<TrialReport, object?>)[] ReadSections() =>
        typeof(TrialReport).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.DeclaringType == typeof(TrialReport))
            .Select(p => (SnakeCase.Rename(p.Name),
                (Func<TrialReport, object?>)typeof(RuleEvaluationContext).GetMethod(nameof(Getter), BindingFlags.NonPublic | BindingFlags.Static)!
                    .MakeGenericMethod(p.PropertyType).Invoke(null, [p.GetGetMethod()!])!))
            .ToArray();

    private static Func<TrialReport, object?> Getter<T>(MethodInfo getter)
    {
        var get = getter.CreateDelegate<Func<TrialReport, T>>();
        return report => get(report);
    }

    private sealed class Scope(TemplateContext context) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            context.PopGlobal();
        }
    }
}
