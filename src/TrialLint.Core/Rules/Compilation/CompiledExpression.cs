namespace TrialLint.Rules.Compilation;

/// <summary>A rule expression compiled to a closure: evaluates it against the report and elements in <paramref name="scope"/>.</summary>
public delegate object? CompiledExpression(RuleScope scope);
