using Scriban;
using Scriban.Runtime;
using TrialLint.Model;

namespace TrialLint.Rules;

/// <summary>The Scriban context rules run in: model objects are read through <see cref="ModelAccessor"/>.</summary>
internal sealed class RuleTemplateContext : TemplateContext
{
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        target is ModelObject ? ModelAccessor.For(target.GetType()) : base.GetMemberAccessorImpl(target);
}
