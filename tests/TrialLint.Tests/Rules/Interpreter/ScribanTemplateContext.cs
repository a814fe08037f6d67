using Scriban;
using Scriban.Runtime;
using TrialLint.Model;
using TrialLint.Rules;

namespace TrialLint.Tests.Rules.Interpreter;

/// <summary>
/// The Scriban context rules were interpreted in: model objects are read through <see cref="ScribanModelAccessor"/>,
/// and truth is the rule language's one rule (<see cref="RuleValues.IsTruthy"/>: 0, blank text and empty lists are
/// false too), not Scriban's (only null and false).
/// </summary>
internal sealed class ScribanTemplateContext : TemplateContext
{
    public override bool ToBool(Scriban.Parsing.SourceSpan span, object? value) => RuleValues.IsTruthy(value);

    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        target is ModelObject ? ScribanModelAccessor.For(target.GetType()) : base.GetMemberAccessorImpl(target);
}
