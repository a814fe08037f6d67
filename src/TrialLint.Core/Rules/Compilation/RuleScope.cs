using TrialLint.Model;

namespace TrialLint.Rules.Compilation;

/// <summary>
/// What a compiled rule expression sees while it runs on one thread: the report, the <c>for_each</c> element
/// (<c>item</c>, <c>index</c>) and, inside a condition passed to <c>all</c>/<c>any</c>/<c>count</c>, the list
/// element (<c>it</c>) and the enclosing one (<c>outer</c>). Mutable and reused for every report, so evaluating
/// a rule allocates no scope objects.
/// </summary>
public sealed class RuleScope
{
    /// <summary>
    /// Most conditions one rule may test on one report (<c>all</c>, <c>any</c>, <c>count</c> over lists): 2,000,000.
    /// Real rules test a few thousand; conditions nested three deep over 2,000 arms would test eight billion and
    /// never finish, so the rule stops and says so (TL0031) instead.
    /// </summary>
    public const int MaxTests = 2_000_000;

    private TrialReport? _report;
    private int _tests;

    /// <summary>The report being checked.</summary>
    public TrialReport Report => _report ?? throw new InvalidOperationException("No report is being checked.");

    /// <summary>The current <c>for_each</c> element (<c>item</c>); null outside a <c>for_each</c> rule.</summary>
    public object? Item { get; private set; }

    /// <summary>The position of <see cref="Item"/> (<c>index</c>); null outside a <c>for_each</c> rule.</summary>
    public object? Index { get; private set; }

    /// <summary>The list element a condition is tested on (<c>it</c>); null outside a condition.</summary>
    public object? It { get; private set; }

    /// <summary>The element of the enclosing condition (<c>outer</c>); null outside a nested condition.</summary>
    public object? Outer { get; private set; }

    /// <summary>Where member reads are recorded while evidence is collected; null (the default) records nothing.</summary>
    internal ReadLog? Reads { get; set; }

    /// <summary>Makes <paramref name="report"/> the current report, with no item or condition element.</summary>
    public void EnterReport(TrialReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        _report = report;
        _tests = 0;
        Item = Index = It = Outer = null;
    }

    /// <summary>Makes <paramref name="item"/>, at <paramref name="index"/>, the current <c>item</c>.</summary>
    public void EnterItem(object? item, int index)
    {
        Item = item;
        Index = index;
    }

    /// <summary>Clears <c>item</c> and <c>index</c> after a <c>for_each</c>.</summary>
    public void LeaveItem() => Item = Index = null;

    /// <summary>
    /// Tests <paramref name="condition"/> with <paramref name="element"/> as <c>it</c> and the current <c>it</c>
    /// as <c>outer</c> (as the interpreter did: a nested condition sees the element of the condition around it).
    /// </summary>
    public bool Test(CompiledExpression condition, object? element)
    {
        ArgumentNullException.ThrowIfNull(condition);
        if (++_tests > MaxTests) throw new RuleBudgetExceededException(MaxTests);
        object? savedIt = It, savedOuter = Outer;
        Outer = savedIt;
        It = element;
        try
        {
            return RuleValues.IsTruthy(condition(this));
        }
        finally
        {
            It = savedIt;
            Outer = savedOuter;
        }
    }
}
