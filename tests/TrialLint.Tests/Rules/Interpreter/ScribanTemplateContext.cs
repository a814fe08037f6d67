using Scriban;
using Scriban.Runtime;
using TrialLint.Model;

namespace TrialLint.Tests.Rules.Interpreter;

/// <summary>The Scriban context rules were interpreted in: model objects are read through <see cref="ScribanModelAccessor"/>.</summary>
internal sealed class ScribanTemplateContext : TemplateContext
{
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        target is ModelObject ? ScribanModelAccessor.For(target.GetType()) : base.GetMemberAccessorImpl(target);
}
