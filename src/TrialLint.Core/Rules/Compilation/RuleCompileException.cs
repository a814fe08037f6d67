using Scriban.Parsing;

namespace TrialLint.Rules.Compilation;

/// <summary>Thrown while compiling when an expression uses something rule expressions do not support.</summary>
public sealed class RuleCompileException : Exception
{
    /// <summary>Creates the exception for the construct at <paramref name="span"/>.</summary>
    public RuleCompileException(SourceSpan span, string message) : base(message) => Span = span;

    /// <summary>Creates the exception.</summary>
    public RuleCompileException() : this(default, "the expression is not supported") { }

    /// <summary>Creates the exception.</summary>
    public RuleCompileException(string message) : this(default, message) { }

    /// <summary>Creates the exception.</summary>
    public RuleCompileException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Where, in the (one-line) expression, the unsupported construct starts.</summary>
    public SourceSpan Span { get; }
}
